import type { PageWords } from './types';

/** Spanish words the content script reads a page with: its language, and page UI that is not article text. The rest of the language is in es.ts. */
export const esPage: PageWords = {
  code: 'es',
  stopwords: 'el la de que y en los del se las por un para con no una su al lo como más pero sus le ya o este'.split(' '),
  uiLines: ['compartir', 'comentarios', 'publicidad', 'anuncio', 'te puede interesar', 'le puede interesar', 'noticias relacionadas',
    'lo más leído', 'más leídas', 'síguenos', 'suscríbete', 'cerrar', 'buscar', 'menú', 'leer más', 'ver más', 'relacionados'],
  relatedHeadings: ['más noticias', 'más leídas', 'lo más leído', 'lo más visto', 'noticias relacionadas', 'relacionad', 'te puede interesar',
    'le puede interesar', 'lea también', 'lee también', 'ver también', 'vea también', 'últimas noticias', 'te recomendamos'],
  uiPrefixes: ['lea:', 'lea también', 'lea más', 'lee también', 'lee más', 'leer más', 'mire:', 'mira:', 'vea también', 'ver también', 'te puede interesar',
    'le puede interesar', 'puede interesarte', 'noticia relacionada', 'relacionado:', 'síguenos', 'suscríbete', 'únete', 'hazte miembro', 'foto:', 'fuente:'],
};
