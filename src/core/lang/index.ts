import { en } from './en';
import { id } from './id';
import type { LanguagePack } from './types';

export type { LanguagePack } from './types';

/** Languages with full support (abbreviations, speech verbs, UI lines). */
export const packs: Readonly<Record<string, LanguagePack>> = { en, id };

/** A pack for a language we only segment: no stopwords, no speech verbs. */
const neutral: LanguagePack = {
  code: 'und', stopwords: [], abbreviations: [], speechVerbs: [], pronouns: [], titles: [], uiLines: [], uiPrefixes: [],
};

export function packFor(lang: string): LanguagePack {
  return packs[lang.toLowerCase().split('-')[0]] ?? neutral;
}

/** UI lines of every supported language: pages often mix English UI with local text. */
export const allUiLines: ReadonlySet<string> = new Set(Object.values(packs).flatMap((p) => p.uiLines));
export const allUiPrefixes: readonly string[] = Object.values(packs).flatMap((p) => p.uiPrefixes);
