import { expect, test } from 'vitest';
import { isRestrictedUrl } from '../../src/background/restricted-url';

test('browser, store, PDF and odd URLs are restricted; web pages are not', () => {
  for (const url of ['chrome://version', 'about:blank', 'view-source:https://a.example/', 'chrome-extension://x/y.html', 'edge://settings',
    'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/en-US/firefox/', 'https://a.example/report.pdf', undefined, 'not a url']) {
    expect(isRestrictedUrl(url), String(url)).toBe(true);
  }
  for (const url of ['https://news.example/story', 'http://127.0.0.1:8080/a.html', 'file:///home/me/page.html']) {
    expect(isRestrictedUrl(url), url).toBe(false);
  }
});
