import browser from 'webextension-polyfill';
import { readSettings, STORAGE_KEY, type ReaderSettings } from './settings';

/** The reader settings from storage.sync (defaults when absent or unreadable). */
export async function loadSettings(): Promise<ReaderSettings> {
  try {
    return readSettings((await browser.storage.sync.get(STORAGE_KEY))[STORAGE_KEY]);
  } catch {
    return readSettings(undefined);
  }
}

export async function saveSettings(settings: ReaderSettings): Promise<void> {
  // Quota or a disabled sync must not break reading: the page keeps the setting until it closes.
  await browser.storage.sync.set({ [STORAGE_KEY]: settings }).catch(() => {});
}

/** Calls back when another reader tab (or device) changes the settings. */
export function onSettingsChanged(callback: (s: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes[STORAGE_KEY]) callback(readSettings(changes[STORAGE_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
