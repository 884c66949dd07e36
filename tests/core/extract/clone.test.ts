import { describe, expect, test } from 'vitest';
import { CLONE_AT_ONCE_MAX_ELEMENTS, CLONE_SLICE_ELEMENTS, cloneDocumentInSteps } from '../../../src/core/extract/clone';
import { docFrom } from '../../helpers';

/** Runs a step generator through, counting its pauses. */
function runCounting<T>(steps: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

const cards = (n: number) => Array.from({ length: n }, (_, i) => `<div class="card" data-i="${i}"><a href="/s/${i}">Story <b>${i}</b></a></div>`).join('');
const page = (body: string) => `<!doctype html><!-- before --><html lang="id" dir="ltr"><head><base href="/news/"><title>T</title></head><body class="b">${body}</body></html><!-- after -->`;

describe('cloneDocumentInSteps', () => {
  test('copies a big page in slices, node for node, with its address, doctype and comments', () => {
    // 3 elements a card: a body of 30,000 elements, nested in wrappers of several sizes.
    const body = `<div id="wrap"><nav>${cards(6000)}</nav><main><p>Lead</p><section>${cards(3000)}</section><template><p>inert</p></template></main></div><footer>${cards(1000)}</footer>`;
    const doc = docFrom(page(body), 'https://news.example/a/story.html');
    const { value: copy, pauses } = runCounting(cloneDocumentInSteps(doc));
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(30000 / CLONE_SLICE_ELEMENTS) - 1);
    expect(copy).not.toBe(doc);
    expect(copy.documentElement).not.toBe(doc.documentElement);
    expect(copy.documentURI).toBe(doc.documentURI);
    expect(copy.baseURI).toBe('https://news.example/news/');
    const serialize = (d: Document) => Array.from(d.childNodes, (n) => (n.nodeType === 1 ? (n as Element).outerHTML : `${n.nodeType}:${n.nodeName}:${n.nodeValue}`)).join('|');
    expect(serialize(copy)).toBe(serialize(doc));
    expect(copy.querySelector('template')?.innerHTML).toBe('<p>inert</p>');
  });

  test('copies a page of a few thousand elements in one go', () => {
    const doc = docFrom(page(cards(CLONE_AT_ONCE_MAX_ELEMENTS / 4)));
    const { value: copy, pauses } = runCounting(cloneDocumentInSteps(doc));
    expect(pauses).toBe(0);
    expect(copy.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });

  test('changing the copy leaves the page alone', () => {
    const doc = docFrom(page(`<main>${cards(CLONE_AT_ONCE_MAX_ELEMENTS / 2)}</main>`));
    const copy = runCounting(cloneDocumentInSteps(doc)).value;
    copy.querySelector('main')!.remove();
    expect(doc.querySelectorAll('.card')).toHaveLength(CLONE_AT_ONCE_MAX_ELEMENTS / 2);
  });

  test('a page that empties a box during a pause gets a copy of what was there before, without error', () => {
    const doc = docFrom(page(`<main>${cards(CLONE_AT_ONCE_MAX_ELEMENTS / 2)}</main><footer>End</footer>`));
    const steps = cloneDocumentInSteps(doc);
    for (let i = 0; i < 3; i++) expect(steps.next().done).toBe(false);
    doc.querySelector('main')!.replaceChildren();
    let step = steps.next();
    while (!step.done) step = steps.next();
    const copied = step.value.querySelectorAll('.card').length;
    expect(copied).toBeGreaterThan(0);
    expect(copied).toBeLessThan(CLONE_AT_ONCE_MAX_ELEMENTS / 2);
    expect(step.value.querySelector('footer')?.textContent).toBe('End');
  });
});
