import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCommand } from '../../src/cli/read-command';
import { FIXTURES } from '../helpers';

function run(file: string, json = false) {
  const lines: string[] = [];
  const code = readCommand(join(FIXTURES, 'pages', file), 'https://warta.example/dunia/1', json, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

test('read prints the popup content of a saved page', () => {
  const { code, out } = run('seed-like.html');
  expect(code).toBe(0);
  expect(out).toMatch(/^Warta Contoh · 14 March 2023 · 1 min read\nPimpin pertemuan ASEAN-Jepang/);
  expect(out.match(/— Retno Marsudi/g)).toHaveLength(3);
});

test('read --json gives the typed result without the article HTML', () => {
  const parsed = JSON.parse(run('seed-like.html', true).out);
  expect(parsed.ok).toBe(true);
  expect(parsed.article.html).toBeUndefined();
  expect(parsed.quotes).toHaveLength(3);
});

test('read on a page without an article explains and exits non-zero', () => {
  const { code, out } = run('not-an-article.html');
  expect(code).toBe(1);
  expect(out).toBe('This page does not look like an article.');
});
