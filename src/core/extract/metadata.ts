import { normalizeSpace } from './text';

/** A web (http/https) URL resolved against the page, or null: a javascript: or data: "image" is no image. */
function webUrl(value: string | null | undefined, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

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
  /** The page's own one- or two-sentence summary (meta description), if any. */
  description: string | null;
  /** The page says it holds an article: article markup, og:type article, a publication time or Article JSON-LD. */
  declaresArticle: boolean;
}

/** All <meta> values by property, name or itemprop (lower case), read in one pass: selectors per name are slow on big pages. */
function metaTable(doc: Document): Map<string, string> {
  const table = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = normalizeSpace(el.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

function meta(table: Map<string, string>, ...names: string[]): string | null {
  for (const name of names) {
    const v = table.get(name.toLowerCase());
    if (v) return v;
  }
  return null;
}

/** Reads schema.org NewsArticle-like objects from JSON-LD blocks; broken JSON is skipped. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if ((s.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
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
  const table = metaTable(doc);
  const ld = jsonLd(doc);
  const fromLd = (key: string) => ld.map((r) => r[key]).find((v) => v != null);
  const title = normalizeSpace(
    meta(table, 'og:title', 'twitter:title') ?? nameOf(fromLd('headline')) ?? doc.getElementsByTagName('h1')[0]?.textContent ?? doc.title ?? '',
  );
  const byline = nameOf(fromLd('author')) ?? meta(table, 'author', 'article:author', 'parsely-author', 'dc.creator');
  const site = meta(table, 'og:site_name', 'application-name') ?? nameOf(fromLd('publisher')) ?? siteFromUrl(url);
  const timeEl = Array.from(doc.getElementsByTagName('time')).find((t) => t.hasAttribute('datetime'));
  const date = isoDate(
    meta(table, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'parsely-pub-date')
      ?? (fromLd('datePublished') as string | undefined) ?? timeEl?.getAttribute('datetime'),
  );
  const root = doc.documentElement;
  const declaredLang = root?.getAttribute('lang') || meta(table, 'og:locale', 'language', 'content-language') || null;
  const dirAttr = (root?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const image = webUrl(meta(table, 'og:image', 'twitter:image'), doc.baseURI || url);
  const declaresArticle = ld.length > 0 || table.get('og:type') === 'article' || table.has('article:published_time')
    || doc.querySelector('article, [itemprop="articleBody"]') !== null;
  return {
    title,
    byline: byline && !/^https?:/.test(byline) ? byline : null,
    site,
    date,
    declaredLang: declaredLang ? declaredLang.replace('_', '-') : null,
    dir: dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null,
    image,
    description: meta(table, 'og:description', 'description', 'twitter:description') ?? null,
    declaresArticle,
  };
}
