import { createRequire } from 'node:module';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * jsdom answers every `.length` of an HTMLCollection (a `getElementsByTagName` list) by first checking
 * whether one of its elements has the id or name "length": a scan of the whole list, so `Array.from` of
 * a page's 900 links takes 50 ms and of its 4,000 elements a second (Readability and the declutter
 * layer iterate such lists). The proxy ignores a named element for names the collection already has
 * (length, item, namedItem), so answering those without the scan changes nothing but the time.
 */
function speedUpCollectionLength(): void {
  const require = createRequire(import.meta.url);
  const impl = require('jsdom/lib/jsdom/living/nodes/HTMLCollection-impl.js').implementation;
  const namedItem: (key: string) => unknown = impl.prototype.namedItem;
  const own = new Set(['length', 'item', 'namedItem']);
  impl.prototype.namedItem = function (this: unknown, key: string) {
    return own.has(key) ? null : namedItem.call(this, key);
  };
}
speedUpCollectionLength();

/**
 * jsdom parses CSS (style elements and style attributes) while it builds the page, and its value parser
 * throws on some values that browsers drop as invalid (`calc(($a - $b) / 16 * 9)` left over from Sass).
 * Then the page is parsed again with its CSS `calc(` renamed, so the browser's "ignore the declaration"
 * is what jsdom does too; failing that, with its CSS emptied. Article text is not touched either way.
 */
const STYLE_ELEMENT = /(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi;
const STYLE_ATTRIBUTE = /(\sstyle\s*=\s*)("[^"]*"|'[^']*')/gi;

function withoutCalc(html: string): string {
  const rename = (css: string) => css.replace(/\bcalc\(/gi, 'invalid-calc(');
  return html
    .replace(STYLE_ELEMENT, (_, open: string, css: string, close: string) => open + rename(css) + close)
    .replace(STYLE_ATTRIBUTE, (_, name: string, value: string) => name + rename(value));
}

function withoutCss(html: string): string {
  return html.replace(STYLE_ELEMENT, '$1$3').replace(STYLE_ATTRIBUTE, '$1""');
}

function parse(html: string, url: string, virtualConsole: VirtualConsole): JSDOM {
  for (const prepare of [(h: string) => h, withoutCalc]) {
    try {
      return new JSDOM(prepare(html), { url, virtualConsole });
    } catch {
      // try the next, more forgiving copy
    }
  }
  return new JSDOM(withoutCss(html), { url, virtualConsole });
}

/**
 * Parses saved HTML the way a browser would (parse5, HTML5 rules), with
 * scripts off and nothing fetched: the CLI must see what the content script sees.
 */
export function withDocument<T>(html: string, url: string | undefined, use: (doc: Document) => T): T {
  const virtualConsole = new VirtualConsole(); // swallow CSS parse noise from hostile pages
  const dom = parse(html, url && /^https?:/.test(url) ? url : 'https://example.invalid/', virtualConsole);
  try {
    return use(dom.window.document);
  } finally {
    dom.window.close(); // jsdom keeps every window alive until closed
  }
}
