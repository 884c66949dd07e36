import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { id } from './id';
import { pt } from './pt';
import type { LanguagePack } from './types';

export type { LanguagePack, PageWords } from './types';

/** Languages with language data. English and Indonesian are complete; German, Spanish, French and Portuguese have recognition and UI lines. */
export const packs: Readonly<Record<string, LanguagePack>> = { en, id, de, es, fr, pt };

/** A pack for a language we only segment: no stopwords, no speech verbs. */
const neutral: LanguagePack = {
  code: 'und', stopwords: [], abbreviations: [], speechVerbs: [], pronouns: [], titles: [], uiLines: [], uiPrefixes: [],
};

export function packFor(lang: string): LanguagePack {
  return packs[lang.toLowerCase().split('-')[0]] ?? neutral;
}
