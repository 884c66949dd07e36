import { expect, test } from 'vitest';
import { createRequire } from 'node:module';
import { withDocument } from '../../src/cli/dom';

const { implForWrapper } = createRequire(import.meta.url)('jsdom/lib/generated/idl/utils.js');

test('CSS that jsdom cannot parse (a browser ignores it) does not lose the page', () => {
  const bad = 'min-height:calc(($a - $b) / 16 * 9)';
  for (const html of [
    `<style>@media (min-width:1px){.a{${bad}}}</style><p>Ada teks.</p>`,
    `<p style="${bad}; display:none">Tersembunyi</p><p>Ada teks.</p>`,
  ]) {
    const text = withDocument(html, undefined, (doc) => doc.body.textContent);
    expect(text).toContain('Ada teks.');
  }
  // The hidden paragraph keeps its other declarations.
  withDocument(`<p style="${bad}; display:none">x</p>`, undefined, (doc) => {
    expect((doc.querySelector('p') as HTMLElement).style.display).toBe('none');
  });
});

test('a long getElementsByTagName list is read in linear time, and named items still resolve', () => {
  const html = `<div>${'<a href="#">x</a>'.repeat(5000)}<a id="length">l</a><a name="first">f</a></div>`;
  withDocument(html, undefined, (doc) => {
    const links = doc.getElementsByTagName('a');
    const t0 = performance.now();
    const all = Array.from(links);
    // Quadratic (a scan of all 5,002 per .length read) takes seconds here; linear takes a few ms.
    expect(performance.now() - t0).toBeLessThan(300);
    expect(all).toHaveLength(5002);
    expect(links.length).toBe(5002);
    expect((links.namedItem('first') as Element).textContent).toBe('f');
    expect((links as unknown as Record<string, Element>).first.textContent).toBe('f');
  });
});

test('simple selectors ("p", "img, picture", "[role=\\"main\\"]", "blockquote.twitter-tweet") find what the selector engine finds, in its order', () => {
  const body = `<div id="root" class="Box wide"><section role="main"><p class="lead">a<img hidden></p><span aria-hidden="true"><p>nested</p></span></section>
    <figure itemprop="articleBody"><picture><img style="x"></picture><figcaption class="caption  wide">c</figcaption></figure>
    <blockquote class="twitter-tweet">t</blockquote><blockquote class="Twitter-Tweet">T</blockquote><article ROLE="Main">r</article>
    <svg class="wide"><a role="link"><text>svg link</text></a><foreignObject><p>in svg</p></foreignObject></svg><a href="#" id="x">html link</a><TABLE><tr><td>t</td></tr></TABLE></div>`;
  const lists = ['p', 'img, picture', 'a', 'td,p', 'foreignobject', 'table', 'figure , figcaption', 'nothing', '[class], [id]', '[role]', '[hidden], [aria-hidden="true"], [style]',
    'article, main, [role="main"], [itemprop="articleBody"]', 'blockquote.twitter-tweet, blockquote.instagram-media', '.wide', 'p.lead', '[role="Main"]', 'a[role="link"]', '[aria-hidden="false"]'];
  // With a doctype (standards mode) and without (quirks mode, where class names match in any case).
  for (const html of [`<!doctype html><body>${body}`, body]) {
    withDocument(html, undefined, (doc) => {
      const root = doc.getElementById('root') as Element;
      // `:is(…)` is no simple selector list, so jsdom's own engine answers it (its querySelectorAll: its
      // querySelector and closest match [role="main"] to role="Main", which Chromium does not).
      for (const list of lists) {
        const engine = (scope: Document | Element) => Array.from(scope.querySelectorAll(`:is(${list})`));
        for (const scope of [doc, root, root.firstElementChild as Element]) {
          expect(Array.from(scope.querySelectorAll(list)), `${list} in ${scope.nodeName} (${doc.compatMode})`).toEqual(engine(scope));
          expect(scope.querySelector(list), list).toBe(engine(scope)[0] ?? null);
        }
        const all = new Set(engine(doc));
        for (const el of Array.from(root.querySelectorAll('*'))) {
          let expected: Element | null = el;
          while (expected && !all.has(expected)) expected = expected.parentElement;
          expect(el.closest(list), `${list} closest`).toBe(expected);
        }
      }
      // The scope itself is not among its descendants; closest starts at the element itself.
      expect(root.querySelectorAll('div')).toHaveLength(0);
      const nested = root.querySelector('span p') as Element;
      expect(nested.closest('p')).toBe(nested);
      expect(nested.closest('figure, div')).toBe(root);
      expect((root.querySelector('text') as Element).closest('a')).toBe(root.querySelector('svg a'));
    });
  }
});

