/**
 * Every message between the popup, the reader view and the background, in one
 * place. The content script is not messaged: the background runs it with
 * scripting.executeScript and reads its return value.
 */
import type { Summary } from './core/summarize';
import type { NoArticleReason, TimedExtraction } from './core/extract/extract';

/** Why the popup has nothing to show: the core's reasons plus the browser's. */
export type FailureReason = NoArticleReason | 'restricted-page' | 'no-tab' | 'timeout' | 'script-error';

/** What the popup and reader receive: a summary, or a reason they can put in plain words. */
export type SummaryResponse = Summary | { ok: false; reason: FailureReason; ms?: number };

/** The popup's question: the tab the user is looking at, and its summary. */
export interface ActiveTabSummary {
  tabId?: number;
  summary: SummaryResponse;
}

export type Request =
  // The popup asks for the active tab's summary in one message: the background finds the tab, so the popup's page
  // does not wait for a tabs.query of its own first.
  | { type: 'summarize-active' }
  | { type: 'summarize'; tabId: number }
  | { type: 'open-reader'; tabId: number }
  | { type: 'highlight'; tabId: number; block: number; text: string }
  // Test builds only (others answer 'no-tab'): the same summarizing without the cache, for bench:browser and the
  // browser fuzz test. Asked from an extension page, so no DevTools session sits on the service worker meanwhile.
  | { type: 'summarize-uncached'; tabId: number };

export interface ResponseOf {
  'summarize-active': ActiveTabSummary;
  summarize: SummaryResponse;
  'summarize-uncached': SummaryResponse;
  'open-reader': { ok: boolean };
  highlight: { ok: boolean };
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

/** The functions the content script leaves in the extension's isolated world for the background to call. */
export interface ContentApi {
  /** The article found in the page, for the background to run the text stages on. executeScript awaits the promise. */
  extract(): Promise<TimedExtraction>;
  highlight(block: number, text: string): boolean;
}

export const CONTENT_GLOBAL = '__ringkas';
