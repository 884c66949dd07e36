import type { LanguagePack } from './types';

/** Portuguese: recognition and page-UI lines (no quote attribution rules yet). */
export const pt: LanguagePack = {
  code: 'pt',
  stopwords: 'o de a que e do da em um para com não uma os no se na por mais as dos como mas ao ele das'.split(' '),
  abbreviations: ['sr', 'sra', 'dr', 'dra', 'etc', 'pág', 'nº', 'jan', 'fev', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  conjunctions: 'e mas ou porque'.split(' '),
  speechVerbs: ['disse', 'afirmou', 'declarou', 'explicou', 'destacou', 'acrescentou', 'segundo'],
  pronouns: ['ele', 'ela'],
  titleCues: ['intitulado', 'intitulada', 'chamado', 'lema'],
  titles: ['senhor', 'senhora', 'presidente', 'ministro', 'ministra', 'governador', 'governadora', 'prefeito', 'prefeita', 'deputado', 'deputada',
    'senador', 'senadora', 'diretor', 'diretora', 'porta-voz'],
  uiLines: ['compartilhar', 'compartilhe', 'comentários', 'publicidade', 'anúncio', 'leia mais', 'veja mais', 'mais lidas', 'fechar', 'buscar',
    'pesquisar', 'menu', 'notícias relacionadas', 'siga-nos', 'assine', 'baixar'],
  uiPrefixes: ['leia também', 'leia mais', 'veja também', 'veja mais', 'saiba mais', 'siga-nos', 'assine', 'publicado por', 'foto:', 'fonte:',
    'crédito:', 'imagem:'],
  relatedHeadings: ['leia também', 'leia mais', 'veja também', 'veja mais', 'mais lidas', 'mais notícias', 'notícias relacionadas', 'relacionad',
    'últimas notícias', 'você pode gostar', 'recomendados'],
};
