import { render } from 'preact';
import { uiLocale } from '../ui/i18n';
import { Reader } from './Reader';

document.documentElement.lang = uiLocale();
const tabId = Number(new URLSearchParams(location.search).get('tab'));
render(<Reader tabId={Number.isInteger(tabId) ? tabId : -1} />, document.getElementById('app')!);
