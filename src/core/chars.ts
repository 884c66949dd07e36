/**
 * Character tests without Unicode-property regexes. The content script is
 * injected afresh into every page, so every `\p{…}` pattern is compiled cold
 * on each use; these answer ASCII at once and ask the engine only about other
 * characters, memoised per character.
 */

const UPPER = 1;
const LOWER = 2;
const LETTER = 4;
const NUMBER = 8;
const MARK = 16;

/** One pattern for every class asked about: each Unicode-property pattern costs a compile. */
const CLASSES = /^(?:(\p{Lu})|(\p{Ll})|(\p{L})|(\p{N})|(\p{M}))$/u;
const seen = new Map<string, number>();

/** The classes of one code point, as bits. */
function classes(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if (c >= 65 && c <= 90) return UPPER | LETTER;
    if (c >= 97 && c <= 122) return LOWER | LETTER;
    return c >= 48 && c <= 57 ? NUMBER : 0;
  }
  // Accented Latin letters and typographic punctuation (“ ” ’ — …) fill most European text: no need to ask.
  if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) return c <= 0xde ? UPPER | LETTER : LOWER | LETTER;
  if (c >= 0x2000 && c <= 0x206f) return 0;
  let bits = seen.get(ch);
  if (bits === undefined) {
    const m = CLASSES.exec(ch);
    bits = !m ? 0 : m[1] ? UPPER | LETTER : m[2] ? LOWER | LETTER : m[3] ? LETTER : m[4] ? NUMBER : MARK;
    seen.set(ch, bits);
  }
  return bits;
}

/** `\p{Lu}`: an upper-case letter. `ch` is one code point. */
export const isUpper = (ch: string): boolean => (classes(ch) & UPPER) !== 0;
/** `\p{Ll}`: a lower-case letter. */
export const isLower = (ch: string): boolean => (classes(ch) & LOWER) !== 0;
/** `\p{L}`: a letter. */
export const isLetter = (ch: string): boolean => (classes(ch) & LETTER) !== 0;
/** `[\p{L}\p{N}]`: a letter or digit. */
export const isLetterOrDigit = (ch: string): boolean => (classes(ch) & (LETTER | NUMBER)) !== 0;
/** `[\p{L}\p{M}\p{N}]`: a letter, mark or digit. */
export const isWordChar = (ch: string): boolean => (classes(ch) & (LETTER | NUMBER | MARK)) !== 0;

/** The code point that ends just before `i`. */
export function charBefore(s: string, i: number): string {
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s.charAt(i - 1);
}

/** `\s` as JavaScript regexes define it. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The code point at `i` as a string (one or two UTF-16 units). */
export function charAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? s.slice(i, i + 2) : s.charAt(i);
}

const isAsciiWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** `\b` at `i` as a regex without the i flag sees it: between an ASCII word character and anything else. */
export function atWordBoundary(s: string, i: number): boolean {
  return isAsciiWord(s.charCodeAt(i - 1)) !== isAsciiWord(s.charCodeAt(i));
}
