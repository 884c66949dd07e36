import type { LanguagePack } from './types';
import { dePage } from './de-page';

/** German: recognition and page-UI lines (no quote attribution rules yet). */
export const de: LanguagePack = {
  ...dePage,
  abbreviations: ['bzw', 'ca', 'dr', 'prof', 'nr', 'str', 'usw', 'vgl', 'z.b', 'u.a', 'd.h', 'evtl', 'ggf', 'inkl', 'jan', 'feb', 'okt', 'dez'],
  conjunctions: 'und aber oder denn weil'.split(' '),
  speechVerbs: ['sagte', 'sagt', 'erklärte', 'betonte', 'meinte', 'fügte'],
  pronouns: ['er', 'sie'],
  titleCues: ['titel', 'betitelt', 'namens', 'motto'],
  titles: ['herr', 'frau', 'dr', 'prof', 'minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'sprecher', 'sprecherin'],
};
