/** Small text helpers shared by the extraction steps. */
import { charAt, isLetterOrDigit } from '../chars';

/** Collapses runs of whitespace (nbsp included) and drops zero-width characters. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A key for comparing lines: lower case, no surrounding punctuation. */
export function lineKey(s: string): string {
  return normalizeSpace(s).toLowerCase().replace(/[’‘]/g, "'").replace(/^[\s\p{P}\p{S}]+|[\s\p{P}]+$/gu, '');
}

/** Counts characters of scripts written without spaces, where one character carries about a word. */
export function denseScriptChars(s: string): number {
  return s.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/g)?.length ?? 0;
}

/** Word count that also works for CJK and Thai (about two characters a word). */
export function wordCount(s: string): number {
  // Runs of letters and digits, each dense-script character breaking a run and counting half a word.
  let dense = 0;
  let spaced = 0;
  let inWord = false;
  for (let i = 0; i < s.length;) {
    const ch = charAt(s, i);
    const c = ch.charCodeAt(0);
    if (isDense(c)) {
      dense++;
      inWord = false;
    } else {
      const w = isLetterOrDigit(ch);
      if (w && !inWord) spaced++;
      inWord = w;
    }
    i += ch.length;
  }
  return spaced + Math.round(dense / 2);
}

/** Kana, CJK ideographs, Hangul, Thai: the ranges `denseScriptChars` counts. */
function isDense(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x0e00 && c <= 0x0e7f);
}
