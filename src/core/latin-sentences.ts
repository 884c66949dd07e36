/**
 * Sentence boundaries of plain Latin text (see latin-pattern.ts), as
 * Intl.Segmenter finds them: the rules of Unicode's sentence segmentation
 * (UAX #29, SB3–SB11) over the few classes plain Latin characters fall in.
 * Creating an Intl.Segmenter costs Chromium about 13 ms the first time in each
 * renderer process (it loads ICU's break rules), which is the first summary on
 * every site; these rules cost nothing to set up. Other text goes to ICU.
 */

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

/** Sentences of plain Latin text as [start, end) ranges covering it, as Intl.Segmenter's sentence segments. */
export function latinSentenceRanges(text: string): [number, number][] {
  const n = text.length;
  const k: Sb[] = [];
  for (let i = 0; i < n; i++) k.push(sentenceClass(text.charCodeAt(i)));
  // For SB8: the class of the first letter, paragraph separator or terminator at or after each position.
  const nextSignificant = new Array<Sb>(n + 1).fill(Sb.Other);
  for (let i = n - 1; i >= 0; i--) {
    const c = k[i];
    nextSignificant[i] = c === Sb.Upper || c === Sb.Lower || isParaSep(c) || isSATerm(c) ? c : nextSignificant[i + 1];
  }
  const out: [number, number][] = [];
  let start = 0;
  // The terminator of "SATerm Close* Sp*" ending just before the position, and whether spaces followed it.
  let term: Sb = Sb.Other;
  let spaced = false;
  for (let i = 1; i < n; i++) {
    const before = k[i - 1];
    if (isSATerm(before)) { term = before; spaced = false; }
    else if (before === Sb.Close && term !== Sb.Other && !spaced) { /* Close* */ }
    else if (before === Sb.Sp && term !== Sb.Other) spaced = true;
    else term = Sb.Other;
    if (breaksBefore(k, i, term, spaced, nextSignificant)) { out.push([start, i]); start = i; }
  }
  if (n) out.push([start, n]);
  return out;
}

/** Is there a sentence boundary between `k[i - 1]` and `k[i]`? */
function breaksBefore(k: readonly Sb[], i: number, term: Sb, spaced: boolean, nextSignificant: readonly Sb[]): boolean {
  const before = k[i - 1];
  const after = k[i];
  if (before === Sb.CR && after === Sb.LF) return false; // SB3
  if (isParaSep(before)) return true; // SB4
  if (before === Sb.ATerm && after === Sb.Numeric) return false; // SB6
  if (before === Sb.ATerm && after === Sb.Upper && (k[i - 2] === Sb.Upper || k[i - 2] === Sb.Lower)) return false; // SB7
  if (term === Sb.Other) return false; // SB998
  if (term === Sb.ATerm && nextSignificant[i] === Sb.Lower) return false; // SB8
  if (after === Sb.SContinue || isSATerm(after)) return false; // SB8a
  if (!spaced && (after === Sb.Close || after === Sb.Sp || isParaSep(after))) return false; // SB9
  if (after === Sb.Sp || isParaSep(after)) return false; // SB10
  return true; // SB11
}
