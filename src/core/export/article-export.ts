/** The whole article for the clipboard: Markdown with front matter, or plain text. */
import type { Article } from '../extract/extract';
import { escapeText, htmlToMarkdown } from './html-to-markdown';

type ArticleHead = Pick<Article, 'title' | 'byline' | 'site' | 'date' | 'url' | 'lang'> & { standfirst?: string | null };

/** JSON strings are valid YAML scalars: quotes, colons and newlines in a title cannot break the front matter. */
function frontMatter(a: ArticleHead): string {
  const fields: [string, string | null][] = [['title', a.title], ['source', a.url], ['site', a.site], ['byline', a.byline], ['date', a.date], ['lang', a.lang]];
  return ['---', ...fields.filter(([, v]) => v).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---'].join('\n');
}

/** Front matter, the title as a heading, then the body converted from the cleaned (and sanitized) content. */
export function articleMarkdown(a: ArticleHead, content: Element): string {
  const standfirst = a.standfirst ? `*${escapeText(a.standfirst)}*\n\n` : '';
  return `${frontMatter(a)}\n\n# ${a.title.replace(/\s+/g, ' ').trim()}\n\n${standfirst}${htmlToMarkdown(content)}\n`;
}

/** Title, who and where, the body one paragraph per block, and the link back. */
export function articlePlainText(a: ArticleHead & Pick<Article, 'text'>, dateText: string | null = a.date): string {
  const head = [a.byline, a.site, dateText].filter(Boolean).join(' · ');
  const body = a.text.split('\n').filter(Boolean).join('\n\n');
  return [a.title, a.standfirst, head, body, a.url].filter(Boolean).join('\n\n') + '\n';
}
