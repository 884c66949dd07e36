/** Finding the spans of direct quotes in text: pairing quote marks, joining multi-paragraph and interrupted quotes. */
import { charAt, isLetterOrDigit, isLower } from './chars';
import { forText, isPlainLatin, WORD_RUN } from './latin-pattern';

export interface QuoteSpan {
  start: number;
  end: number;
  /** For a quote interrupted by its attribution: where the first part ends. */
  firstEnd?: number;
  /** For a quote interrupted by its attribution: the attributions between its parts, as [start, end). */
  gaps?: [number, number][];
}

const ALWAYS_OPEN = '“„«「『‹';
const CLOSER_FOR: Record<string, string> = { '“': '”', '„': '“', '«': '»', '»': '«', '「': '」', '『': '』', '"': '"', '”': '”', '‹': '›' };

/** Every mark that can open or close a quote: the openers and their closers. */
const MARKS = new RegExp(`[${[...new Set([...ALWAYS_OPEN, ...Object.keys(CLOSER_FOR), ...Object.values(CLOSER_FOR)])].join('')}]`, 'g');

const isSpace = (ch: string | undefined) => ch === undefined || /[\s([{\-—–:]/.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && isLetterOrDigit(ch);

/** Which mark would open a quote at position i, if any: context decides for ambiguous marks. */
function openerAt(text: string, i: number): string | null {
  const ch = text[i];
  // Most characters are no quote mark: answer them before anything else.
  if (!ALWAYS_OPEN.includes(ch) && ch !== '"' && ch !== '”' && ch !== '»') return null;
  const next = text[i + 1];
  if (next === undefined || /\s/.test(next) && ch !== '«' && ch !== '「') return null;
  if (ALWAYS_OPEN.includes(ch)) return ch;
  // ” or » or " open a quote when they stand before a word (Kompas writes ”…”, Danish »…«).
  if ((ch === '"' || ch === '”' || ch === '»') && isSpace(text[i - 1])) return ch;
  return null;
}

/** The run of lower-case ASCII letters at `i` ("ujar" of "ujar Najwa"). */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
  return text.slice(i, j);
}

/** A mark after a comma, followed by a cue word and then a capitalised name or the sentence's end. */
function closesBeforeCue(text: string, i: number, isCueWord: (word: string) => boolean): boolean {
  if (!/,\s*$/.test(text.slice(Math.max(0, i - 3), i))) return false;
  const word = wordAt(text, i + 1);
  if (!word || !isCueWord(word)) return false;
  const after = text.slice(i + 1 + word.length, i + 3 + word.length);
  return /^(?:[.,]|\s[A-Z])/.test(after);
}

/** Does a closing mark ” follow `from` before `end`, with no opening mark “ before it? */
function closesLater(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const ch = text[i];
    if (ch === '“') return false;
    if (ch === '”') return true;
  }
  return false;
}

/** Paragraph ranges of a text (split at newlines). */
function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n+/g)) {
    if (m.index! > start) out.push({ start, end: m.index! });
    start = m.index! + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Leading whitespace-free position of a paragraph and whether it opens with a quote mark. */
function opensWithQuote(text: string, p: { start: number; end: number }): boolean {
  return openerAt(text, p.start) !== null;
}

/**
 * Pairs double quotation marks paragraph by paragraph. A quote left open at a
 * paragraph's end continues when the next paragraph opens with a mark (the
 * multi-paragraph convention); otherwise it ends with its paragraph.
 */
export function findQuoteSpans(text: string, isCueWord?: (word: string) => boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const paras = paragraphs(text);
  let carried: number | null = null; // start of a quote running on from the previous paragraph
  let carriedCloser = '';
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi];
    let openAt: number | null = null;
    let closer = '';
    let nested = 0;
    let i = p.start;
    if (carried !== null) {
      // The repeated opening mark of the continued paragraph.
      openAt = carried;
      closer = carriedCloser;
      i = p.start + 1;
      carried = null;
    }
    // Only quote marks can open or close: jump from one to the next (a loop over every character is slow
    // in a content script's cold code).
    for (MARKS.lastIndex = i; ;) {
      const mark = MARKS.exec(text);
      if (!mark || mark.index >= p.end) break;
      i = mark.index;
      const ch = mark[0];
      if (openAt === null) {
        const op = openerAt(text, i);
        // `…, ”ujar Najwa.` / `…, ”katanya.`: after a comma, a mark followed by its attribution closes a quote
        // whose opening mark went missing; it opens nothing.
        if (op && !ALWAYS_OPEN.includes(op) && isCueWord && closesBeforeCue(text, i, isCueWord)) continue;
        if (op) { openAt = i; closer = CLOSER_FOR[op]; }
        continue;
      }
      // “It's unusual,“ said…: an opening mark typed where the closing one belongs (after the words, before a space).
      const typoCloser = closer === '”' && ch === '“' && !isSpace(text[i - 1]) && (i + 1 >= p.end || /\s/.test(text[i + 1]));
      // “…what he calls “hell” than live…”: a quote inside the quote, typed with the same marks.
      if (closer === '”' && ch === '“' && !typoCloser && openerAt(text, i) === '“') { nested++; continue; }
      const isCloser = ch === closer || (closer === '”' && ch === '"') || (closer === '"' && ch === '”') || typoCloser;
      // The inner quote's closing mark, when the outer one's follows in the paragraph; else the opening mark was
      // no inner quote (an outer closing mark gone missing) and this one ends the quote.
      if (isCloser && nested > 0) {
        nested--;
        if (closesLater(text, i + 1, p.end)) continue;
        nested = 0;
      }
      // An apostrophe-like closer inside a word (rare for double marks) is not an end.
      if (isCloser && !(isWordChar(text[i + 1]) && isWordChar(text[i - 1]))) {
        spans.push({ start: openAt, end: i + 1 });
        openAt = null;
        nested = 0;
      }
    }
    if (openAt !== null) {
      const next = paras[pi + 1];
      if (next && opensWithQuote(text, next)) { carried = openAt; carriedCloser = closer; }
      else spans.push({ start: openAt, end: p.end });
    }
  }
  return spans;
}

