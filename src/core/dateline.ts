import { forText } from './latin-pattern';

/**
 * A dateline: up to five capitalised words, numbers of a date or a site name, maybe an agency in brackets, then a
 * dash: "JAKARTA, KOMPAS —", "WASHINGTON (AP) —", "PHILADELPHIA, July 25 (UPI) —", "Jakarta, CNN Indonesia --",
 * "Suara.com -".
 */
const DATELINE = /^(?:(?:\p{Lu}[\p{L}\p{N}.&'’]*|\p{N}{1,4}),?\s+){0,4}(?:\p{Lu}[\p{L}\p{N}.&'’]*|\p{N}{1,4}),?\s*(?:\([^)]{2,40}\)\s*)?[-—–]{1,2}\s+(?=\p{Lu}|["“])/u;

/** The length of the dateline opening `text` (at most 50 characters, with more than 20 after it), else 0. */
export function datelineLength(text: string): number {
  const m = text.match(forText(DATELINE, text));
  return m && m[0].length <= 50 && text.length - m[0].length > 20 ? m[0].length : 0;
}

/** Removes a leading dateline from an article's first sentence. */
export const trimDateline = (text: string): string => text.slice(datelineLength(text));
