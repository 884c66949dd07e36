import browser from 'webextension-polyfill';
import type { SummaryResponse } from '../messages';
import { send } from '../ui/send';

/** The active tab (when there is one) and the background's summary of it, or a reason there is none. */
export interface ActiveTabSummary {
  tabId?: number;
  summary: SummaryResponse;
}

/**
 * Asks for the summary of the active tab. The popup calls it before its first render, so the background's work
 * (injection, extraction, text stages) runs while the popup's page is still starting.
 */
export async function summarizeActiveTab(): Promise<ActiveTabSummary> {
  const tabId = (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return { summary: { ok: false, reason: 'no-tab' } };
  try {
    performance.mark('p:sent');
    const r = await send<'summarize'>({ type: 'summarize', tabId });
    performance.mark('p:answer');
    (globalThis as any).__sw = (r as any)._t;
    return { tabId, summary: r };
  } catch {
    return { tabId, summary: { ok: false, reason: 'script-error' } };
  }
}
