/** Scrolls the page to a sentence and marks it briefly, so a key point can be found in context. */
export function highlightText(doc: Document, text: string): boolean {
  const probe = text.slice(0, 60).replace(/\s+/g, ' ').trim();
  if (!probe) return false;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    const blockText = (parent.textContent ?? '').replace(/\s+/g, ' ');
    const at = blockText.indexOf(probe);
    if (at < 0) continue;
    parent.scrollIntoView({ behavior: 'smooth', block: 'center' });
    const old = parent.style.backgroundColor;
    const oldTransition = parent.style.transition;
    parent.style.transition = 'background-color 0.6s';
    parent.style.backgroundColor = 'rgba(255, 213, 79, 0.6)';
    setTimeout(() => {
      parent.style.backgroundColor = old;
      setTimeout(() => { parent.style.transition = oldTransition; }, 700);
    }, 1600);
    return true;
  }
  return false;
}
