import { packFor } from './lang/index';
import type { Sentence } from './sentences';

/** A sentence chosen as a key point; rank 1 is the most important. */
export interface KeyPoint {
  sentence: Sentence;
  /** The sentence as shown: a leading dateline trimmed. */
  text: string;
  rank: number;
}

export interface KeyPointOptions {
  lang: string;
  title?: string | null;
  /** How many points; by default 3 for a short article, up to 6 for a long one. */
  count?: number;
  /** Character ranges of direct quotes, per block: sentences mostly inside one are left to the quote list. */
  quoteRanges?: { block: number; start: number; end: number }[];
}

/** Tokens for comparing sentences: lower-case words of letters/digits, CJK split into characters. */
export function tokens(s: string): string[] {
  return s.toLowerCase().match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]|[\p{L}\p{N}]+/gu) ?? [];
}

/** How many points an article of `sentences` sentences deserves. */
export function pointCount(sentences: number): number {
  if (sentences <= 12) return 3;
  if (sentences <= 25) return 4;
  if (sentences <= 45) return 5;
  return 6;
}

/** Removes "JAKARTA, KOMPAS —" and "WASHINGTON (AP) —" from the start of a lead sentence. */
export function trimDateline(text: string, lang: string): string {
  const re = packFor(lang).datelinePattern ?? /^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z.]+){0,2}\s*(?:\([A-Za-z .]+\)\s*)?[—–-]{1,2}\s*/;
  const trimmed = text.replace(re, '');
  return trimmed.length > 20 ? trimmed : text;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
}

/**
 * Scores sentences by what makes a news sentence a key point: early position
 * (news puts facts first), centrality (it shares the article's main words),
 * overlap with the title, and a sensible length. Linear in article length.
 */
export function scoreSentences(sentences: Sentence[], opts: KeyPointOptions): number[] {
  const stop = new Set(packFor(opts.lang).stopwords);
  const content = sentences.map((s) => tokens(s.text).filter((t) => !stop.has(t) && t.length > 1));
  const df = new Map<string, number>();
  for (const toks of content) for (const t of new Set(toks)) df.set(t, (df.get(t) ?? 0) + 1);
  const titleToks = new Set(tokens(opts.title ?? '').filter((t) => !stop.has(t)));
  const n = sentences.length;
  return sentences.map((s, i) => {
    const toks = content[i];
    const uniq = new Set(toks);
    // Centrality: share of the sentence's words that recur elsewhere in the article.
    let recurring = 0;
    for (const t of uniq) if ((df.get(t) ?? 0) > 1) recurring += Math.log(1 + (df.get(t) ?? 0));
    const centrality = uniq.size ? recurring / (uniq.size + 4) : 0;
    let title = 0;
    for (const t of uniq) if (titleToks.has(t)) title++;
    const titleScore = titleToks.size ? title / titleToks.size : 0;
    const position = 1 / (1 + i * 0.35) + (s.block === 0 ? 0.3 : 0);
    const words = tokens(s.text).length;
    const lengthScore = words < 6 ? -1 : words > 70 ? -0.5 : 0;
    return 1.6 * position + 0.8 * centrality + 0.8 * titleScore + lengthScore + (n > 0 ? 0 : 0);
  });
}

function quoteShare(s: Sentence, ranges: KeyPointOptions['quoteRanges']): number {
  if (!ranges?.length) return 0;
  let covered = 0;
  for (const r of ranges) {
    if (r.block !== s.block) continue;
    covered += Math.max(0, Math.min(r.end, s.end) - Math.max(r.start, s.start));
  }
  return covered / Math.max(1, s.end - s.start);
}

/** Picks the key points: best-scored sentences without near-duplicates, listed in article order. */
export function keyPoints(sentences: Sentence[], opts: KeyPointOptions): KeyPoint[] {
  if (!sentences.length) return [];
  const scores = scoreSentences(sentences, opts);
  const want = opts.count ?? pointCount(sentences.length);
  const order = sentences.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const chosen: number[] = [];
  const chosenToks: Set<string>[] = [];
  for (const i of order) {
    if (chosen.length >= want) break;
    if (quoteShare(sentences[i], opts.quoteRanges) > 0.5) continue;
    const toks = new Set(tokens(sentences[i].text));
    if (toks.size < 4) continue;
    if (chosenToks.some((c) => jaccard(c, toks) > 0.6)) continue;
    chosen.push(i);
    chosenToks.push(toks);
  }
  const rankOf = new Map(chosen.map((i, r) => [i, r + 1]));
  return chosen
    .sort((a, b) => a - b)
    .map((i) => ({ sentence: sentences[i], text: trimDateline(sentences[i].text, opts.lang), rank: rankOf.get(i)! }));
}
