import type { LanguagePack } from './types';
import { frPage } from './fr-page';

/** French: recognition and page-UI lines (no quote attribution rules yet). */
export const fr: LanguagePack = {
  ...frPage,
  abbreviations: ['m', 'mm', 'mme', 'mlle', 'dr', 'pr', 'etc', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
  functionWords: 'ils elles nous vous on leur leurs lui eux cependant depuis ainsi aussi alors donc toutefois pourtant selon après avant pendant lorsque quand puis enfin cette ces cet son sa ses mais ou car rappelons notons certes outre désormais'.split(' '),
  conjunctions: 'et mais ou car parce'.split(' '),
  speechVerbs: ['a dit', 'dit', 'a déclaré', 'déclare', 'a expliqué', 'explique', 'a ajouté', 'ajoute', 'selon'],
  pronouns: ['il', 'elle'],
  titleCues: ['intitulé', 'intitulée', 'baptisé', 'thème'],
  titles: ['m.', 'mme', 'monsieur', 'madame', 'président', 'présidente', 'ministre', 'porte-parole', 'maire', 'directeur', 'directrice'],
};
