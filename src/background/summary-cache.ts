import type { SummaryResponse } from '../messages';

/**
 * The last summary of each tab, keyed by URL and headline so that a
 * single-page app's navigation or a reload never shows the previous article.
 * Dropped when the tab navigates or closes.
 */
export class SummaryCache {
  private entries = new Map<number, { key: string; response: SummaryResponse }>();

  get(tabId: number, key: string): SummaryResponse | undefined {
    const e = this.entries.get(tabId);
    return e && e.key === key ? e.response : undefined;
  }

  set(tabId: number, key: string, response: SummaryResponse): void {
    if (response.ok) this.entries.set(tabId, { key, response });
  }

  drop(tabId: number): void {
    this.entries.delete(tabId);
  }
}
