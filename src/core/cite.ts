/** Formats quotes and articles for the clipboard, with their source. Pure: tested in Node. */

export interface Source {
  site: string | null;
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

/** Quote marks the article used are kept; a quote without marks gets plain double quotes. */
function quoted(text: string): string {
  const t = text.trim().replace(/,(["”»」』]?)$/, '$1');
  return /^["“”„«»「『‘']/.test(t) ? t : `"${t}"`;
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
