// @vitest-environment jsdom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ActiveTabSummary } from '../../src/messages';

// The popup's strings come from the browser; here each key stands for itself.
vi.mock('webextension-polyfill', () => ({
  default: { i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' }, runtime: { sendMessage: vi.fn() } },
}));
const { App } = await import('../../src/popup/App');

let root: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

test('the popup paints nothing while a quick answer is on its way, then says it is working', async () => {
  const never = new Promise<ActiveTabSummary>(() => {});
  act(() => { render(h(App, { summary: never }), root); });
  expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  expect(root.textContent).toBe('');
  await act(async () => { vi.advanceTimersByTime(149); });
  expect(root.querySelector('[role=status]')).toBeNull();
  await act(async () => { vi.advanceTimersByTime(1); });
  expect(root.querySelector('[role=status]')?.textContent).toBe('loading');
});

test('an answer before the delay is shown without a loading state first', async () => {
  const answer = Promise.resolve<ActiveTabSummary>({ tabId: 1, summary: { ok: false, reason: 'no-article' } });
  await act(async () => { render(h(App, { summary: answer }), root); await answer; });
  expect(root.querySelector('[role=alert]')?.textContent).toBe('reasonNoArticle');
  await act(async () => { vi.advanceTimersByTime(1000); });
  expect(root.querySelector('[role=status]')).toBeNull();
  expect(root.querySelector('[role=alert]')?.textContent).toBe('reasonNoArticle');
});
