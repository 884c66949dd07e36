import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A Document parsed as a browser would, from a fixture page or an HTML string. */
export function docFrom(html: string, url = 'https://news.example/story'): Document {
  return new JSDOM(html, { url }).window.document;
}

export function fixturePage(name: string): string {
  return readFileSync(join(FIXTURES, 'pages', name), 'utf8');
}

/** A minimal article page around some body HTML. */
export function articlePage(body: string, head = '<title>Story</title>', lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}
