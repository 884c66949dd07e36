import { attribution } from '../core/cite';
import { detectLanguage } from '../core/lang/detect';
import { findQuotes } from '../core/quotes';
import { readJsonl } from './jsonl';

/**
 * `quotes FILE.jsonl`: quotes and speakers of each {"id","text"} line, in the quote scorer's format. The speaker is
 * written as the popup shows and copies it: with the account of a second-hand quote ("…, according to Reuters"),
 * which is also given alone as "via".
 */
export function quotesCommand(file: string, write: (line: string) => void): void {
  for (const { id, text } of readJsonl<{ id: string; text: string }>(file)) {
    const t0 = performance.now();
    // As in the extension, where the article's language is known before its quotes are read.
    const quotes = findQuotes(text, detectLanguage(text));
    const ms = performance.now() - t0;
    write(JSON.stringify({ id, quotes: quotes.map((q) => ({ text: q.text, speaker: attribution(q), start: q.start, end: q.end, ...(q.via ? { via: q.via } : {}) })), ms: Math.round(ms * 100) / 100 }));
  }
}
