/**
 * Sentence boundaries of plain Latin text (see latin-pattern.ts), as
 * Intl.Segmenter finds them: the rules of Unicode's sentence segmentation
 * (UAX #29, SB3–SB11) over the few classes plain Latin characters fall in.
 * Creating an Intl.Segmenter costs Chromium about 13 ms the first time in each
 * renderer process (it loads ICU's break rules), which is the first summary on
 * every site; these rules cost nothing to set up. Other text goes to ICU.
 */

import { LATIN_CLASSES } from './latin-pattern';

const enum Sb { Other, Sp, CR, LF, Close, SContinue, ATerm, STerm, Numeric, Upper, Lower }

/** The sentence-break class of a plain Latin character (checked against ICU's in the tests). */
function sentenceClass(c: number): Sb {
  if (c >= 97 && c <= 122) return Sb.Lower;
  if (c >= 65 && c <= 90) return Sb.Upper;
  if (c >= 48 && c <= 57) return Sb.Numeric;
  switch (c) {
    case 32: case 9: case 11: case 12: case 0xa0: return Sb.Sp;
    case 13: return Sb.CR;
    case 10: return Sb.LF;
    case 46: return Sb.ATerm;
    case 33: case 63: return Sb.STerm;
    case 34: case 39: case 40: case 41: case 91: case 93: case 123: case 125: case 0xab: case 0xbb:
    case 0x2018: case 0x2019: case 0x201a: case 0x201c: case 0x201d: case 0x201e: case 0x2039: case 0x203a: return Sb.Close;
    case 44: case 45: case 58: case 59: case 0x2013: case 0x2014: return Sb.SContinue;
    default:
      if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return Sb.Upper;
      if (c >= 0xdf && c <= 0xff && c !== 0xf7) return Sb.Lower;
      return Sb.Other;
  }
}

const isParaSep = (k: Sb) => k === Sb.CR || k === Sb.LF;
const isSATerm = (k: Sb) => k === Sb.ATerm || k === Sb.STerm;
const isLetter = (k: Sb) => k === Sb.Upper || k === Sb.Lower;

/** A terminator or a paragraph separator: the only characters after which a sentence can end. */
const TERMINATOR_OR_SEPARATOR = /[.!?\r\n]/g;
/** A letter, paragraph separator or terminator: what rule SB8 looks ahead for. */
const SIGNIFICANT = new RegExp(`[${LATIN_CLASSES.L}\\r\\n.!?]`, 'g');

/** Is the first letter, separator or terminator at or after `i` a lower-case letter (rule SB8)? */
function lowerFollows(text: string, i: number): boolean {
  SIGNIFICANT.lastIndex = i;
  const m = SIGNIFICANT.exec(text);
  return m !== null && sentenceClass(m[0].charCodeAt(0)) === Sb.Lower;
}

/**
 * Sentences of plain Latin text as [start, end) ranges covering it, as Intl.Segmenter's sentence segments.
 * Only after a terminator and its closing marks and spaces (SB8–SB11), or after a paragraph separator (SB4),
 * can a sentence end: the text is searched for those, not walked character by character.
 */
export function latinSentenceRanges(text: string): [number, number][] {
  const n = text.length;
  const classAt = (i: number) => sentenceClass(text.charCodeAt(i));
  const out: [number, number][] = [];
  let start = 0;
  const cut = (i: number) => { out.push([start, i]); start = i; };
  TERMINATOR_OR_SEPARATOR.lastIndex = 0;
  for (let m = TERMINATOR_OR_SEPARATOR.exec(text); m; m = TERMINATOR_OR_SEPARATOR.exec(text)) {
    const t = m.index;
    const term = classAt(t);
    if (isParaSep(term)) {
      // SB3, SB4: after a separator (CR LF as one).
      if (!(term === Sb.CR && text.charCodeAt(t + 1) === 10) && t + 1 < n) cut(t + 1);
      continue;
    }
    // The end of "SATerm Close* Sp*": inside it nothing breaks (SB9, SB10).
    let p = t + 1;
    while (p < n && classAt(p) === Sb.Close) p++;
    while (p < n && classAt(p) === Sb.Sp) p++;
    if (p >= n) continue;
    const after = classAt(p);
    if (p === t + 1 && term === Sb.ATerm && (after === Sb.Numeric || (after === Sb.Upper && t > 0 && isLetter(classAt(t - 1))))) continue; // SB6, SB7
    if (term === Sb.ATerm && lowerFollows(text, p)) continue; // SB8
    if (after === Sb.SContinue || isSATerm(after) || isParaSep(after)) continue; // SB8a, SB9, SB10
    cut(p); // SB11
  }
  if (n) out.push([start, n]);
  return out;
}
