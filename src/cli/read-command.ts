import { readFileSync } from 'node:fs';
import { attribution, formatDate } from '../core/cite';
import { summarize, type Summary } from '../core/summarize';
import { withDocument } from './dom';

const REASONS: Record<string, string> = {
  'no-article': 'This page does not look like an article.',
  'too-large': 'This page is too large to summarize safely.',
  'empty-page': 'This page is empty.',
};

/** The popup's content as plain text. */
export function formatSummary(s: Summary): string {
  if (!s.ok) return REASONS[s.reason] ?? s.reason;
  const a = s.article;
  const lines = [
    [a.site, formatDate(a.date, 'en-GB'), `${a.readingMinutes} min read`].filter(Boolean).join(' · '),
    a.title,
    ...(a.byline ? [`By ${a.byline}`] : []),
    '',
    'KEY POINTS',
    ...s.keyPoints.map((p) => `• ${p.text}`),
    '',
    'QUOTES',
    ...(s.quotes.length ? s.quotes.map((q) => `${q.text}\n  — ${attribution(q) ?? 'unknown speaker'}`) : ['(none)']),
  ];
  return lines.join('\n');
}

/** `read PAGE.html [--url URL] [--json]`: what the popup shows for a saved page. */
export function readCommand(file: string, url: string | undefined, json: boolean, write: (line: string) => void): number {
  const html = readFileSync(file, 'utf8');
  const result = withDocument(html, url, (doc) => summarize(doc, url));
  if (json) {
    const { ms, ...rest } = result;
    const out = rest.ok ? { ...rest, article: { ...rest.article, html: undefined } } : rest;
    write(JSON.stringify({ ...out, ms: Math.round(ms * 100) / 100 }, null, 2));
  } else {
    write(formatSummary(result));
  }
  return result.ok ? 0 : 1;
}
