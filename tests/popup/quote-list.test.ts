// @vitest-environment jsdom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ArticleQuote } from '../../src/core/summarize';

// The popup's strings come from the browser; here a key stands for itself, with its argument after a colon.
vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (key: string, args?: string[]) => (args ? `${key}:${args[0]}` : key), getUILanguage: () => 'en' } },
}));
const { QuoteList } = await import('../../src/popup/QuoteList');

const source = { site: 'Example News', date: '2016-06-22', url: 'https://example.com/a' };
const quote = (text: string, speaker: string | null, via: string | null, start: number): ArticleQuote =>
  ({ text, parts: [text], speaker, via, cue: 'said', start, end: start + text.length, block: 0 });

let root: HTMLElement;
let copied: string[];
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  copied = [];
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => { copied.push(s); } } });
});
afterEach(() => {
  render(null, root);
  root.remove();
});

test('a second-hand quote names its speaker and the account it came through, on screen and when copied', async () => {
  const quotes = [quote('“Delegates should vote as they see fit,”', 'Scott Walker', 'an Associated Press account', 0), quote('“We will win,”', 'Scott Walker', null, 100)];
  act(() => { render(h(QuoteList, { quotes, source }), root); });
  const speakers = [...root.querySelectorAll('.quote .speaker')].map((p) => p.textContent);
  expect(speakers).toEqual(['— Scott Walker, accordingTo:an Associated Press account', '— Scott Walker']);
  await act(async () => { (root.querySelector('.quote .copy') as HTMLButtonElement).click(); });
  expect(copied).toEqual(['“Delegates should vote as they see fit” — Scott Walker, accordingTo:an Associated Press account, Example News, June 22, 2016, https://example.com/a']);

  // Grouped, both quotes are Walker's; the second-hand one still says whose account it is.
  act(() => { (root.querySelector('.group-toggle') as HTMLButtonElement).click(); });
  expect([...root.querySelectorAll('.speaker-group h3')].map((e) => e.textContent)).toEqual(['Scott Walker (2)']);
  expect([...root.querySelectorAll('.speaker-group .speaker')].map((p) => p.textContent)).toEqual(['— accordingTo:an Associated Press account']);
});
