// Pages that fight back, in real Chromium: broken globals, errors, strict CSP, endless updates, single-page-app
// navigation, huge pages. The popup still works, or says why not, and the page's main thread is not held.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionSuite, openPopup, ROOT } from './harness.mjs';

const TITLE = 'Reservoirs back to normal as water board lifts hose ban';

/** An article buried in `count` elements of page furniture. */
function bigPage(count) {
  const filler = '<div class="card"><a href="/x">Another headline</a></div>'.repeat(Math.ceil(count / 2));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><nav>${filler}</nav>
<article><h1>${TITLE}</h1>${'<p>The regional water board said on Monday that reservoir levels had returned to normal after a dry spring, ending restrictions on garden hoses across the valley and its towns.</p>'.repeat(12)}</article></body></html>`;
}

/** The same article page, made hostile by a script of tests/fixtures/hostile/ in its head or at the end of its body. */
const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/pages/water-board.html'), 'utf8');
const script = (name) => `<script>\n${readFileSync(join(ROOT, 'tests/fixtures/hostile', `${name}.js`), 'utf8')}</script>`;
const hostile = ({ head = '', bodyEnd = '' }) => () => ARTICLE.replace('<!-- HEAD -->', head).replace('<!-- BODY-END -->', bodyEnd);
const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; connect-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

const suite = extensionSuite({
  generated: {
    '/huge.html': () => bigPage(150_000),
    '/big.html': () => bigPage(60_000),
    '/broken-globals.html': hostile({ bodyEnd: script('broken-globals') }),
    '/throws-on-load.html': hostile({ head: script('throws') }),
    '/strict-csp.html': () => ({ body: hostile({ head: `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">` })(), headers: { 'content-security-policy': STRICT_CSP } }),
    '/busy-page.html': hostile({ bodyEnd: script('busy') }),
    '/spa.html': hostile({ bodyEnd: script('spa') }),
  },
});

/**
 * Watches the page's main thread from before the popup opens: long tasks as the page sees them, and the longest
 * gap in a chain of zero-delay timers in the main world. Chromium does not report a content script's tasks to the
 * page's long-task observer in every version; a timer that cannot run sees any work that holds the thread.
 */
async function watchMainThread(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    // Written without push and performance.now: the hostile pages replace them.
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks[window.__longTasks.length] = e.duration; }).observe({ type: 'longtask' });
    window.__longestGap = 0;
    let last = Date.now();
    const beat = () => {
      const now = Date.now();
      window.__longestGap = Math.max(window.__longestGap, now - last);
      last = now;
      setTimeout(beat, 0);
    };
    setTimeout(beat, 0);
  });
}

/** The longest time the page's main thread was held, in ms, and the long tasks it saw. */
async function mainThreadHeld(page) {
  // One number at a time: returning an object goes through page globals that a hostile page has replaced.
  const gap = await page.evaluate(() => window.__longestGap);
  const count = await page.evaluate(() => window.__longTasks.length);
  const tasks = [];
  for (let i = 0; i < count; i++) tasks[i] = await page.evaluate((k) => window.__longTasks[k], i);
  return { longest: Math.max(gap, ...tasks), tasks, gap };
}

async function popupOn(page) {
  await page.bringToFront();
  const t0 = Date.now();
  const popup = await openPopup(suite.env);
  await popup.waitFor(`document.querySelector('main.summary, main.failure')`, 15000);
  const ms = Date.now() - t0;
  const result = await popup.evaluate(`({ reason: document.querySelector('main').dataset.reason ?? null, title: document.querySelector('.title')?.innerText ?? null, speakers: [...document.querySelectorAll('.quote .speaker')].map((s) => s.innerText) })`);
  popup.close();
  return { ...result, ms };
}

async function open(path) {
  const page = await suite.env.context.newPage();
  await page.goto(suite.server.url(path));
  return page;
}

describe('hostile pages', () => {
  for (const [fixture, what] of [
    ['broken-globals.html', 'overwrites Array, String, JSON, Promise, querySelector, cloneNode, textContent, browser, chrome and our own global'],
    ['throws-on-load.html', 'throws on load, in its error handler and in a timer'],
    ['strict-csp.html', "has a Content-Security-Policy of default-src 'none' with Trusted Types"],
    ['busy-page.html', 'keeps appending stories and rewriting itself every 5 ms'],
  ]) {
    test(`a page that ${what}: the popup shows its article`, async () => {
      const page = await open(fixture);
      await watchMainThread(page);
      const r = await popupOn(page);
      assert.equal(r.reason, null, `failed with ${r.reason}`);
      assert.equal(r.title, TITLE);
      assert.deepEqual(r.speakers, ['— Karin Holm']);
      const { longest } = await mainThreadHeld(page);
      assert.ok(longest < 200, `a ${longest} ms long task`);
      await page.close();
    });
  }
});

describe('single-page apps', () => {
  test('after pushState navigation the popup describes the article now shown', async () => {
    const page = await open('spa.html');
    assert.equal((await popupOn(page)).title, TITLE);
    await page.evaluate(() => window.goToSecondStory(true));
    const r = await popupOn(page);
    assert.equal(r.title, 'Night trains return to the coast line after ten years');
    assert.deepEqual(r.speakers, ['— Amir Rahimi']);
    await page.close();
  });

  test('when the article is swapped without any URL change, the popup still follows it', async () => {
    const page = await open('spa.html');
    assert.equal((await popupOn(page)).title, TITLE);
    await page.evaluate(() => window.goToSecondStory(false));
    assert.equal((await popupOn(page)).title, 'Night trains return to the coast line after ten years');
    await page.close();
  });
});

describe('limits', () => {
  test('a page of 150,000 elements gets "too large" within 1 s and the tab stays responsive', async () => {
    const page = await open('huge.html');
    await watchMainThread(page);
    const r = await popupOn(page);
    assert.equal(r.reason, 'too-large');
    assert.ok(r.ms < 1000, `answered after ${r.ms} ms`);
    const { longest } = await mainThreadHeld(page);
    assert.ok(longest < 200, `a ${longest} ms long task`);
    await page.close();
  });

  test('a page of 60,000 elements is summarized without holding the main thread over 200 ms at a time', async () => {
    const page = await open('big.html');
    await watchMainThread(page);
    const r = await popupOn(page);
    assert.equal(r.title, TITLE);
    const { longest, tasks, gap } = await mainThreadHeld(page);
    console.log(`# 60,000 elements: popup answered in ${r.ms} ms; long tasks ${tasks.map(Math.round).join(', ') || 'none'}; longest gap between timers ${Math.round(gap)} ms`);
    assert.ok(longest < 200, `main thread held for ${Math.round(longest)} ms`);
    await page.close();
  });
});
