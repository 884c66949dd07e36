// Bundle budgets of the shipped build: the content script is injected into every page a reader summarizes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ROOT } from './harness.mjs';

const DIST = join(ROOT, 'dist');
const gz = (file) => gzipSync(readFileSync(join(DIST, file))).length;

test('content script is at most 60 KB gzipped', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  assert.equal(manifest.content_scripts, undefined, 'injected on demand, never declared');
  const size = gz('src/content/run.iife.js');
  console.log(`content script: ${(size / 1024).toFixed(1)} KB gzipped`);
  assert.ok(size <= 60 * 1024, `${size} bytes`);
});

test('the content script carries the page words of the languages, not the quote stage\'s word lists', () => {
  const script = readFileSync(join(DIST, 'src/content/run.iife.js'), 'utf8');
  // Page UI and stopwords are read on the page…
  for (const word of ['scroll to continue', 'baca juga', 'weitere artikel']) assert.ok(script.includes(word), word);
  // …places, titles and first names only by the quote stage, in the background.
  for (const word of ['afghanistan', 'assemblywoman', 'kapolda']) assert.ok(!script.includes(word), word);
});

test('popup (scripts and styles it loads) is at most 40 KB gzipped', () => {
  const html = readFileSync(join(DIST, 'src/popup/index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  assert.ok(files.length > 0);
  const size = files.reduce((sum, f) => sum + gz(f), 0);
  console.log(`popup: ${(size / 1024).toFixed(1)} KB gzipped in ${files.length} files`);
  assert.ok(size <= 40 * 1024, `${size} bytes`);
});
