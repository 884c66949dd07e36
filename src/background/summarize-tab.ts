import browser from 'webextension-polyfill';
import contentScript from '../content/run.iife?script&iife';
import type { TimedExtraction } from '../core/extract/extract';
import { summaryOf } from '../core/summarize';
import { CONTENT_GLOBAL, type ActiveTabSummary, type ContentApi, type SummaryResponse } from '../messages';
import { isRestrictedUrl } from './restricted-url';
import { SummaryCache } from './summary-cache';

/** Longer than any page should take; past it the popup says so instead of spinning. */
const TIMEOUT_MS = 10_000;

const cache = new SummaryCache();

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url || change.status === 'loading') cache.drop(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => cache.drop(tabId));

function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: T): Promise<T> {
  return Promise.race([p, new Promise<T>((resolve) => setTimeout(() => resolve(onTimeout), ms))]);
}

type ContentCall = 'extract' | 'highlight';

/** Injects the content script (again: it only redefines its functions) into the tab's isolated world. */
async function injectContent(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}

/** Calls one of the injected content script's functions in the tab, returning its result. */
async function callContent(tabId: number, method: ContentCall, args: unknown[] = [], injected = injectContent(tabId)): Promise<unknown> {
  await injected;
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    func: (name: string, m: ContentCall, a: unknown[]) => {
      const api = (globalThis as unknown as Record<string, ContentApi | undefined>)[name];
      return api ? (api[m] as (...x: unknown[]) => unknown)(...a) : undefined;
    },
    args: [CONTENT_GLOBAL, method, args],
  });
  return first?.result;
}

/** The page's title and first heading, read cheaply without injecting the core. */
async function pageHeadline(tabId: number): Promise<string> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => `${document.title}\n${document.getElementsByTagName('h1')[0]?.textContent ?? ''}`,
    });
    return String(first?.result ?? '');
  } catch {
    return '';
  }
}

/** The article extracted in the tab, then its sentences, quotes and key points here, in the background. */
export async function summarizeUncached(tabId: number, injected = injectContent(tabId)): Promise<SummaryResponse> {
  const extracted = (await callContent(tabId, 'extract', [], injected)) as TimedExtraction | undefined;
  return extracted ? summaryOf(extracted) : { ok: false, reason: 'script-error' };
}

/** The summary of a tab's article: from the cache, or by running the content script. */
export async function summarizeTab(tabId: number, knownUrl?: string): Promise<SummaryResponse> {
  let url = knownUrl;
  if (url === undefined) {
    try {
      url = (await browser.tabs.get(tabId)).url;
    } catch {
      return { ok: false, reason: 'no-tab' };
    }
  }
  if (isRestrictedUrl(url)) return { ok: false, reason: 'restricted-page' };
  // Injecting is needed on a miss and harmless on a hit: started beside the headline's read, not after it.
  const injected = injectContent(tabId);
  injected.catch(() => { /* a page we may not script: answered below, or a hit that did not need it */ });
  // URL plus what the page shows as its title: an app that swaps the article without changing the URL misses the cache.
  const key = `${url}\n${await pageHeadline(tabId)}`;
  const cached = cache.get(tabId, key);
  if (cached) return cached;
  let response: SummaryResponse;
  try {
    response = await withTimeout(summarizeUncached(tabId, injected), TIMEOUT_MS, { ok: false, reason: 'timeout' });
  } catch (e) {
    // "Cannot access contents of the page", "The extensions gallery cannot be scripted", an error page…
    const message = e instanceof Error ? e.message : String(e);
    response = { ok: false, reason: /cannot (access|be scripted)|permission|Missing host/i.test(message) ? 'restricted-page' : 'script-error' };
  }
  cache.set(tabId, key, response);
  return response;
}

/**
 * The summary of the active tab of the window the user is in, the one whose toolbar button opened the popup.
 * Asked from a popup, that window is the last focused one.
 */
export async function summarizeActiveTab(): Promise<ActiveTabSummary> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return { summary: { ok: false, reason: 'no-tab' } };
  return { tabId: tab.id, summary: await summarizeTab(tab.id, tab.url) };
}

/** Scrolls the tab to a sentence and highlights it. */
export async function highlightInTab(tabId: number, block: number, text: string): Promise<boolean> {
  try {
    return (await callContent(tabId, 'highlight', [block, text])) === true;
  } catch {
    return false;
  }
}
