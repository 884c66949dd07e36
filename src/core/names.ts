import { charAt, isSpace, isUpper, isWordChar } from './chars';
import { packs } from './lang/index';
import { LATIN_CLASSES } from './latin-pattern';

/**
 * Capitalised names in running text ("Retno Marsudi", "Ludwig van Beethoven",
 * "J. Smith", "O’Malley", "Rep. John Mica"), found by a hand-written scanner
 * rather than one Unicode regex over the whole article: that regex was the
 * costliest step of a cold quote search.
 */

/** Abbreviated titles that may stand inside a name ("Rep.", "Dr.", "Kol."), from the language packs. */
export const TITLE_ABBREVIATIONS: readonly string[] = [...new Set(Object.values(packs).flatMap((p) => p.abbreviations))]
  .filter((a) => /^[a-z]{2,4}$/.test(a))
  .map((a) => a[0].toUpperCase() + a.slice(1));

/** Lower-case particles inside names: "van", "bin", "de". */
// Not "der": alone it is German's article ("Joachim Mnich der Deutschen Presse-Agentur"), and "van der", "von der" are
// two words, which a name does not run through ("Halas von der Rice University").
export const NAME_CONNECTORS = new Set(['bin', 'binti', 'van', 'von', 'de', 'del', 'da', 'dos', 'du', 'la', 'le', 'al', 'el', 'ibn', 'ul']);

const titleSet = new Set(TITLE_ABBREVIATIONS);
/** Up to twelve tokens a name. */
const MAX_TOKENS = 12;

const isNameChar = (ch: string) => isWordChar(ch) || ch === "'" || ch === '’' || ch === '-';

/** End of a name token starting at `i` ("Rep.", "J.", "O’Malley"), or -1. */
function tokenEnd(text: string, i: number): number {
  const first = charAt(text, i);
  if (!isUpper(first)) return -1;
  // A listed title followed by a full stop.
  for (let len = 2; len <= 4; len++) {
    if (text.charCodeAt(i + len) === 46 && titleSet.has(text.slice(i, i + len))) return i + len + 1;
  }
  let j = i + first.length;
  if (text.charCodeAt(j) === 46) {
    // An initial, or a dotted abbreviation read as one token: "U.N.", "U.S.", "D.C." (not "U." then "N.").
    j++;
    while (isUpper(charAt(text, j)) && text.charCodeAt(j + charAt(text, j).length) === 46) j += charAt(text, j).length + 1;
    return j;
  }
  for (;;) {
    // Runs of ASCII and Latin-1 name characters natively; anything else one by one.
    LATIN_NAME_RUN.lastIndex = j;
    LATIN_NAME_RUN.test(text);
    j = LATIN_NAME_RUN.lastIndex;
    const ch = charAt(text, j);
    // "FranÃ§ois": a name whose UTF-8 bytes were read as Latin-1 keeps the byte after "Ã" or "Â" (0x80–0xBF).
    if (isMisdecodedByte(text, j)) {
      j++;
      continue;
    }
    if (j >= text.length || !isNameChar(ch)) return j;
    j += ch.length;
  }
}

/**
 * A byte 0x80–0xBF after "Ã" or "Â" (composed, or "A" and a combining tilde or circumflex): the second byte of a UTF-8
 * letter read as Latin-1 ("Ã§" for "ç").
 */
function isMisdecodedByte(text: string, j: number): boolean {
  const code = text.charCodeAt(j);
  if (code < 0x80 || code > 0xbf) return false;
  const before = text.charCodeAt(j - 1);
  return before === 0xc3 || before === 0xc2 || ((before === 0x303 || before === 0x302) && text.charCodeAt(j - 2) === 65);
}

/** Name characters (isNameChar) of ASCII and Latin-1 whose class is known without asking the engine. */
const LATIN_NAME_RUN = new RegExp(`[${LATIN_CLASSES.L}${LATIN_CLASSES.N}'’-]*`, 'y');

/** The end of the spaces (`\s*`) at `i`. */
export function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where a name starting at `i` may end, longest first: after its last token,
 * then after each earlier one (the order in which a regex would backtrack).
 * Empty when no name starts at `i`.
 */
export function nameEnds(text: string, i: number): number[] {
  let end = tokenEnd(text, i);
  if (end < 0) return [];
  const ends = [end];
  for (let n = 1; n < MAX_TOKENS; n++) {
    const next = skipSpace(text, end);
    // "…it's time for Plan B.⏎⏎Sanders hasn't said…": a name never runs over a line break.
    if (next === end || text.slice(end, next).includes('\n')) break;
    let at = tokenEnd(text, next);
    // Juan "Chico" Manriquez: a nickname in quotation marks between two tokens of the name.
    if (at < 0) at = nicknameThenToken(text, next);
    if (at < 0) {
      // "van Beethoven": a connector, more space, then a token; or a hyphen ("Anwar al-Awlaki").
      let w = next;
      while (w < text.length && text.charCodeAt(w) >= 97 && text.charCodeAt(w) <= 122) w++;
      const after = text[w] === '-' ? w + 1 : skipSpace(text, w);
      if (w === next || after === w || !NAME_CONNECTORS.has(text.slice(next, w))) break;
      at = tokenEnd(text, after);
      if (at < 0) break;
    }
    end = at;
    ends.push(end);
  }
  return ends.reverse();
}

/** At `i`, a nickname of one token in double quotation marks ("“Chico”"), a space and the next token: that token's end, or -1. */
function nicknameThenToken(text: string, i: number): number {
  const open = text[i];
  if (open !== '"' && open !== '“') return -1;
  const inner = tokenEnd(text, i + 1);
  if (inner < 0 || (text[inner] !== '"' && text[inner] !== '”')) return -1;
  const next = skipSpace(text, inner + 1);
  if (next === inner + 1 || text.slice(inner + 1, next).includes('\n')) return -1;
  return tokenEnd(text, next);
}

/** End of the longest name starting at `i`, or -1. */
export function nameEnd(text: string, i: number): number {
  return nameEnds(text, i)[0] ?? -1;
}

/**
 * A pattern's source for a capitalised name of one word and `min` to `max` more ("Daron Shaw", "Sen. Ted Cruz"), one
 * spelling for the speaker patterns that compose it (they run through forText, so it stays a \p{…} pattern).
 */
export const nameRun = (min: number, max: number) => String.raw`\p{Lu}[\p{L}.’'-]*(?:[^\S\n]+\p{Lu}[\p{L}.’'-]*){${min},${max}}`;

/** Every name in the text, left to right, not overlapping: what `/NAME/gu` with matchAll finds. */
export function scanNames(text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (let i = nextCapital(text, 0); i < text.length; i = nextCapital(text, i)) {
    const ch = charAt(text, i);
    const end = isUpper(ch) ? nameEnd(text, i) : -1;
    if (end > i) { out.push({ index: i, text: text.slice(i, end) }); i = end; } else i += ch.length;
  }
  return out;
}

/** Characters that may be capitals: ASCII and Latin-1 capitals, and anything beyond Latin-1 (asked about one by one). */
const MAYBE_CAPITAL = new RegExp(`[${LATIN_CLASSES.Lu}\\u0100-\\uffff]`, 'g');

/**
 * The first position at or after `i` where a capital may stand (the text's length when none does). Names start
 * with a capital: scanners jump from one to the next rather than test every character, which in a content
 * script's cold code is slow.
 */
export function nextCapital(text: string, i: number): number {
  MAYBE_CAPITAL.lastIndex = i;
  return MAYBE_CAPITAL.exec(text)?.index ?? text.length;
}