/** A comma and one or two lower-case words ending the text: ", but", ", and still". */
const COMMA_THEN_LOWER_WORDS = /,\s+(\p{Ll}+)(?:\s+\p{Ll}+)?\s*$/u;

/** "Mr.", "Sen.", "Conn.", "D.C.", "G.K.": dots in an attribution that end no sentence ("…,” Sen. Tom Udall said. “…"). */
const ABBREVIATION_DOTS = /\b(?:[A-Z][a-z]{0,3}|[A-Z])\.(?=[\s,)A-Z-])/g;

/** What decides whether two quotes are one: an attribution between them, or a conjunction joining fragments. */
export interface JoinWords {
  isAttribution: (between: string) => boolean;
  isConjunction: (word: string) => boolean;
}

/**
 * Two fragments of the same words in a sentence that goes on: one to four lower-case words led by a conjunction
 * between them ("…“make America great again” but to “make America whole again.”"), or up to 30 characters
 * without a verb of saying ("“…after a terrorist attack,” Obama “opted for a political takedown.”").
 */
function joinedFragments(between: string, prevText: string, isConjunction: (word: string) => boolean, isAttribution: (between: string) => boolean): boolean {
  if (/[.!?。！？]['‘’]?\s*\S$/.test(prevText)) return false;
  const words = between.split(/[\s,]+/).filter(Boolean);
  if (words.length >= 1 && words.length <= 4 && isConjunction(words[0]) && words.every((w) => [...w].every(isLower))) return true;
  return between.length <= 30 && words.length >= 1 && !/[.!?;:()—–。！？；：-]/.test(between) && !isAttribution(between);
}

/**
 * Do `prev` and `next` make one quote? 'attribution' when the text between them attributes it, 'fragments' when
 * they are pieces of one sentence, null when they are two quotes.
 */
function joins(text: string, prev: QuoteSpan, next: QuoteSpan, { isAttribution, isConjunction }: JoinWords): 'attribution' | 'fragments' | null {
  const between = text.slice(prev.end, next.start);
  const prevText = text.slice(prev.start, prev.end);
  if (!between.includes('\n') && joinedFragments(between, prevText, isConjunction, isAttribution)) return 'fragments';
  // "…,” he said, but “…": a conjunction after the attribution's comma goes on with the same words.
  const lead = forText(COMMA_THEN_LOWER_WORDS, between).exec(between);
  const attribution = lead && isConjunction(lead[1]) ? between.slice(0, lead.index + 1) : between;
  // The first part ends in a comma or dash inside its closing mark, the attribution in a comma.
  // A sentence ending in between ("…citizens,” the crowd applauded loudly. Taking it in, Trump said, “…") is no interruption.
  const interrupted = /,\s*$/.test(attribution) && /[,…–—-]\s*\S$/.test(prevText) && !/[.!?]\s+\S/.test(between);
  // "…,” Barkley said in an interview. “…": an attribution clause (one, up to the next quote) between two
  // quotes of one paragraph carries over to the second; the second part continues what the first began.
  // A sentence that ends in a quote and a clause that ends in a comma before the next one ("…him.” Of course,
  // Clinton said, “…”) are two quotes: the clause introduces the second.
  const clause = between.replace(/[.:,]["”]?\s*$/, '');
  // A dot inside a word ("MoveOn.org") ends no sentence either.
  const continued = clause !== between && clause.length <= 200 && !/[.!?]/.test(clause.replace(ABBREVIATION_DOTS, '').replace(/\.(?=\w)/g, ''))
    && /[,.!?…]['‘’]?\s*\S$/.test(prevText) && !(/,\s*$/.test(between) && /[.!?]\s*\S$/.test(prevText));
  return !between.includes('\n') && between.length < 250 && (interrupted || continued) && isAttribution(between) ? 'attribution' : null;
}

/**
 * Joins a quote interrupted by its attribution — `"…," she said, "…"` — into
 * one span, the way readers and annotators count it.
 */
export function joinInterrupted(text: string, spans: QuoteSpan[], words: JoinWords): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const prev = out[out.length - 1];
    // A title quoted in the attribution, after its verb ("…,” he said on “Meet the Press.” “…"), is part of it.
    const skip = prev && i + 1 < spans.length && quoteWords(text.slice(spans[i].start, spans[i].end)) < 4
      && words.isAttribution(text.slice(prev.end, spans[i].start)) ? 1 : 0;
    const s = spans[i + skip];
    // "“…,” said Sen. Susan Collins. “…,” added Rep. Cathy McMorris Rodgers.": a part with its own attribution after
    // it, and another before it, is a quote of its own.
    const ownCue = /,\s*\S$/.test(text.slice(s.start, s.end)) && words.isAttribution(text.slice(s.end, s.end + 30)) && prev && /[.!?]\s*$/.test(text.slice(prev.end, s.start));
    const joined = prev && !ownCue ? joins(text, prev, s, words) : null;
    if (prev && joined) {
      // The speaker is found after the first part when the text between attributes the quote, else after the last.
      if (joined === 'attribution') prev.firstEnd ??= prev.end;
      prev.gaps = [...(prev.gaps ?? []), [prev.end, s.start]];
      prev.end = s.end;
      i += skip;
      continue;
    }
    out.push({ ...spans[i] });
  }
  return out;
}

/** Number of words inside a quote, marks left out. */
export function quoteWords(s: string): number {
  // Han, kana and everything else written without spaces sits at U+2E80 and above (or beyond the BMP).
  if (!hasCharFrom(s, 0x2e80)) return wordRuns(s);
  // Chinese and Japanese write without spaces: about two characters make a word.
  const cjk = s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const spaced = s.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ').match(WORD_RUN)?.length ?? 0;
  return spaced + Math.ceil(cjk / 2);
}

function hasCharFrom(s: string, code: number): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= code) return true;
  return false;
}

/** How many runs of letters and digits: `s.match(/[\p{L}\p{N}]+/gu).length` without the Unicode regex. */
function wordRuns(s: string): number {
  // Plain Latin (most quotes): the pattern's Latin twin, which compiles fast.
  if (isPlainLatin(s)) return s.match(forText(WORD_RUN, s))?.length ?? 0;
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length;) {
    const ch = charAt(s, i);
    const w = isLetterOrDigit(ch);
    if (w && !inWord) n++;
    inWord = w;
    i += ch.length;
  }
  return n;
}

/** The quoted parts of a span, without the attributions between them. */
export function spanParts(text: string, s: QuoteSpan): string[] {
  const bounds = [s.start, ...(s.gaps ?? []).flat(), s.end];
  const parts: string[] = [];
  for (let i = 0; i < bounds.length; i += 2) parts.push(text.slice(bounds[i], bounds[i + 1]));
  return parts;
}

/** Is `at` inside a quotation of `text`: more curly opening marks than closing ones before it, or an odd number of straight ones? */
export function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const count = (mark: RegExp) => before.match(mark)?.length ?? 0;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}
