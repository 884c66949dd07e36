/**
 * Unicode property patterns (`\p{L}`, `[\p{L}\p{N}]`) cost Chromium up to a
 * millisecond each to compile, and the content script compiles them afresh on
 * every page it is injected into: twenty of them were a large part of a
 * summary's time. Most text a news page holds is plain Latin (ASCII, Latin-1
 * letters, quotation marks and dashes), where each property class is a short
 * list of ranges. For such text a pattern's "Latin twin" (its property classes
 * spelled out as those ranges, without the u flag) finds exactly what the
 * pattern finds, and compiles in a fraction of the time. Any other text gets
 * the pattern itself.
 */

import { lastTextMemo } from './text-memo';

/**
 * Characters whose classes the twins spell out: controls and ASCII, the no-break space, Latin-1 letters and
 * × ÷, the quotation marks of European languages (‘ ’ ‚ “ ” „ « » ‹ ›), – — … • · and © ® ° €.
 */
const NOT_PLAIN_LATIN = /[^\t-\r\x20-\x7e\u00a0\u00a9\u00ab\u00ae\u00b0\u00b7\u00bb\u00c0-\u00ff\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2039\u203a\u20ac]/;

/**
 * Is every character of `s` one whose Unicode classes the twins know? The last answer is kept: callers ask
 * about one text several times in a row (a block through each cleaning rule).
 */
export const isPlainLatin: (s: string) => boolean = lastTextMemo((s) => !NOT_PLAIN_LATIN.test(s));

/** Each property class on plain Latin text, as the inside of a character class. */
export const LATIN_CLASSES: Readonly<Record<string, string>> = {
  L: 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff',
  Lu: 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de',
  Ll: 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff',
  N: '0-9',
  P: '!-#%-*,-/:;?@\\[-\\]_{}\\u00ab\\u00b7\\u00bb\\u2013\\u2014\\u2018\\u2019\\u201a\\u201c\\u201d\\u201e\\u2022\\u2026\\u2039\\u203a',
  S: '$+<->^`|~\\u00a9\\u00ae\\u00b0\\u00d7\\u00f7\\u20ac',
};

/**
 * The source of `re` with its property classes spelled out for plain Latin text, or null when it cannot be
 * (another property, a negated one inside a class, or a code point escape).
 */
export function latinSource(re: RegExp): string | null {
  const src = re.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === 'p' || next === 'P') {
        const close = src.indexOf('}', i);
        const name = src.slice(i + 3, close);
        // Ignoring case, capitals or small letters are every letter that has a case: every Latin-1 letter (ß and ÿ
        // too, through ẞ and Ÿ).
        const ranges = LATIN_CLASSES[re.ignoreCase && (name === 'Lu' || name === 'Ll') ? 'L' : name];
        if (ranges === undefined || (next === 'P' && inClass)) return null;
        out += inClass ? ranges : `[${next === 'P' ? '^' : ''}${ranges}]`;
        i = close;
        continue;
      }
      if (next === 'u' && src[i + 2] === '{') return null;
      out += ch + next;
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** A run of letters and digits. */
export const WORD_RUN = /[\p{L}\p{N}]+/gu;

const twins = new WeakMap<RegExp, RegExp | null>();

/**
 * `re`, or its Latin twin when `s` is plain Latin text: the same matches. For patterns kept in constants
 * and used without state (match, replace, split, test; not exec or test with the g flag).
 */
export function forText(re: RegExp, s: string): RegExp {
  if (!isPlainLatin(s)) return re;
  let twin = twins.get(re);
  if (twin === undefined) {
    const source = latinSource(re);
    twin = source === null ? null : new RegExp(source, re.flags.replace('u', ''));
    twins.set(re, twin);
  }
  return twin ?? re;
}
