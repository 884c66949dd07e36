import browser from 'webextension-polyfill';
import { attribution } from '../core/cite';
import type { FailureReason } from '../messages';

/** A string from _locales in the browser's language; the key itself if missing, so a gap is visible. */
export function t(key: string, arg?: string | number): string {
  return browser.i18n.getMessage(key, arg === undefined ? undefined : [String(arg)]) || key;
}

export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}

const REASON_KEYS: Record<FailureReason, string> = {
  'restricted-page': 'reasonRestrictedPage',
  'no-article': 'reasonNoArticle',
  'too-large': 'reasonTooLarge',
  'empty-page': 'reasonEmptyPage',
  timeout: 'reasonTimeout',
  'script-error': 'reasonScriptError',
  'no-tab': 'reasonNoTab',
};

/** Why there is nothing to show, in plain words. */
export function reasonText(reason: FailureReason): string {
  return t(REASON_KEYS[reason] ?? 'reasonScriptError');
}

/** Who a quote is from, in the reader's language: "Martin O’Malley, according to the Las Vegas Sun"; null if unknown. */
export function quoteBy(q: { speaker: string | null; via?: string | null }): string | null {
  return attribution(q, (via) => t('accordingTo', via));
}
