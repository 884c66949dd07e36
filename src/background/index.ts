/**
 * The service worker: answers the popup and the reader view, opens the reader
 * from the context menu and the keyboard shortcut. The toolbar button and its
 * shortcut (_execute_action) open the popup without any code here.
 */
import browser from 'webextension-polyfill';
import type { Request, ResponseOf } from '../messages';
import { highlightInTab, summarizeActiveTab, summarizeTab, summarizeUncached } from './summarize-tab';

const READER_MENU_ID = 'ringkas-open-reader';

async function openReader(tabId: number): Promise<{ ok: boolean }> {
  const url = browser.runtime.getURL(`src/reader/index.html?tab=${tabId}`);
  await browser.tabs.create({ url, index: undefined, openerTabId: tabId });
  return { ok: true };
}

async function handle(msg: Request): Promise<ResponseOf[Request['type']]> {
  switch (msg.type) {
    case 'summarize-active': return summarizeActiveTab();
    case 'summarize': return summarizeTab(msg.tabId);
    case 'open-reader': return openReader(msg.tabId);
    case 'highlight': return { ok: await highlightInTab(msg.tabId, msg.block, msg.text) };
    case 'summarize-uncached': return __RINGKAS_TEST__ ? summarizeUncached(msg.tabId) : { ok: false, reason: 'no-tab' };
  }
}

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own extension pages talk to us; content scripts never send messages.
  if (sender.id !== browser.runtime.id || sender.tab?.url?.startsWith('http')) return undefined;
  return handle(msg as Request);
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
