import { Readability } from '@mozilla/readability';

/** The baseline for benchmarks: Readability alone on a clone, its textContent as the text. */
export function readabilityOnly(doc: Document): { ok: true; article: { text: string } } | { ok: false; reason: string } {
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  return parsed?.textContent ? { ok: true, article: { text: parsed.textContent.trim() } } : { ok: false, reason: 'no-article' };
}
