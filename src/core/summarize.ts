import { completeLanguage, extractTimed, type Article, type NoArticleReason, type TimedExtraction } from './extract/extract';
import { keyPoints, type KeyPoint } from './keypoints';
import { findQuotes, type Quote } from './quotes';
import { splitSentences } from './sentences';

/** A quote with the paragraph it sits in, so the reader view can highlight it. */
export interface ArticleQuote extends Quote {
  block: number;
}

/**
 * What the popup shows: the article, its key points and its quotes, or why there is none. `ms` is the work of
 * the whole pipeline; `pageMs` the part of it done on the page's main thread (extraction, in the content script).
 */
export type Summary =
  | { ok: true; article: Article; keyPoints: KeyPoint[]; quotes: ArticleQuote[]; ms: number; pageMs: number }
  | { ok: false; reason: NoArticleReason; ms: number };

/**
 * Quotes of an article, found over the whole body text (quotes can run over
 * several paragraphs) and mapped back to the paragraph where each starts.
 */
export function articleQuotes(paragraphs: readonly string[], lang?: string, author?: string | null): ArticleQuote[] {
  const starts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) { starts.push(offset); offset += p.length + 1; }
  return findQuotes(paragraphs.join('\n'), lang, author).map((q) => {
    let block = 0;
    while (block + 1 < starts.length && starts[block + 1] <= q.start) block++;
    return { ...q, block, start: q.start - starts[block], end: q.end - starts[block] };
  });
}

/** The text stages on an extracted article: sentences, quotes, key points. */
export function analyzeArticle(article: Article): { keyPoints: KeyPoint[]; quotes: ArticleQuote[] } {
  const paragraphs = article.blocks.filter((b) => b.kind !== 'caption').map((b) => b.text);
  const quotes = articleQuotes(paragraphs, article.lang, article.byline);
  const sentences = splitSentences(paragraphs, article.lang);
  const points = keyPoints(sentences, {
    lang: article.lang,
    title: article.title,
    quoteRanges: quotes.map(({ block, start, end }) => ({ block, start, end })),
  });
  return { keyPoints: points, quotes };
}

/**
 * The text stages on an extraction, wherever it was made, with the language detection a page may have left to
 * them. The extension runs them in its background: off the page's main thread, in code compiled once for many
 * summaries rather than again on every injection into a page.
 */
export function summaryOf(extracted: TimedExtraction, now: () => number = () => performance.now()): Summary {
  if (!extracted.ok) return { ok: false, reason: extracted.reason, ms: extracted.ms };
  const t0 = now();
  const article = completeLanguage(extracted.article);
  const analyzed = analyzeArticle(article);
  return { ok: true, article, ...analyzed, ms: extracted.ms + now() - t0, pageMs: extracted.ms };
}

/** The whole pipeline on a Document: extract → sentences → quotes → key points. */
export function summarize(doc: Document, url?: string, now: () => number = () => performance.now()): Summary {
  return summaryOf(extractTimed(doc, url, now), now);
}
