import { allUiPrefixes } from './lang/page-words';
import { FEATURE_NAMES, quoteShare, sentenceFeatures, tokens } from './keypoint-features';
import { KEYPOINT_WEIGHTS } from './keypoint-weights';
import type { Sentence } from './sentences';
import { trimDateline } from './dateline';

export { tokens };

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

/** How many points an article of `sentences` sentences deserves. */
export function pointCount(sentences: number): number {
  if (sentences <= 12) return 3;
  if (sentences <= 25) return 4;
  if (sentences <= 45) return 5;
  return 6;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
}

/** Scores sentences with the learned linear ranker (weights from scripts/train-keypoints.ts). */
export function scoreSentences(sentences: Sentence[], opts: KeyPointOptions): number[] {
  const weights = FEATURE_NAMES.map((name) => KEYPOINT_WEIGHTS[name]);
  return sentenceFeatures(sentences, opts).map((f) => f.reduce((sum, v, j) => sum + v * weights[j], 0));
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
    if (opts.quoteRanges?.length && quoteShare(sentences[i], opts.quoteRanges) > 0.5) continue;
    const toks = new Set(tokens(sentences[i].text));
    if (toks.size < 4) continue;
    // "Baca juga: …", "Read more: …" lines that survived extraction are never key points.
    const lower = sentences[i].text.toLowerCase();
    if (allUiPrefixes.some((p) => p !== 'by ' && lower.startsWith(p))) continue;
    if (chosenToks.some((c) => jaccard(c, toks) > 0.6)) continue;
    chosen.push(i);
    chosenToks.push(toks);
  }
  const rankOf = new Map(chosen.map((i, r) => [i, r + 1]));
  return chosen
    .sort((a, b) => a - b)
    .map((i) => ({ sentence: sentences[i], text: i === 0 ? trimDateline(sentences[i].text) : sentences[i].text, rank: rankOf.get(i)! }));
}
