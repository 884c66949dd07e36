/** Formats quotes and articles for the clipboard, with their source. Pure: tested in Node. */

export interface Source {
  site: string | null;
  byline?: string | null;
  date: string | null;
  url: string | null;
  title?: string | null;
}

/** "2021-07-07T11:34+07:00" → "7 July 2021" in the given locale; the calendar day as the page wrote it. */
export function formatDate(iso: string | null, locale = 'en'): string | null {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
  } catch {
    return `${m[1]}-${m[2]}-${m[3]}`;
  }
}

/**
 * What the speaker said, as one passage: the parts of a quote interrupted by
 * its attribution joined with an ellipsis, their inner marks dropped.
 */
export function spokenText(parts: readonly string[]): string {
  if (parts.length < 2) return parts[0] ?? '';
  return parts.map((p, i) => {
    let t = p.trim();
    if (i < parts.length - 1) t = t.replace(/[,–—-]?\s*["”’»」』]$/, '');
    if (i > 0) t = t.replace(/^["“‘«„「『]\s*/, '');
    return t;
  }).join(' … ');
}

/** Quote marks the article used are kept; a quote without marks gets plain double quotes. */
function quoted(text: string): string {
  const t = text.trim().replace(/,(["”»」』]?)$/, '$1');
  return /^["“”„«»「『‘']/.test(t) ? t : `"${t}"`;
}

/**
 * Who a quote is from, as a citation names it: the speaker, and the account the article has it through when it is
 * second-hand ("Martin O’Malley, according to the Las Vegas Sun"). `accordingTo` words the account in the reader's
 * language. Null when neither is known.
 */
export function attribution(q: { speaker: string | null; via?: string | null }, accordingTo = (via: string) => `according to ${via}`): string | null {
  return [q.speaker, q.via ? accordingTo(q.via) : null].filter(Boolean).join(', ') || null;
}

/** `"…" — Retno Marsudi, Alinea.id, 7 July 2021, https://…` */
export function citeQuote(text: string, speaker: string | null, source: Source, locale = 'en'): string {
  const parts = [speaker, source.site, formatDate(source.date, locale), source.url].filter(Boolean);
  return parts.length ? `${quoted(text)} — ${parts.join(', ')}` : quoted(text);
}

/** A Markdown blockquote, the attribution and a link to the article. */
export function citeQuoteMarkdown(text: string, speaker: string | null, source: Source, locale = 'en'): string {
  const body = quoted(text).split('\n').map((l) => `> ${l}`).join('\n');
  const where = source.url ? `[${source.site ?? source.title ?? source.url}](${source.url})` : source.site;
  const attribution = [speaker, where, formatDate(source.date, locale)].filter(Boolean).join(', ');
  return attribution ? `${body}\n>\n> — ${attribution}` : body;
}

/**
 * A passage the reader selected: with its speaker when it lies in a quote,
 * otherwise with the article's author and title, then site, date and URL.
 */
export function citeExcerpt(text: string, speaker: string | null, source: Source, locale = 'en'): string {
  if (speaker) return citeQuote(text, speaker, source, locale);
  const title = source.title ? `"${source.title.replace(/"/g, "'")}"` : null;
  const parts = [source.byline, title, source.site, formatDate(source.date, locale), source.url].filter(Boolean);
  const body = quoted(text.replace(/\s+/g, ' '));
  return parts.length ? `${body} — ${parts.join(', ')}` : body;
}
