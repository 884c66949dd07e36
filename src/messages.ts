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

export type Request =
  | { type: 'summarize'; tabId: number }
  | { type: 'open-reader'; tabId: number }
  | { type: 'highlight'; tabId: number; block: number; text: string };

export interface ResponseOf {
  summarize: SummaryResponse;
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
