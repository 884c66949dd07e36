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
