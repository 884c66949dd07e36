// `npm start`: opens Chromium with Ringkas loaded on a demo article. Without a display it runs
// headless, prints what the popup shows and saves a screenshot of the popup.
// The demo build (dist-test/) may read 127.0.0.1 pages, so the popup can open without a click.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, openPopup, ROOT, serveFixtures } from '../tests/e2e/harness.mjs';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const server = await serveFixtures();
const demo = server.url('seed-like.html');
const env = await launchWithExtension(join(ROOT, 'dist-test'), { headless });
const page = await env.context.newPage();
await page.goto(demo);
await page.bringToFront();

if (!headless) {
  console.log(`Ringkas is loaded. Demo article: ${demo}\nClick the Ringkas toolbar button (or press Alt+Shift+K). Close the browser window to stop.`);
  await new Promise((r) => env.browser.on('disconnected', r));
  await server.close();
  process.exit(0);
}

const popup = await openPopup(env);
await popup.waitFor(`document.querySelector('main.summary, main.failure')`);
const text = await popup.evaluate('document.body.innerText');
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
const shot = join(ROOT, 'test-results', 'start-popup.png');
writeFileSync(shot, await popup.screenshot());
console.log(`No display: ran headless on the demo article ${demo}\n\n--- the popup shows ---\n${text}\n---\nScreenshot of the popup: ${shot}`);
popup.close();
await env.close();
await server.close();
