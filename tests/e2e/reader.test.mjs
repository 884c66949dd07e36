// The reader view of the built extension in real Chromium: content, controls, quotes, export, print, RTL, XSS, a11y.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { extensionSuite, ROOT } from './harness.mjs';

const RESULTS = join(ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const suite = extensionSuite({ clipboard: true });
// The no-network check works: the net log saw the reader load the article's lead image.
after(() => assert.ok(suite.requests.some((r) => r.url.endsWith('/img/harbour.svg')), 'the net log recorded the reader'));

/**
 * Opens a fixture page in a tab and the reader view for that tab; records every request
 * the reader page makes and every dialog it opens.
 */
async function readerFor(fixture) {
  const page = await suite.env.context.newPage();
  await page.goto(suite.server.url(fixture));
  const url = page.url();
  const tabId = await suite.env.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  const reader = await suite.env.context.newPage();
  const requests = [];
  const dialogs = [];
  reader.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  reader.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await reader.goto(`chrome-extension://${suite.env.extensionId}/src/reader/index.html?tab=${tabId}`);
  await reader.waitForSelector('article.content > *, main.failure', { timeout: 15000 });
  return { page, reader, requests, dialogs };
}

async function axeViolations(reader) {
  await reader.evaluate(AXE);
  return reader.evaluate(() => globalThis.axe.run(document).then((r) => r.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(' ')}`)));
}

const clipboard = (reader) => reader.evaluate(() => navigator.clipboard.readText());

describe('reader view of a rich article', () => {
  let page;
  let reader;
  let requests;
  before(async () => ({ page, reader, requests } = await readerFor('reader-rich.html')));
  after(async () => { await reader?.close(); await page?.close(); });

  test('title, byline, date, site and reading time in the header', async () => {
    assert.equal(await reader.locator('h1').innerText(), 'Harbour town votes to rebuild its sea wall before winter storms');
    const head = await reader.locator('main header').innerText();
    assert.match(head, /The Coastal Ledger/);
    assert.match(head, /October 2, 2024/);
    assert.match(head, /min read/);
    assert.match(head, /By Maya Lindqvist/);
    assert.match(await reader.title(), /^Harbour town votes .* — Ringkas$/);
  });

  test('the article with its structure: headings, list, table, code, the embedded post as a quote, links that work', async () => {
    const c = reader.locator('article.content');
    assert.equal(await c.locator('h2').innerText(), 'What the plan includes');
    assert.equal(await c.locator('ul > li').count(), 3);
    assert.equal(await c.locator('table tr').count(), 4);
    assert.match(await c.locator('pre').innerText(), /if reading\.tilt > 0\.4:/);
    assert.match(await c.locator('blockquote').innerText(), /Storm surge over the harbour wall again/);
    const link = c.locator('a', { hasText: "council's website" });
    assert.equal(await link.getAttribute('href'), 'https://council.example/seawall');
    assert.equal(await link.getAttribute('target'), '_blank');
    const text = await c.innerText();
    for (const clutter of ['Share on Facebook', 'Related stories', 'Subscribe', 'Sign up for our morning newsletter', 'Open menu', 'All rights reserved']) {
      assert.ok(!text.includes(clutter), `clutter "${clutter}" shown`);
    }
  });

  test('the lead image and the in-article image are shown, the caption once', async () => {
    assert.equal(await reader.locator('.lead-image img').getAttribute('src'), suite.server.url('img/harbour.svg'));
    assert.equal(await reader.locator('article.content img').count(), 1);
    const caption = 'Days the harbour road was closed by flooding, winters 2020 to 2023.';
    const body = await reader.locator('main').innerText();
    assert.equal(body.split(caption).length - 1, 1, 'caption printed once');
    // In-article images load lazily: bring them into view, then every image must have loaded.
    await reader.locator('article.content img').scrollIntoViewIfNeeded();
    await reader.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0), null, { timeout: 10000 });
    await reader.evaluate(() => window.scrollTo(0, 0));
  });

  test('the quotes are highlighted in the text, each with a copy button that copies it with its source', async () => {
    const marked = await reader.evaluate(() => {
      const by = {};
      for (const m of document.querySelectorAll('mark.quote')) (by[m.dataset.quote] ??= []).push(m.textContent);
      return Object.values(by).map((parts) => parts.join(' '));
    });
    assert.equal(marked.length, 2, 'two quotes, each interrupted by its attribution');
    assert.ok(marked.some((q) => q.startsWith('"We cannot ask people to live behind a wall')));
    assert.ok(marked.includes('“The boats are ready, the crews are ready,” “What we need is a quay that is still there in the morning.”'), 'attribution left unmarked');
    assert.equal(await reader.locator('button.quote-copy').count(), marked.length);
    const button = reader.locator('button.quote-copy').first();
    assert.match(await button.getAttribute('aria-label'), /Harriet Osei/);
    await button.click();
    assert.match(await clipboard(reader), /^"We cannot ask people to live behind a wall that we know will fail … This is the cheapest year to fix it, because next year it will cost us the market as well\." — Harriet Osei, The Coastal Ledger, October 2, 2024, http:\/\/127\.0\.0\.1:\d+\/reader-rich\.html$/);
    assert.equal(await button.innerText(), 'Copied');
  });

  test('selecting text offers "Copy as quote", cited with the source', async () => {
    await reader.evaluate(() => {
      const p = [...document.querySelectorAll('article.content p')].find((x) => x.textContent.startsWith('The wall, built in 1911'));
      const range = document.createRange();
      range.setStart(p.firstChild, 0);
      range.setEnd(p.firstChild, 'The wall, built in 1911 from local granite'.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await reader.locator('.selection-copy button').click();
    assert.match(await clipboard(reader), /^"The wall, built in 1911 from local granite" — Maya Lindqvist, "Harbour town votes to rebuild its sea wall before winter storms", The Coastal Ledger, October 2, 2024, http:\/\/127\.0\.0\.1:\d+\/reader-rich\.html$/);
    // A selection inside a quote is cited with the quote's speaker.
    await reader.evaluate(() => {
      const mark = [...document.querySelectorAll('mark.quote')].find((m) => m.textContent.includes('What we need is a quay'));
      const range = document.createRange();
      range.selectNodeContents(mark);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await reader.locator('.selection-copy button').click();
    assert.match(await clipboard(reader), /— Tomas Reyes, The Coastal Ledger/);
    await reader.evaluate(() => getSelection().removeAllRanges());
    await reader.waitForSelector('.selection-copy', { state: 'detached' });
  });

  test('key points sit on top and collapse', async () => {
    const details = reader.locator('details.key-points');
    assert.ok((await details.locator('li').count()) >= 3);
    assert.equal(await details.getAttribute('open'), '');
    await details.locator('summary').click();
    assert.equal(await details.getAttribute('open'), null);
    await details.locator('summary').click();
  });

  test('export: Markdown with front matter, and plain text', async () => {
    await reader.locator('button.copy-markdown').click();
    const md = await clipboard(reader);
    assert.match(md, /^---\ntitle: "Harbour town votes to rebuild its sea wall before winter storms"\nsource: "http:\/\/127\.0\.0\.1:\d+\/reader-rich\.html"\nsite: "The Coastal Ledger"\nbyline: "Maya Lindqvist"\ndate: "2024-10-02T08:15:00Z"\nlang: "en"\n---\n\n# Harbour town/);
    assert.match(md, /\n## What the plan includes\n/);
    assert.match(md, /\n- Raising the walkway by forty centimetres/);
    assert.match(md, /\n\| Stone and concrete \| £1\.9m \|\n/);
    assert.match(md, /\n> Storm surge over the harbour wall again/);
    assert.match(md, /\[council's website\]\(https:\/\/council\.example\/seawall\)/);
    assert.ok(!/Copy|Copied/.test(md), 'no button labels in the export');
    await reader.locator('button.copy-text').click();
    const text = await clipboard(reader);
    assert.match(text, /^Harbour town votes to rebuild its sea wall before winter storms\n\nMaya Lindqvist · The Coastal Ledger · October 2, 2024\n\nCouncillors in Port Ellery voted/);
    assert.match(text, /http:\/\/127\.0\.0\.1:\d+\/reader-rich\.html\n$/);
  });

  test('reading settings change the page and are remembered in storage.sync', async () => {
    await reader.selectOption('select[name="theme"]', 'sepia');
    await reader.selectOption('select[name="font"]', 'sans');
    await reader.selectOption('select[name="width"]', 'wide');
    await reader.selectOption('select[name="lineHeight"]', 'loose');
    await reader.click('button.size-up');
    const look = () => reader.evaluate(() => {
      const main = getComputedStyle(document.querySelector('main.reader'));
      return { bg: getComputedStyle(document.body).backgroundColor, font: main.fontFamily, size: main.fontSize, width: main.maxWidth, leading: main.lineHeight };
    });
    const changed = await look();
    assert.equal(changed.bg, 'rgb(244, 236, 216)');
    assert.match(changed.font, /^system-ui/);
    assert.equal(changed.size, '22px');
    assert.equal(changed.width, `${48 * 22}px`);
    assert.equal(changed.leading, `${1.9 * 22}px`);
    const stored = await suite.env.worker.evaluate(() => chrome.storage.sync.get('readerSettings'));
    assert.deepEqual(stored.readerSettings, { theme: 'sepia', font: 'sans', size: 22, width: 'wide', lineHeight: 'loose' });
    await reader.reload();
    await reader.waitForSelector('article.content > *');
    await reader.waitForFunction(() => document.documentElement.dataset.theme === 'sepia');
    assert.deepEqual(await look(), changed);
    assert.equal(await reader.inputValue('select[name="theme"]'), 'sepia');
    // Back to the defaults for the screenshots and the other tests.
    await suite.env.worker.evaluate(() => chrome.storage.sync.clear());
    await reader.reload();
    await reader.waitForSelector('article.content > *');
  });

  test('the print stylesheet prints only the article', async () => {
    await reader.emulateMedia({ media: 'print' });
    const shown = await reader.evaluate(() => Object.fromEntries(['.controls', '.key-points', 'button.quote-copy', 'article.content', 'main h1'].map((s) => [s, getComputedStyle(document.querySelector(s)).display !== 'none'])));
    assert.deepEqual(shown, { '.controls': false, '.key-points': false, 'button.quote-copy': false, 'article.content': true, 'main h1': true });
    await reader.emulateMedia({ media: 'screen' });
  });

  test('axe finds no accessibility violations in light, dark and sepia; screenshots are saved', async () => {
    for (const scheme of ['light', 'dark']) {
      await reader.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await axeViolations(reader), [], scheme);
      await reader.screenshot({ path: join(RESULTS, `reader-${scheme}.png`), fullPage: false });
    }
    await reader.selectOption('select[name="theme"]', 'sepia');
    assert.deepEqual(await axeViolations(reader), [], 'sepia');
    await reader.screenshot({ path: join(RESULTS, 'reader-sepia.png') });
    await reader.selectOption('select[name="theme"]', 'system');
    await reader.emulateMedia({ colorScheme: 'light' });
  });

  test('the reader page requested nothing but its own files and the article images', () => {
    const others = requests.filter((r) => !r.url.startsWith('chrome-extension://') && r.type !== 'image');
    assert.deepEqual(others, []);
  });
});

describe('reader view of a right-to-left article', () => {
  test('renders right to left, passes axe, and is screenshotted', async () => {
    const { page, reader } = await readerFor('rtl-article.html');
    const main = reader.locator('main.reader');
    assert.equal(await main.getAttribute('dir'), 'rtl');
    assert.equal(await main.getAttribute('lang'), 'ar');
    assert.equal(await reader.locator('article.content p').first().evaluate((p) => getComputedStyle(p).direction), 'rtl');
    assert.equal(await reader.locator('h1').innerText(), 'افتتاح مكتبة عامة جديدة في وسط المدينة');
    assert.match(await reader.locator('mark.quote').first().innerText(), /^"نريد أن تكون المكتبة/);
    assert.deepEqual(await axeViolations(reader), []);
    await reader.screenshot({ path: join(RESULTS, 'reader-rtl.png') });
    await reader.close();
    await page.close();
  });
});

describe('reader view of a Chinese article', () => {
  test('is read as Chinese, breaks lines strictly, and is screenshotted', async () => {
    const { page, reader } = await readerFor('cjk-article.html');
    assert.equal(await reader.locator('main.reader').getAttribute('lang'), 'zh');
    assert.equal(await reader.locator('h1').innerText(), '城市公园完成改造，周末重新向市民开放');
    assert.match(await reader.locator('article.content').innerText(), /人民公园将于本周六重新向市民开放/);
    assert.equal(await reader.locator('main.reader').evaluate((m) => getComputedStyle(m).lineBreak), 'strict');
    assert.match(await reader.locator('mark.quote').first().innerText(), /^“我们希望公园不仅是散步的地方/);
    await reader.screenshot({ path: join(RESULTS, 'reader-cjk.png') });
    await reader.close();
    await page.close();
  });
});

describe('reader view of a hostile article (XSS corpus)', () => {
  test('nothing in the article runs, loads or survives sanitizing', async () => {
    const { page, reader, requests, dialogs } = await readerFor('xss-article.html');
    assert.match(await reader.locator('article.content').innerText(), /The city council passed next year's budget/);
    // Give handlers, timers, refreshes and lazy loads time to fire.
    await reader.mouse.move(200, 400);
    await reader.waitForTimeout(1500);
    assert.equal(await reader.evaluate(() => globalThis.__pwned), undefined, 'a payload ran in the reader');
    assert.deepEqual(dialogs, []);
    assert.match(reader.url(), /\/src\/reader\/index\.html\?tab=\d+$/, 'the reader navigated away');
    const leaks = requests.filter((r) => r.url.includes('/leak/') || (!r.url.startsWith('chrome-extension://') && r.type !== 'image'));
    assert.deepEqual(leaks, []);
    const dangerous = await reader.evaluate(() => {
      const root = document.querySelector('article.content');
      const found = [];
      for (const el of root.querySelectorAll('*')) {
        if (/^(SCRIPT|IFRAME|OBJECT|EMBED|STYLE|LINK|META|BASE|FORM|INPUT|BUTTON|TEMPLATE|svg|math|VIDEO|NOSCRIPT)$/.test(el.tagName) && !el.classList.contains('quote-copy')) found.push(el.tagName);
        for (const a of el.attributes) {
          if (/^on/i.test(a.name) || a.name === 'style' || a.name === 'srcset' || a.name === 'srcdoc' || /^\s*(javascript|data|vbscript):/i.test(a.value)) found.push(`${el.tagName}[${a.name}=${a.value}]`);
        }
      }
      return found;
    });
    assert.deepEqual(dangerous, []);
    await reader.close();
    await page.close();
  });
});

describe('ways to open the reader', () => {
  test('a page without an article says so in the reader too', async () => {
    const { page, reader } = await readerFor('not-an-article.html');
    assert.equal(await reader.locator('main').getAttribute('data-reason'), 'no-article');
    assert.match(await reader.locator('main').innerText(), /doesn't look like an article/);
    await reader.close();
    await page.close();
  });

  test('the keyboard shortcut and the context menu entry exist', async () => {
    const commands = await suite.env.worker.evaluate(() => chrome.commands.getAll());
    assert.ok(commands.some((c) => c.name === 'open-reader'), 'open-reader command');
    // Headless Chromium registers no key bindings (getAll reports an empty shortcut), so the default is checked in the manifest.
    const m = JSON.parse(readFileSync(join(ROOT, 'dist/manifest.json'), 'utf8'));
    assert.equal(m.commands['open-reader'].suggested_key.default, 'Alt+Shift+R');
    assert.equal(m.commands._execute_action.suggested_key.default, 'Alt+Shift+K');
    // update() rejects for an id that was never created.
    await suite.env.worker.evaluate(() => chrome.contextMenus.update('ringkas-open-reader', {}));
  });
});
