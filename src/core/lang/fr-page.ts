import type { PageWords } from './types';

/** French words the content script reads a page with: its language, and page UI that is not article text. The rest of the language is in fr.ts. */
export const frPage: PageWords = {
  code: 'fr',
  stopwords: 'le de la les et des en un une du est que pour qui dans sur pas au par plus ne se ce il sont avec elle'.split(' '),
  uiLines: ['partager', 'commentaires', 'publicité', 'à lire aussi', 'lire aussi', 'sur le même sujet', 'les plus lus', 'suivez-nous',
    'fermer', 'rechercher', 'menu', 'lire la suite', "s'abonner", 'abonnez-vous', 'articles similaires', 'imprimer',
    'imprimer cette page', 'permalien'],
  relatedHeadings: ['à lire aussi', 'lire aussi', 'sur le même sujet', 'les plus lus', 'voir aussi', 'dans la même rubrique',
    'articles similaires', 'à découvrir', 'dernières actualités', 'nos autres articles', 'audios et vidéos sur le sujet',
    'vidéos sur le sujet'],
  uiPrefixes: ['lire aussi', 'à lire aussi', 'voir aussi', 'à voir aussi', 'sur le même sujet', 'suivez-nous', 'abonnez-vous', 'photo :', 'photo:', 'crédit :', 'source :', 'imprimer ', 'permalien '],
};
