import { render } from 'preact';
import type { ActiveTabSummary } from '../messages';
import { uiLocale } from '../ui/i18n';
import { App } from './App';

/** Renders the popup around the summary it has already asked for. */
export function mount(summary: Promise<ActiveTabSummary>): void {
  document.documentElement.lang = uiLocale();
  render(<App summary={summary} />, document.getElementById('app')!);
}
