/** Small text helpers shared by the extraction steps. */
import { forText, WORD_RUN } from '../latin-pattern';

/** Collapses runs of whitespace (nbsp included) and drops zero-width characters. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}]+$/gu;

/** A key for comparing lines: lower case, no surrounding punctuation. */
export function lineKey(s: string): string {
  const lower = normalizeSpace(s).toLowerCase().replace(/[’‘]/g, "'");
  return lower.replace(forText(EDGE_PUNCTUATION, lower), '');
}

/** Counts characters of scripts written without spaces, where one character carries about a word. */
export function denseScriptChars(s: string): number {
  return s.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/g)?.length ?? 0;
}

/** Word count that also works for CJK and Thai (about two characters a word). */
export function wordCount(s: string): number {
  const dense = denseScriptChars(s);
  const rest = s.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/g, ' ');
  const spaced = rest.match(forText(WORD_RUN, rest))?.length ?? 0;
  return spaced + Math.round(dense / 2);
}
