import { render } from 'preact';
import browser from 'webextension-polyfill';
import { uiLocale } from '../ui/i18n';
import { App } from './App';

document.documentElement.lang = uiLocale();
render(<App getTabId={async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id} />, document.getElementById('app')!);
