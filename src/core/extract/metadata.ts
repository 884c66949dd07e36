import { normalizeSpace } from './text';

/** What a page says about its article outside the body text. */
export interface PageMetadata {
  title: string;
  byline: string | null;
  site: string | null;
  /** ISO date (YYYY-MM-DD or a full timestamp) when the page states one. */
  date: string | null;
  /** The page's declared language (lang attribute or meta), if any. */
  declaredLang: string | null;
  dir: 'ltr' | 'rtl' | null;
  image: string | null;
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content');
    if (v && normalizeSpace(v)) return normalizeSpace(v);
  }
  return null;
}

/** Reads schema.org NewsArticle-like objects from JSON-LD blocks; broken JSON is skipped. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(s.textContent ?? '');
      const stack = [data];
      while (stack.length) {
        const item = stack.pop();
        if (Array.isArray(item)) stack.push(...item);
        else if (item && typeof item === 'object') {
          const rec = item as Record<string, unknown>;
          if (rec['@graph']) stack.push(rec['@graph']);
          const type = String(rec['@type'] ?? '');
          if (/Article|Posting|Report|BlogPosting/i.test(type)) out.push(rec);
        }
      }
    } catch { /* hostile or broken JSON-LD: ignore */ }
  }
  return out;
}

function nameOf(v: unknown): string | null {
  if (!v) return null;
  if (typeof v === 'string') return normalizeSpace(v) || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (typeof v === 'object') return nameOf((v as Record<string, unknown>).name);
  return null;
}

/** Turns "2021-07-07T11:34:00+07:00" or similar into an ISO string; null when unparseable. */
export function isoDate(v: string | null | undefined): string | null {
  if (!v) return null;
  const m = v.match(/\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?/);
  if (m) return m[0].replace(' ', 'T');
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function siteFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || null;
  } catch { return null; }
}

export function readMetadata(doc: Document, url?: string): PageMetadata {
  const ld = jsonLd(doc);
  const fromLd = (key: string) => ld.map((r) => r[key]).find((v) => v != null);
  const title = normalizeSpace(
    meta(doc, 'og:title', 'twitter:title') ?? nameOf(fromLd('headline')) ?? doc.querySelector('h1')?.textContent ?? doc.title ?? '',
  );
  const byline = nameOf(fromLd('author')) ?? meta(doc, 'author', 'article:author', 'parsely-author', 'dc.creator');
  const site = meta(doc, 'og:site_name', 'application-name') ?? nameOf(fromLd('publisher')) ?? siteFromUrl(url);
  const timeEl = doc.querySelector('article time[datetime], time[datetime]');
  const date = isoDate(
    meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'parsely-pub-date')
      ?? (fromLd('datePublished') as string | undefined) ?? timeEl?.getAttribute('datetime'),
  );
  const root = doc.documentElement;
  const declaredLang = root?.getAttribute('lang') || meta(doc, 'og:locale', 'language', 'content-language') || null;
  const dirAttr = (root?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const image = meta(doc, 'og:image', 'twitter:image');
  return {
    title,
    byline: byline && !/^https?:/.test(byline) ? byline : null,
    site,
    date,
    declaredLang: declaredLang ? declaredLang.replace('_', '-') : null,
    dir: dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null,
    image,
  };
}
