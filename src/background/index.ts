/**
 * The service worker: answers the popup and the reader view, opens the reader
 * from the context menu and the keyboard shortcut. The toolbar button and its
 * shortcut (_execute_action) open the popup without any code here.
 */
import browser from 'webextension-polyfill';
import type { ActiveTabSummary, Request as Message, ResponseOf } from '../messages';
import { EarlyAnswer } from './early-answer';
import { highlightInTab, summarizeActiveTab, summarizeTab, summarizeUncached } from './summarize-tab';

const READER_MENU_ID = 'ringkas-open-reader';

/** A summary started when the popup's page was requested; the toolbar click was at most a few seconds before. */
const earlySummary = new EarlyAnswer<ActiveTabSummary>(3000);
const POPUP_PATH = `/${browser.runtime.getManifest().action?.default_popup ?? ''}`;

// Chromium routes the popup's page request through the service worker: summarizing starts then, ~100 ms before
// the popup's script runs. (Firefox's background is an event page, which gets no fetch events: there the popup's
// message starts it.)
globalThis.addEventListener?.('fetch', (event: Event) => {
  const { request } = event as Event & { request: Request };
  if (request.mode === 'navigate' && new URL(request.url).pathname === POPUP_PATH) {
    earlySummary.start(() => summarizeActiveTab().catch((): ActiveTabSummary => ({ summary: { ok: false, reason: 'script-error' } })));
  }
});

async function openReader(tabId: number): Promise<{ ok: boolean }> {
  const url = browser.runtime.getURL(`src/reader/index.html?tab=${tabId}`);
  await browser.tabs.create({ url, index: undefined, openerTabId: tabId });
  return { ok: true };
}

async function handle(msg: Message): Promise<ResponseOf[Message['type']]> {
  switch (msg.type) {
    case 'summarize-active': return earlySummary.take() ?? summarizeActiveTab();
    case 'summarize': return summarizeTab(msg.tabId);
    case 'open-reader': return openReader(msg.tabId);
    case 'highlight': return { ok: await highlightInTab(msg.tabId, msg.block, msg.text) };
    case 'summarize-uncached': return __RINGKAS_TEST__ ? summarizeUncached(msg.tabId) : { ok: false, reason: 'no-tab' };
  }
}

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own extension pages talk to us; content scripts never send messages.
  if (sender.id !== browser.runtime.id || sender.tab?.url?.startsWith('http')) return undefined;
  return handle(msg as Message);
});

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({
    id: READER_MENU_ID,
    title: browser.i18n.getMessage('openReader'),
    contexts: ['page', 'selection'],
  });
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === READER_MENU_ID && tab?.id !== undefined) void openReader(tab.id);
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'open-reader') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await openReader(tab.id);
});
