/**
 * An answer started before anyone asked for it, kept for a short while for the first one who does. The popup's
 * page is requested from the service worker (a fetch event) about 100 ms before the popup's first script can send
 * a message, so the background starts summarizing then, and the popup's ask takes the summary already on its way.
 */
export class EarlyAnswer<T> {
  private pending: { at: number; answer: Promise<T> } | undefined;

  /** @param freshMs how long an unclaimed answer may wait: past it, the page it describes may have changed. */
  constructor(private readonly freshMs: number, private readonly now: () => number = Date.now) {}

  /** Starts the work now; a newer start replaces an unclaimed older one. */
  start(work: () => Promise<T>): void {
    this.pending = { at: this.now(), answer: work() };
  }

  /** The answer started early, once, if it is fresh; else undefined, and the caller does the work itself. */
  take(): Promise<T> | undefined {
    const p = this.pending;
    this.pending = undefined;
    return p && this.now() - p.at <= this.freshMs ? p.answer : undefined;
  }
}
