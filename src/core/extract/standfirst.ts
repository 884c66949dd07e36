import { normalizeSpace, wordCount } from './text';

/** Shorter descriptions are labels or slogans, not a standfirst. */
const MIN_WORDS = 10;
const ELLIPSIS = /\s*(?:…|\.\.\.)$/;

/**
 * The standfirst (dek, lead, "Teaser"): the sentence or two under the headline that sum the story up.
 * Templates often print it outside the box that holds the body, so Readability leaves it behind.
 * It is found as the element on the page whose text is the page's own description, which sites
 * copy from the standfirst; a description cut short with "…" matches the start of it.
 * Returns the standfirst's text, or null when the page has none outside the body.
 */
export function findStandfirst(doc: Document, description: string | null, pageText: string, articleText: string): string | null {
  if (!description || wordCount(description) < MIN_WORDS || !doc.body) return null;
  const truncated = ELLIPSIS.test(description);
  const wanted = normalizeSpace(description.replace(ELLIPSIS, ''));
  const probe = wanted.slice(0, 24);
  if (articleText.includes(probe) || !pageText.includes(probe)) return null; // in the article already, or not on the page
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.nodeValue ?? '').includes(probe)) continue;
    // Climb to the element that holds the whole description.
    for (let el = node.parentElement; el && el !== doc.body; el = el.parentElement) {
      const text = normalizeSpace(el.textContent ?? '');
      if (text.length < wanted.length) continue;
      if (text === wanted || (truncated && text.startsWith(wanted) && text.length < wanted.length * 2)) {
        // A photo caption can repeat the description too; that is no standfirst.
        return el.closest('figure, figcaption, [class*="caption"], a') ? null : text;
      }
      break;
    }
  }
  return null;
}
