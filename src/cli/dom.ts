import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parses saved HTML the way a browser would (parse5, HTML5 rules), with
 * scripts off and nothing fetched: the CLI must see what the content script sees.
 */
export function withDocument<T>(html: string, url: string | undefined, use: (doc: Document) => T): T {
  const virtualConsole = new VirtualConsole(); // swallow CSS parse noise from hostile pages
  const dom = new JSDOM(html, { url: url && /^https?:/.test(url) ? url : 'https://example.invalid/', virtualConsole });
  try {
    return use(dom.window.document);
  } finally {
    dom.window.close(); // jsdom keeps every window alive until closed
  }
}
