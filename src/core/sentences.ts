import { packFor } from './lang/index';
import { forText, isPlainLatin } from './latin-pattern';
import { latinSentenceRanges } from './latin-sentences';

/** A sentence of the article, with its place in the text it came from. */
export interface Sentence {
  text: string;
  /** Index of the paragraph (block) it belongs to. */
  block: number;
  /** Character offsets into that block's text. */
  start: number;
  end: number;
}

const OPENERS = '“«„「『';
const CLOSERS = '”»“」』';
/** Every mark advanceQuotes counts: the straight one and the openers and closers above. */
const QUOTE_MARK = /["“”«»„「」『』]/g;

/** Quote marks seen so far in a sentence being built: straight quotes counted, curly ones nested. */
interface QuoteState { straight: number; depth: number; lowOpener: boolean }

/**
 * Carries the quote state over one more piece of text, so that a sentence grown
 * piece by piece is scanned once (a long paragraph must not cost its square).
 */
function advanceQuotes(q: QuoteState, piece: string): QuoteState {
  let { straight, depth, lowOpener } = q;
  if (piece.includes('„')) lowOpener = true;
  // Only the marks, found by one pattern: most of a piece is none.
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(piece); m; m = QUOTE_MARK.exec(piece)) {
    const ch = m[0];
    if (ch === '"') straight++;
    else if (ch === '“' && !lowOpener) depth++; // “ opens, except in German „…“
    else if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return { straight, depth, lowOpener };
}

function quoteOpen(q: QuoteState): boolean {
  return q.straight % 2 === 1 || q.depth > 0;
}

const WORD_BEFORE_STOP = /(?:^|[\s(“"'])([\p{L}.]+)\.$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const LOWER_OR_DIGIT_FIRST = /^[\p{Ll}\d]/u;

/** Does the segment end with an abbreviation or an initial, so the full stop is not a sentence end? */
function endsWithAbbreviation(seg: string, abbreviations: ReadonlySet<string>): boolean {
  // Only the end matters: a long segment is not scanned whole.
  const end = seg.slice(-64).trimEnd();
  const m = end.match(forText(WORD_BEFORE_STOP, end));
  if (!m) return false;
  const word = m[1];
  if (forText(ONE_CAPITAL, word).test(word)) return true; // "J. Smith", "B. J. Habibie"
  return abbreviations.has(word.toLowerCase()) || abbreviations.has(word.toLowerCase() + '.');
}

let segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    try { s = new Intl.Segmenter(lang, { granularity: 'sentence' }); } catch { s = new Intl.Segmenter('en', { granularity: 'sentence' }); }
    if (segmenters.size > 20) segmenters = new Map();
    segmenters.set(lang, s);
  }
  return s;
}

/** Intl.Segmenter slows down more than linearly on long strings: paragraphs past this are cut first. */
const CHUNK = 4000;

/** A long paragraph cut into pieces of about CHUNK characters, each after a sentence end (or a space). */
function chunks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > CHUNK) {
    const window = text.slice(from + CHUNK, from + 2 * CHUNK);
    const m = window.match(/[.!?。！？]["”’»)]*\s/u) ?? window.match(/\s/);
    const cut = m ? from + CHUNK + m.index! + m[0].length : from + 2 * CHUNK;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
}

/** Each language's abbreviations as a set, made once (a paragraph at a time would make it again for each). */
const abbreviationSets = new WeakMap<object, ReadonlySet<string>>();

/**
 * Splits one paragraph into sentences with Intl.Segmenter (or its rules by hand for plain Latin text, see
 * latin-sentences.ts), then mends its known faults: breaks after abbreviations ("Mr.", "Jl.", "U.S.") and
 * inside quotes that hold several sentences.
 */
export function splitParagraph(text: string, lang: string): { text: string; start: number; end: number }[] {
  const pack = packFor(lang);
  let abbreviations = abbreviationSets.get(pack);
  if (!abbreviations) abbreviationSets.set(pack, (abbreviations = new Set(pack.abbreviations)));
  const raw: { start: number; end: number }[] = [];
  for (const [from, to] of chunks(text)) {
    const chunk = text.slice(from, to);
    // Greek alone tailors the rules (";" asks a question) among the languages ICU knows.
    if (isPlainLatin(chunk) && !lang.startsWith('el')) {
      for (const [start, end] of latinSentenceRanges(chunk)) raw.push({ start: from + start, end: from + end });
    } else {
      for (const seg of segmenterFor(lang).segment(chunk)) raw.push({ start: from + seg.index, end: from + seg.index + seg.segment.length });
    }
  }
  const merged: { start: number; end: number; quotes: QuoteState }[] = [];
  let mergesInQuote = 0;
  for (const r of raw) {
    const prev = merged[merged.length - 1];
    const piece = text.slice(r.start, r.end);
    if (prev) {
      const nextText = piece.trimStart();
      const abbreviation = endsWithAbbreviation(text.slice(Math.max(prev.start, prev.end - 64), prev.end), abbreviations) || forText(LOWER_OR_DIGIT_FIRST, nextText).test(nextText);
      const inQuote = quoteOpen(prev.quotes) && mergesInQuote < 6;
      if (abbreviation || inQuote) {
        if (inQuote && !abbreviation) mergesInQuote++;
        prev.end = r.end;
        prev.quotes = advanceQuotes(prev.quotes, piece);
        continue;
      }
    }
    mergesInQuote = 0;
    merged.push({ ...r, quotes: advanceQuotes({ straight: 0, depth: 0, lowOpener: false }, piece) });
  }
  return merged
    .map(({ start, end }) => {
      const slice = text.slice(start, end);
      const lead = slice.length - slice.trimStart().length;
      const trail = slice.length - slice.trimEnd().length;
      return { text: slice.trim(), start: start + lead, end: end - trail };
    })
    .filter((s) => s.text.length > 0);
}

/** Sentences of a list of paragraphs, numbered by paragraph. */
export function splitSentences(paragraphs: readonly string[], lang: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, block) => {
    for (const s of splitParagraph(p, lang)) out.push({ ...s, block });
  });
  return out;
}
