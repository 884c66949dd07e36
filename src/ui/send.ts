import browser from 'webextension-polyfill';
import type { RequestOf, ResponseOf, Request } from '../messages';

/** Sends a typed request to the background and returns its typed answer. */
export function send<T extends Request['type']>(req: RequestOf<T>): Promise<ResponseOf[T]> {
  return browser.runtime.sendMessage(req) as Promise<ResponseOf[T]>;
}