test('":scope > * > …" (elements N levels down) finds what the selector engine finds, in its order, without it', () => {
  const html = '<div id="root"><p>a <b>b <i>i</i></b></p>text<section><div><span>s</span></div><ul><li>1</li><li>2 <em>e</em></li></ul></section><br></div>';
  withDocument(html, undefined, (doc) => {
    const root = doc.getElementById('root') as Element;
    for (let depth = 1; depth <= 5; depth++) {
      const chain = `:scope${' > *'.repeat(depth)}`;
      // Spelled so that it is no plain chain of "*", the engine answers it.
      const engine = Array.from(root.querySelectorAll(`:scope${' > *:not(#none)'.repeat(depth)}`));
      expect(Array.from(root.querySelectorAll(chain)), chain).toEqual(engine);
      expect(root.querySelector(chain), chain).toBe(engine[0] ?? null);
    }
    expect(Array.from(root.querySelectorAll(':scope > * > *'), (e) => e.tagName)).toEqual(['B', 'DIV', 'UL']);
    expect(root.querySelector(':scope > * > * > * > * > *')).toBeNull();
    const impl = implForWrapper(doc) as { _getDOMSelector: () => unknown };
    impl._getDOMSelector = () => { throw new Error('engine called'); };
    expect(root.querySelector(':scope > * > * > *')?.tagName).toBe('I');
  });
});

test('simple selectors skip jsdom\'s selector engine (about 0.1 ms a query after each change to the page)', () => {
  withDocument('<div><p>x</p><p>y <img></p></div>', undefined, (doc) => {
    const impl = implForWrapper(doc) as { _getDOMSelector: () => unknown };
    const engine = impl._getDOMSelector.bind(impl);
    let engineCalls = 0;
    impl._getDOMSelector = () => { engineCalls++; return engine(); };
    const div = doc.querySelector('div') as Element;
    expect(div.querySelectorAll('p')).toHaveLength(2);
    expect(doc.querySelector('img, embed')?.closest('p')?.textContent).toBe('y ');
    expect(doc.querySelectorAll('[class], p[id], [role="main"]')).toHaveLength(0);
    expect(engineCalls).toBe(0);
    expect(div.querySelectorAll('p:last-child')).toHaveLength(1);
    expect(engineCalls).toBe(1);
  });
});

test('a page nested thousands of levels deep is cloned and emptied in linear time', () => {
  withDocument('<div id="top"></div>', undefined, (doc) => {
    let at = doc.getElementById('top') as Element;
    for (let i = 0; i < 3000; i++) at = at.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    at.append('bottom');
    const t0 = performance.now();
    const copy = doc.cloneNode(true) as Document;
    (doc.getElementById('top') as Element).replaceChildren();
    // Walking every node once per level above it (jsdom's recursive walk) takes 0.75 s here; a stack, 30 ms.
    expect(performance.now() - t0).toBeLessThan(250);
    expect(copy.getElementById('top')?.textContent).toBe('bottom');
    expect(copy.getElementsByTagName('span')).toHaveLength(1500);
    expect(doc.getElementById('top')?.childNodes).toHaveLength(0);
  });
});

test('textContent reads the same text as the DOM standard says, for elements, fragments and other nodes', () => {
  withDocument('<div id="d">a<b>b<i>c</i></b><!--x--><script>s</script><svg><text>t</text></svg>z</div><p id="e"></p>', undefined, (doc) => {
    const div = doc.getElementById('d') as Element;
    expect(div.textContent).toBe('abcstz');
    expect((doc.getElementById('e') as Element).textContent).toBe('');
    const fragment = doc.createRange().createContextualFragment('<p>x<b>y</b></p>q');
    expect(fragment.textContent).toBe('xyq');
    expect(doc.textContent).toBeNull();
    expect((div.firstChild as Text).textContent).toBe('a');
    div.textContent = 'new';
    expect(div.innerHTML).toBe('new');
  });
});
