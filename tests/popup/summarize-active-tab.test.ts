import { afterEach, expect, test, vi } from 'vitest';
import type { ActiveTabSummary } from '../../src/messages';
import { summarizeActiveTab } from '../../src/popup/summarize-active-tab';

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => { delete g.browser; delete g.chrome; });

const answer: ActiveTabSummary = { tabId: 7, summary: { ok: false, reason: 'no-article', ms: 1 } };

test("asks the background through Chromium's own chrome namespace, without the polyfill", async () => {
  const sendMessage = vi.fn(async () => answer);
  g.chrome = { runtime: { sendMessage } };
  expect(await summarizeActiveTab()).toEqual(answer);
  expect(sendMessage).toHaveBeenCalledWith({ type: 'summarize-active' });
});

test("prefers Firefox's browser namespace where both exist", async () => {
  const fromBrowser = vi.fn(async () => answer);
  const fromChrome = vi.fn(async () => ({ summary: { ok: false, reason: 'no-tab' } }));
  g.browser = { runtime: { sendMessage: fromBrowser } };
  g.chrome = { runtime: { sendMessage: fromChrome } };
  expect(await summarizeActiveTab()).toEqual(answer);
  expect(fromChrome).not.toHaveBeenCalled();
});

test('a background that cannot be reached is a script error, not an exception', async () => {
  g.chrome = { runtime: { sendMessage: async () => { throw new Error('Could not establish connection. Receiving end does not exist.'); } } };
  expect(await summarizeActiveTab()).toEqual({ summary: { ok: false, reason: 'script-error' } });
});
