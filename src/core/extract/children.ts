/**
 * Children by walking siblings. `Array.from(el.children)` costs O(n) per item in
 * jsdom (the CLI's DOM), which turns a box of 50,000 spans into minutes of work.
 */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

export function childNodesOf(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}
