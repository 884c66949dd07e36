import { describe, expect, test } from 'vitest';
import { atWordBoundary, charAt, charBefore, isLetter, isLetterOrDigit, isLower, isSpace, isUpper, isWordChar } from '../../src/core/chars';

/** Every code point of the Basic Multilingual Plane but surrogates, and a few beyond it. */
function* codePoints(): Generator<string> {
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) yield String.fromCharCode(c);
  for (const c of [0x1d400, 0x1d41a, 0x20000, 0x1f600, 0x10400, 0x10428]) yield String.fromCodePoint(c);
}

describe('character classes answer as the Unicode-property regexes they replace', () => {
  const cases: [string, (ch: string) => boolean, RegExp][] = [
    ['isUpper', isUpper, /^\p{Lu}$/u],
    ['isLower', isLower, /^\p{Ll}$/u],
    ['isLetter', isLetter, /^\p{L}$/u],
    ['isLetterOrDigit', isLetterOrDigit, /^[\p{L}\p{N}]$/u],
    ['isWordChar', isWordChar, /^[\p{L}\p{M}\p{N}]$/u],
  ];
  for (const [name, fn, re] of cases) {
    test(name, () => {
      const wrong: string[] = [];
      for (const ch of codePoints()) if (fn(ch) !== re.test(ch)) wrong.push(ch.codePointAt(0)!.toString(16));
      expect(wrong).toEqual([]);
    });
  }

  test('isSpace is \\s', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /^\s$/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  test('atWordBoundary is \\b of a regex without the i flag', () => {
    const samples = ['said Smith.', 'añadió él', 'x_y z', '', 'a', '“Quote,” he said', 'kata-katanya'];
    for (const s of samples) {
      for (let i = 0; i <= s.length; i++) {
        const re = /\b/uy;
        re.lastIndex = i;
        expect(atWordBoundary(s, i), `${s} @ ${i}`).toBe(re.test(s));
      }
    }
  });

  test('code points beyond the BMP are read whole, before and at a position', () => {
    const s = 'a𝐀b';
    expect(charAt(s, 1)).toBe('𝐀');
    expect(charBefore(s, 3)).toBe('𝐀');
    expect(charBefore(s, 1)).toBe('a');
  });
});
