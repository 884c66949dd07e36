import { expect, test } from 'vitest';
import { scanNames } from '../../src/core/names';
import { findQuotes } from '../../src/core/quotes';

test('a name whose UTF-8 letters were read as Latin-1 stays one name, composed or decomposed ("FranÃ§ois Hollande")', () => {
  // "ç" is C3 A7 in UTF-8; read as Latin-1 it shows as "Ã§", read twice as "Ã\u0083Â§"; a page may also write "Ã" as
  // "A" and a combining tilde.
  for (const written of ['Fran\u00c3\u00a7ois', 'Fran\u00c3\u0083\u00c2\u00a7ois', 'FranA\u0303\u0083A\u0302\u00a7ois']) {
    const text = `"Let everyone know that Europe must be able to defend itself," French President ${written} Hollande said Friday.`;
    expect(scanNames(text).map((n) => n.text)).toContain(`French President ${written} Hollande`);
    expect(findQuotes(text, 'en').map((q) => q.speaker)).toEqual([`${written} Hollande`]);
  }
  // A sign after an "A" that is no mis-read letter still ends the name.
  expect(scanNames('Team A\u00a7 Smith').map((n) => n.text)).toEqual(['Team A', 'Smith']);
});
