import { normalizeSpace } from './text';

/** Share of an element's text that sits inside links: high for menus, related lists and tag clouds. */
export function linkDensity(el: Element): number {
  const total = normalizeSpace(el.textContent ?? '').length;
  if (!total) return 0;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += normalizeSpace(a.textContent ?? '').length;
  return links / total;
}
