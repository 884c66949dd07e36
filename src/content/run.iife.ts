/**
 * Injected on demand (activeTab + scripting) into the page the reader asked
 * about. It only defines functions in the extension's isolated world; the
 * background calls them and reads their return value. Injecting twice just
 * redefines them: there is no other state.
 */
import { extractInSteps } from '../core/extract/extract';
import { CONTENT_GLOBAL, type ContentApi } from '../messages';
import { highlightText } from './highlight';

const api: ContentApi = {
  // The core clones the document: the live page is never changed by summarizing. Only extraction, the stage
  // that needs the DOM, runs here, in steps; the background does the text stages, off the page's main thread.
  // Language detection too is left to the background (summaryOf).
  extract: () => extractInSteps(document, location.href, () => new Promise((resolve) => setTimeout(resolve, 0)), undefined, false),
  highlight: (block, text) => highlightText(document, text),
};

(globalThis as unknown as Record<string, ContentApi>)[CONTENT_GLOBAL] = api;
