import { charAt, charBefore, isLetter, isSpace, isUpper } from './chars';
import { forText } from './latin-pattern';
import { skipSpace } from './names';
import { type Lexicon } from './speaker-lexicon';

/** Rough sentence bounds around a quote: full stops after abbreviations and initials end no sentence. */

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*/u;

/** Start of the sentence around `at` (a rough cut at . ! ? or a newline); "Sen." or an initial does not end one. */
export function sentenceStart(text: string, at: number, lx: Lexicon): number {
  for (let i = at - 1; i >= 0 && i > at - 400; i--) {
    const ch = text[i];
    if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && /[\s—–]/.test(text[i + 1] ?? '') && !(ch === '.' && isAbbreviation(text, i, lx)))) return i + 1;
    // "…a sign that read "15%!" Her father…": a quote closing a sentence, then a capital.
    if ((ch === '"' || ch === '”') && /[.!?]/.test(text[i - 1] ?? '') && i + 1 < at && isSpace(text.charCodeAt(i + 1)) && isUpper(charAt(text, skipSpace(text, i + 1)))) return i + 1;
  }
  return Math.max(0, at - 400);
}

/** The letters and full stops that end `s` ("Rep.", "J"). */
export function trailingWord(s: string): string {
  let i = s.length;
  while (i > 0) {
    const ch = charBefore(s, i);
    if (ch !== '.' && !isLetter(ch)) break;
    i -= ch.length;
  }
  return s.slice(i);
}

/** Start of the sentence before the one starting at `ownStart`, across the spaces or paragraph break between them. */
export function previousSentenceStart(text: string, ownStart: number, lx: Lexicon): number {
  let end = ownStart;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end > 0 ? sentenceStart(text, end - 1, lx) : 0;
}

/** "G.K", "J.R": initials, each one capital (the last full stop is the one being asked about). */
function isDottedInitials(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let i = 0; i < word.length; i++) if (i % 2 ? word[i] !== '.' : !isUpper(word[i])) return false;
  return true;
}

/** Is the full stop at `dot` the end of "Rep.", "Dr." or an initial ("J.") rather than of a sentence? */
function isAbbreviation(text: string, dot: number, lx: Lexicon, from = 0): boolean {
  const word = trailingWord(text.slice(Math.max(from, dot - 12), dot));
  return (word.length > 0 && charAt(word, 0) === word && isUpper(word)) || lx.abbreviations.has(word.toLowerCase()) || isDottedInitials(word);
}

/** End of the sentence starting at `at`; a full stop after "Rep.", "Dr." or an initial does not end it. */
export function sentenceEnd(text: string, at: number, lx: Lexicon): number {
  const re = /[.!?](?=\s|$)|\n/g;
  re.lastIndex = at;
  for (let m = re.exec(text); m && m.index < at + 300; m = re.exec(text)) {
    if (m[0] === '.' && isAbbreviation(text, m.index, lx, at)) continue;
    return m.index + 1;
  }
  return Math.min(text.length, at + 300);
}

/**
 * “…doing.” And Sen. Rob Portman said…: a quote that ends its sentence, then a function word opening the next one
 * ("And", "But", "The"), has no attribution after it. (“….” He said / Smith said can still follow.)
 */
export function newSentenceAfter(text: string, quoteEnd: number, lx: Lexicon): boolean {
  if (!/[.!?…]['’"”»]*$/.test(text.slice(Math.max(0, quoteEnd - 3), quoteEnd))) return false;
  const start = skipSpace(text, quoteEnd);
  const head = text.slice(start, start + 20);
  const word = forText(CAPITALISED_WORD, head).exec(head)?.[0].toLowerCase();
  return !!word && lx.stopwords.has(word) && !lx.pronouns.has(word);
}
