import type { LanguagePack } from './types';

/** French: recognition and page-UI lines (no quote attribution rules yet). */
export const fr: LanguagePack = {
  code: 'fr',
  stopwords: 'le de la les et des en un une du est que pour qui dans sur pas au par plus ne se ce il sont avec elle'.split(' '),
  abbreviations: ['m', 'mm', 'mme', 'mlle', 'dr', 'pr', 'etc', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
  conjunctions: 'et mais ou car parce'.split(' '),
  speechVerbs: ['a dit', 'dit', 'a déclaré', 'déclare', 'a expliqué', 'explique', 'a ajouté', 'ajoute', 'selon'],
  pronouns: ['il', 'elle'],
  titleCues: ['intitulé', 'intitulée', 'baptisé', 'thème'],
  titles: ['m.', 'mme', 'monsieur', 'madame', 'président', 'présidente', 'ministre', 'porte-parole', 'maire', 'directeur', 'directrice'],
  uiLines: ['partager', 'commentaires', 'publicité', 'à lire aussi', 'lire aussi', 'sur le même sujet', 'les plus lus', 'suivez-nous',
    'fermer', 'rechercher', 'menu', 'lire la suite', "s'abonner", 'abonnez-vous', 'articles similaires', 'imprimer',
    'imprimer cette page', 'permalien'],
  relatedHeadings: ['à lire aussi', 'lire aussi', 'sur le même sujet', 'les plus lus', 'voir aussi', 'dans la même rubrique',
    'articles similaires', 'à découvrir', 'dernières actualités', 'nos autres articles', 'audios et vidéos sur le sujet',
    'vidéos sur le sujet'],
  uiPrefixes: ['lire aussi', 'à lire aussi', 'voir aussi', 'à voir aussi', 'sur le même sujet', 'suivez-nous', 'abonnez-vous', 'photo :', 'photo:', 'crédit :', 'source :', 'imprimer ', 'permalien '],
};
