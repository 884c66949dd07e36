import type { LanguagePack } from './types';

/** Spanish: recognition and page-UI lines (no quote attribution rules yet). */
export const es: LanguagePack = {
  code: 'es',
  stopwords: 'el la de que y en los del se las por un para con no una su al lo como más pero sus le ya o este'.split(' '),
  abbreviations: ['sr', 'sra', 'dr', 'dra', 'ud', 'uds', 'etc', 'pág', 'núm', 'ene', 'feb', 'abr', 'ago', 'sept', 'oct', 'nov', 'dic'],
  conjunctions: 'y e pero o u porque'.split(' '),
  speechVerbs: ['dijo', 'afirmó', 'aseguró', 'explicó', 'señaló', 'indicó', 'agregó', 'añadió', 'declaró', 'según'],
  pronouns: ['él', 'ella'],
  titleCues: ['titulado', 'titulada', 'lema'],
  titles: ['señor', 'señora', 'presidente', 'presidenta', 'ministro', 'ministra', 'portavoz', 'alcalde', 'alcaldesa', 'director', 'directora'],
  uiLines: ['compartir', 'comentarios', 'publicidad', 'anuncio', 'te puede interesar', 'le puede interesar', 'noticias relacionadas',
    'lo más leído', 'más leídas', 'síguenos', 'suscríbete', 'cerrar', 'buscar', 'menú', 'leer más', 'ver más', 'relacionados'],
  relatedHeadings: ['más noticias', 'más leídas', 'lo más leído', 'lo más visto', 'noticias relacionadas', 'relacionad', 'te puede interesar',
    'le puede interesar', 'lea también', 'lee también', 'ver también', 'vea también', 'últimas noticias', 'te recomendamos'],
  uiPrefixes: ['lea:', 'lea también', 'lea más', 'lee también', 'lee más', 'leer más', 'mire:', 'mira:', 'vea también', 'ver también', 'te puede interesar',
    'le puede interesar', 'puede interesarte', 'noticia relacionada', 'relacionado:', 'síguenos', 'suscríbete', 'únete', 'hazte miembro', 'foto:', 'fuente:'],
};
