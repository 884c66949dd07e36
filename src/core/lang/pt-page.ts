import type { PageWords } from './types';

/** Portuguese words the content script reads a page with: its language, and page UI that is not article text. The rest of the language is in pt.ts. */
export const ptPage: PageWords = {
  code: 'pt',
  stopwords: 'o de a que e do da em um para com não uma os no se na por mais as dos como mas ao ele das'.split(' '),
  uiLines: ['compartilhar', 'compartilhe', 'comentários', 'publicidade', 'anúncio', 'leia mais', 'veja mais', 'mais lidas', 'fechar', 'buscar',
    'pesquisar', 'menu', 'notícias relacionadas', 'siga-nos', 'assine', 'baixar'],
  uiPrefixes: ['leia também', 'leia mais', 'veja também', 'veja mais', 'saiba mais', 'siga-nos', 'assine', 'publicado por', 'foto:', 'fonte:',
    'crédito:', 'imagem:'],
  relatedHeadings: ['leia também', 'leia mais', 'veja também', 'veja mais', 'mais lidas', 'mais notícias', 'notícias relacionadas', 'relacionad',
    'últimas notícias', 'você pode gostar', 'recomendados'],
};
