import type { ActiveTabSummary } from '../messages';
import { send } from '../ui/send';

/**
 * The summary of the active tab, or a reason there is none. The popup asks from its first, smallest script,
 * before the rest of its code has loaded, so the background's work (finding the tab, injection, extraction,
 * text stages) runs while the popup's page starts.
 */
export async function summarizeActiveTab(): Promise<ActiveTabSummary> {
  try {
    return await send<'summarize-active'>({ type: 'summarize-active' });
  } catch {
    return { summary: { ok: false, reason: 'script-error' } };
  }
}
