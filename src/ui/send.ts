import type { RequestOf, ResponseOf, Request } from '../messages';

type Runtime = { sendMessage(message: unknown): Promise<unknown> };

/**
 * Sends a typed request to the background and returns its typed answer. It uses the browser's own namespace, not
 * the polyfill: Firefox's `browser` and Chromium's MV3 `chrome` both return a promise here, and the popup's first
 * script sends before anything else has loaded.
 */
export function send<T extends Request['type']>(req: RequestOf<T>): Promise<ResponseOf[T]> {
  const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  return (g.browser ?? g.chrome)!.runtime.sendMessage(req) as Promise<ResponseOf[T]>;
}
