import { expect, test } from 'vitest';
import { withDocument } from '../../src/cli/dom';

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
