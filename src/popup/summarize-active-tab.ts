import type { ActiveTabSummary, RequestOf, ResponseOf } from '../messages';

interface Runtime { sendMessage(message: unknown): Promise<unknown> }
type Namespace = { runtime: Runtime } | undefined;

/**
 * The summary of the active tab, or a reason there is none. The popup asks from its first, smallest script,
 * before the rest of its code has loaded, so the background's work (finding the tab, injection, extraction,
 * text stages) runs while the popup's page starts. It uses the browser's own namespace, not the polyfill:
 * both Firefox's `browser` and Chromium's MV3 `chrome` return a promise here, and the polyfill would have to load first.
 */
export async function summarizeActiveTab(): Promise<ActiveTabSummary> {
  const g = globalThis as unknown as { browser?: Namespace; chrome?: Namespace };
  const request: RequestOf<'summarize-active'> = { type: 'summarize-active' };
  try {
    const answer = await (g.browser ?? g.chrome)!.runtime.sendMessage(request);
    return answer as ResponseOf['summarize-active'];
  } catch {
    return { summary: { ok: false, reason: 'script-error' } };
  }
}
