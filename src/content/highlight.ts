const CANDIDATES = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, td, dd, dt, figcaption, pre, div, section, article';

/** Scrolls the page to a sentence and marks its paragraph briefly, so a key point can be found in context. */
export function highlightText(doc: Document, text: string): boolean {
  const probe = text.slice(0, 60).replace(/\s+/g, ' ').trim();
  if (!probe) return false;
  // The smallest element that holds the sentence: its paragraph, not a wrapper around the whole story.
  let best: HTMLElement | null = null;
  let bestLength = Infinity;
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(CANDIDATES))) {
    const content = (el.textContent ?? '').replace(/\s+/g, ' ');
    if (content.length < bestLength && content.includes(probe)) { best = el; bestLength = content.length; }
  }
  if (!best) return false;
  const target = best;
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const old = target.style.backgroundColor;
  const oldTransition = target.style.transition;
  target.style.transition = 'background-color 0.6s';
  target.style.backgroundColor = 'rgba(255, 213, 79, 0.6)';
  setTimeout(() => {
    target.style.backgroundColor = old;
    setTimeout(() => { target.style.transition = oldTransition; }, 700);
  }, 1600);
  return true;
}
