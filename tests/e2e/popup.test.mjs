// The built extension in real Chromium: the toolbar popup on fixture pages.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { extensionSuite, openPopup, ROOT } from './harness.mjs';

const RESULTS = join(ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });

const suite = extensionSuite({ clipboard: true });

/** Opens `url` in a fresh active tab, then the popup over it. */
async function popupFor(url) {
  const page = await suite.env.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  const popup = await openPopup(suite.env);
  await popup.waitFor(`document.querySelector('main.summary, main.failure')`);
  return { page, popup };
}

describe('popup on an article with clutter (seed-like fixture)', () => {
  let popup;
  let page;
  before(async () => ({ popup, page } = await popupFor(suite.server.url('seed-like.html'))));
  after(async () => { popup?.close(); await page?.close(); });

  test('shows title, site, byline and reading time', async () => {
    const header = await popup.evaluate(`document.querySelector('.article-header').innerText`);
    assert.match(header, /Pimpin pertemuan ASEAN-Jepang, Menlu RI dorong kerja sama iklim/);
    assert.match(header, /Warta Contoh/);
    assert.match(header, /Sari Wulandari/);
    assert.match(header, /min read/);
  });

  test('shows 3 to 5 key points in article order', async () => {
    const points = await popup.evaluate(`[...document.querySelectorAll('.key-points li')].map((li) => li.innerText)`);
    assert.ok(points.length >= 3 && points.length <= 5, `got ${points.length} points`);
    assert.ok(points.some((p) => /Yoshimasa Hayashi/.test(p)), 'the lead fact is a key point');
  });

  test('clicking a key point scrolls the page to its sentence and highlights it', async () => {
    const text = await popup.evaluate(`document.querySelectorAll('.key-points .point')[2].innerText`);
    await popup.click('.key-points li:nth-child(3) .point');
    const marked = await page.waitForFunction((t) => {
      const el = [...document.querySelectorAll('p')].find((p) => p.textContent.includes(t.slice(0, 40)));
      return el && el.style.backgroundColor !== '' ? el.style.backgroundColor : false;
    }, text, { timeout: 5000 });
    assert.match(String(await marked.jsonValue()), /rgba\(255, 213, 79/);
  });

  test('shows the three quotes, all attributed to Retno Marsudi', async () => {
    const quotes = await popup.evaluate(`[...document.querySelectorAll('.quote')].map((q) => ({ text: q.querySelector('blockquote').innerText, speaker: q.querySelector('.speaker').innerText }))`);
    assert.equal(quotes.length, 3);
    for (const q of quotes) assert.equal(q.speaker, '— Retno Marsudi');
    assert.match(quotes[0].text, /^"Banjir yang makin sering/);
    assert.match(quotes[2].text, /kolaborasi dibandingkan rivalitas,"$/);
  });

  test('shows none of the page clutter', async () => {
    const lines = (await popup.evaluate(`document.body.innerText`)).split('\n').map((l) => l.trim().toLowerCase());
    for (const clutter of ['close icon', 'scroll ke atas untuk melanjutkan', 'icon caption', 'swipe', 'img', 'reporter', 'editor', 'bagikan :', 'bagikan', '×', 'cari', 'dunia', 'untuk informasi menarik lainnya,']) {
      assert.ok(!lines.includes(clutter), `clutter line "${clutter}" shown`);
    }
    assert.ok(!lines.some((l) => l.includes('/ dok. kemlu')), 'photo caption shown');
  });

  test('Copy puts the quote, speaker, site, date and URL on the clipboard', async () => {
    await popup.click('.quote .copy');
    await popup.waitFor(`document.querySelector('.quote .copy').innerText === 'Copied'`);
    const clip = await popup.evaluate('navigator.clipboard.readText()');
    assert.match(clip, /^"Banjir yang makin sering.*krisis iklim" — Retno Marsudi, Warta Contoh, (14 March 2023|March 14, 2023), http:\/\/127\.0\.0\.1:\d+\/seed-like\.html$/);
  });

  test('quotes can be grouped by speaker, and all quotes of a speaker copied at once', async () => {
    await popup.click('.group-toggle');
    await popup.waitFor(`document.querySelector('.group-toggle').getAttribute('aria-pressed') === 'true'`);
    const groups = await popup.evaluate(`[...document.querySelectorAll('.speaker-group h3')].map((h) => h.innerText)`);
    assert.deepEqual(groups, ['Retno Marsudi (3)']);
    await popup.click('.speaker-group .group-head .copy');
    await popup.waitFor(`document.querySelector('.speaker-group .group-head .copy').innerText === 'Copied'`);
    const clip = await popup.evaluate('navigator.clipboard.readText()');
    assert.equal(clip.split('\n\n').length, 3);
    for (const line of clip.split('\n\n')) assert.match(line, / — Retno Marsudi, Warta Contoh, /);
    await popup.click('.group-toggle');
    await popup.waitFor(`document.querySelectorAll('.quote .speaker').length === 3`);
  });

  test('axe finds no accessibility violations, in light and in dark', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await popup.evaluate(`${axeSource};1`);
    for (const scheme of ['light', 'dark']) {
      await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
      const violations = await popup.evaluate(`axe.run(document).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes[0].target.join(' ')))`);
      assert.deepEqual(violations, [], `${scheme}: ${violations.join('; ')}`);
    }
    await popup.send('Emulation.setEmulatedMedia', { features: [] });
  });

  test('a screenshot of the popup is saved', async () => {
    const png = await popup.screenshot();
    writeFileSync(join(RESULTS, 'popup-seed.png'), png);
    assert.ok(png.length > 1000);
  });
  // Last in this group: opening the reader closes the popup.
  test('the reader view button opens the decluttered, sanitized article', async () => {
    const readerPromise = suite.env.context.waitForEvent('page', { timeout: 10000 });
    await popup.click('footer .primary');
    const reader = await readerPromise;
    await reader.waitForSelector('article.content p');
    assert.match(reader.url(), /\/src\/reader\/index\.html\?tab=\d+$/);
    assert.equal(await reader.locator('h1').innerText(), 'Pimpin pertemuan ASEAN-Jepang, Menlu RI dorong kerja sama iklim');
    const body = await reader.locator('article.content').innerText();
    assert.match(body, /Yoshimasa Hayashi/);
    for (const clutter of ['close icon', 'swipe', 'Bagikan :', 'Untuk informasi menarik lainnya,']) assert.ok(!body.includes(clutter), clutter);
    assert.equal(await reader.locator('article.content script, article.content [onclick], article.content form').count(), 0);
    await reader.screenshot({ path: join(RESULTS, 'reader-seed.png') });
    await reader.close();
  });

});

describe('popup where there is no article', () => {
  test('a page that is not an article says so', async () => {
    const { popup, page } = await popupFor(suite.server.url('not-an-article.html'));
    assert.equal(await popup.evaluate(`document.querySelector('main').dataset.reason`), 'no-article');
    assert.match(await popup.evaluate('document.body.innerText'), /doesn't look like an article/);
    popup.close();
    await page.close();
  });

  test('a browser page (chrome://) says extensions cannot read it', async () => {
    const { popup, page } = await popupFor('chrome://version');
    assert.equal(await popup.evaluate(`document.querySelector('main').dataset.reason`), 'restricted-page');
    assert.match(await popup.evaluate('document.body.innerText'), /Browsers don't let extensions read this kind of page/);
    popup.close();
    await page.close();
  });
});

test('the shipped manifest asks for no host permissions', () => {
  const m = JSON.parse(readFileSync(join(ROOT, 'dist/manifest.json'), 'utf8'));
  assert.equal(m.host_permissions, undefined);
  assert.equal(m.content_scripts, undefined);
  assert.equal(m.web_accessible_resources, undefined);
  assert.deepEqual(m.permissions.sort(), ['activeTab', 'contextMenus', 'scripting', 'storage']);
});
