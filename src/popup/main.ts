import { summarizeActiveTab } from './summarize-active-tab';

// Asked first, from a module that imports nothing else: the background starts on the summary while the popup's
// code (Preact, the polyfill, the views) loads and renders.
const summary = summarizeActiveTab();
void import('./mount').then(({ mount }) => mount(summary));
