import { childNodesOf } from './children';

/**
 * A deep copy of the page to work on. jsdom (the CLI's DOM) refuses to clone a
 * doctype whose name HTML parsers accept (`<!doctype /p/3">` in broken markup);
 * then the copy is made by parsing the page's HTML again, with its base URL.
 */
export function cloneDocument(doc: Document): Document {
  try {
    return doc.cloneNode(true) as Document;
  } catch {
    const Parser = doc.defaultView?.DOMParser ?? DOMParser;
    const copy = new Parser().parseFromString(doc.documentElement?.outerHTML ?? '', 'text/html');
    const base = copy.createElement('base');
    base.setAttribute('href', doc.baseURI);
    copy.head?.prepend(base);
    return copy;
  }
}

/**
 * Pages up to this many elements are copied in one go: Chromium copies ~1,000 elements a ms when idle, 3-5 times
 * fewer while a popup opens. News pages have a few thousand.
 */
export const CLONE_AT_ONCE_MAX_ELEMENTS = 10_000;
/** Bigger pages are copied in slices of about this many elements, with a pause (yield) after each. */
export const CLONE_SLICE_ELEMENTS = 1000;

/**
 * Elements in a subtree, counted up to `cap`: walked, so that sizing a box of 60,000 costs no more than sizing
 * one of `cap` (getElementsByTagName would count them all, and keep a collection on each element asked).
 */
function elementsUpTo(root: Element, cap: number): number {
  let n = 1;
  let at: Element | null = root.firstElementChild;
  while (at && n < cap) {
    n++;
    if (at.firstElementChild) {
      at = at.firstElementChild;
      continue;
    }
    while (at !== root && !at.nextElementSibling) at = at.parentElement!;
    at = at === root ? null : at.nextElementSibling;
  }
  return n;
}

/**
 * The same copy, made in slices of about CLONE_SLICE_ELEMENTS elements on a page of more than
 * CLONE_AT_ONCE_MAX_ELEMENTS, pausing (yielding) between them: one deep copy of a page of 60,000 elements holds
 * the main thread for ~60 ms, far more while the browser is busy. A subtree larger than a slice is copied as its
 * element alone, then its children one by one.
 */
export function* cloneDocumentInSteps(doc: Document): Generator<void, Document> {
  const size = (n: Node) => (n.nodeType === 1 ? elementsUpTo(n as Element, CLONE_SLICE_ELEMENTS + 1) : 0);
  // The document's collection of all elements is kept by the browser: counted once, for the page's size limit.
  if (doc.getElementsByTagName('*').length <= CLONE_AT_ONCE_MAX_ELEMENTS || !doc.documentElement) return cloneDocument(doc);
  let copy: Document;
  let rootCopy: Node | null = null;
  try {
    copy = doc.cloneNode(false) as Document;
    for (const n of childNodesOf(doc)) {
      const c = copy.appendChild(copy.importNode(n, n !== doc.documentElement));
      if (n === doc.documentElement) rootCopy = c;
    }
  } catch {
    return cloneDocument(doc);
  }
  let sinceYield = 0;
  // Copies `from`'s children into `to`, in document order. Walked by sibling rather than listed first: listing a
  // box of 30,000 links was the slowest slice. Should the page move a node away during a pause, the walk stops there.
  function* copyChildren(from: Node, to: Node): Generator<void> {
    for (let child = from.firstChild; child && child.parentNode === from; child = child.nextSibling) {
      const n = size(child);
      if (n > CLONE_SLICE_ELEMENTS) {
        yield* copyChildren(child, to.appendChild(copy.importNode(child, false)));
        continue;
      }
      if (sinceYield + n > CLONE_SLICE_ELEMENTS) {
        yield;
        sinceYield = 0;
        if (child.parentNode !== from) break;
      }
      to.appendChild(copy.importNode(child, true));
      sinceYield += n;
    }
  }
  yield* copyChildren(doc.documentElement, rootCopy!);
  return copy;
}
