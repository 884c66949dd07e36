import type { LanguagePack } from './types';
import { esPage } from './es-page';

/** Spanish: recognition and page-UI lines (no quote attribution rules yet). */
export const es: LanguagePack = {
  ...esPage,
  abbreviations: ['sr', 'sra', 'dr', 'dra', 'ud', 'uds', 'etc', 'pág', 'núm', 'ene', 'feb', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic'],
  functionWords: 'tras desde según aunque cuando mientras pero sin además también luego entonces ellos ellas nosotros este esta estos estas ese esa sus su hoy ayer después antes durante'.split(' '),
  conjunctions: 'y e pero o u porque'.split(' '),
  speechVerbs: ['dijo', 'afirmó', 'aseguró', 'explicó', 'señaló', 'indicó', 'agregó', 'añadió', 'declaró', 'según'],
  pronouns: ['él', 'ella'],
  titleCues: ['titulado', 'titulada', 'lema'],
  titles: ['señor', 'señora', 'presidente', 'presidenta', 'ministro', 'ministra', 'portavoz', 'alcalde', 'alcaldesa', 'director', 'directora'],
};
