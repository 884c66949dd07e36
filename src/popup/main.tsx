import { render } from 'preact';
import { uiLocale } from '../ui/i18n';
import { App } from './App';
import { summarizeActiveTab } from './summarize-active-tab';

// Asked first: the summary is on its way while the popup renders.
const summary = summarizeActiveTab();
document.documentElement.lang = uiLocale();
render(<App summary={summary} />, document.getElementById('app')!);
