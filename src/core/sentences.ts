import { packFor } from './lang/index';

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

/** True while a quote opened in `s` is still open at its end. */
function quoteOpen(s: string): boolean {
  let straight = 0;
  let depth = 0;
  for (const ch of s) {
    if (ch === '"') straight++;
    else if (ch === '“' && !s.includes('„')) depth++; // “ opens, except in German „…“
    else if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return straight % 2 === 1 || depth > 0;
}

/** Does the segment end with an abbreviation or an initial, so the full stop is not a sentence end? */
function endsWithAbbreviation(seg: string, abbreviations: ReadonlySet<string>): boolean {
  const m = seg.trimEnd().match(/(?:^|[\s(“"'])([\p{L}.]+)\.$/u);
  if (!m) return false;
  const word = m[1];
  if (/^\p{Lu}$/u.test(word)) return true; // "J. Smith", "B. J. Habibie"
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

/**
 * Splits one paragraph into sentences with Intl.Segmenter, then mends its
 * known faults: breaks after abbreviations ("Mr.", "Jl.", "U.S.") and inside
 * quotes that hold several sentences.
 */
export function splitParagraph(text: string, lang: string): { text: string; start: number; end: number }[] {
  const pack = packFor(lang);
  const abbreviations = new Set(pack.abbreviations);
  const raw: { start: number; end: number }[] = [];
  for (const seg of segmenterFor(lang).segment(text)) raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  const merged: { start: number; end: number }[] = [];
  let mergesInQuote = 0;
  for (const r of raw) {
    const prev = merged[merged.length - 1];
    if (prev) {
      const prevText = text.slice(prev.start, prev.end);
      const nextText = text.slice(r.start, r.end).trimStart();
      const abbreviation = endsWithAbbreviation(prevText, abbreviations) || /^[\p{Ll}\d]/u.test(nextText);
      const inQuote = quoteOpen(prevText) && mergesInQuote < 6;
      if (abbreviation || inQuote) {
        if (inQuote && !abbreviation) mergesInQuote++;
        prev.end = r.end;
        continue;
      }
    }
    mergesInQuote = 0;
    merged.push({ ...r });
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
