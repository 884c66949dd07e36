import { packFor } from './lang/index';
import type { Sentence } from './sentences';
import { forText } from './latin-pattern';

const TOKEN = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]|[\p{L}\p{N}]+/gu;
const CAPITALISED_WORD = /(?<=\s)\p{Lu}\p{Ll}+/gu;

/** Tokens for comparing sentences: lower-case words of letters/digits, CJK split into characters. */
export function tokens(s: string): string[] {
  const lower = s.toLowerCase();
  return lower.match(forText(TOKEN, lower)) ?? [];
}

/** Names of the features, in the order of the vectors and of the learned weights. */
export const FEATURE_NAMES = [
  'bias', 'inv_index', 'first', 'second', 'third', 'rel_position', 'first_block', 'first_in_block', 'centrality', 'title_overlap',
  'has_title', 'log_words', 'short', 'long', 'quote_share', 'has_number', 'capital_share', 'rel_block',
] as const;

export interface FeatureOptions {
  lang: string;
  title?: string | null;
  quoteRanges?: { block: number; start: number; end: number }[];
}

/** Share of a sentence that lies inside direct quotes (from quote ranges, or from its own quote marks). */
export function quoteShare(s: Sentence, ranges: FeatureOptions['quoteRanges']): number {
  let covered = 0;
  for (const r of ranges ?? []) {
    if (r.block !== s.block) continue;
    covered += Math.max(0, Math.min(r.end, s.end) - Math.max(r.start, s.start));
  }
  // Sentences that are mostly inside quote marks also count when no ranges are given (the CLI).
  if (!ranges) {
    const inMarks = s.text.match(/["“”„«»][^"“”„«»]{10,}["“”„«»]/g)?.reduce((n, q) => n + q.length, 0) ?? 0;
    covered = Math.max(covered, inMarks);
  }
  return Math.min(1, covered / Math.max(1, s.end - s.start));
}

/**
 * One feature vector per sentence: position, centrality (shares the article's
 * recurring words), overlap with the title, length, numbers, names, how much is
 * a direct quote. Linear in the article's length.
 */
export function sentenceFeatures(sentences: Sentence[], opts: FeatureOptions): number[][] {
  const stop = new Set(packFor(opts.lang).stopwords);
  const all = sentences.map((s) => tokens(s.text));
  const content = all.map((toks) => toks.filter((t) => !stop.has(t) && t.length > 1));
  const df = new Map<string, number>();
  for (const toks of content) for (const t of new Set(toks)) df.set(t, (df.get(t) ?? 0) + 1);
  const titleToks = new Set(tokens(opts.title ?? '').filter((t) => !stop.has(t)));
  const n = sentences.length;
  const lastBlock = Math.max(1, sentences[n - 1]?.block ?? 1);
  return sentences.map((s, i) => {
    const uniq = new Set(content[i]);
    let recurring = 0;
    for (const t of uniq) if ((df.get(t) ?? 0) > 1) recurring += Math.log(1 + (df.get(t) ?? 0));
    let title = 0;
    for (const t of uniq) if (titleToks.has(t)) title++;
    const words = all[i].length;
    const capitals = s.text.match(forText(CAPITALISED_WORD, s.text))?.length ?? 0;
    return [
      1,
      1 / (1 + i),
      i === 0 ? 1 : 0,
      i === 1 ? 1 : 0,
      i === 2 ? 1 : 0,
      n > 1 ? i / (n - 1) : 0,
      s.block === 0 ? 1 : 0,
      i === 0 || sentences[i - 1].block !== s.block ? 1 : 0,
      uniq.size ? recurring / (uniq.size + 4) : 0,
      titleToks.size ? title / titleToks.size : 0,
      titleToks.size ? 1 : 0,
      Math.log(1 + words),
      words < 6 ? 1 : 0,
      words > 60 ? 1 : 0,
      quoteShare(s, opts.quoteRanges),
      /\d/.test(s.text) ? 1 : 0,
      words ? capitals / words : 0,
      s.block / lastBlock,
    ];
  });
}
