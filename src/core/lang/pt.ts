import type { LanguagePack } from './types';
import { ptPage } from './pt-page';

/** Portuguese: recognition and page-UI lines (no quote attribution rules yet). */
export const pt: LanguagePack = {
  ...ptPage,
  abbreviations: ['sr', 'sra', 'dr', 'dra', 'etc', 'pág', 'nº', 'jan', 'fev', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  functionWords: 'após desde segundo quando enquanto porém contudo também então eles elas nós este esta estes estas esse essa seus suas hoje ontem depois antes durante'.split(' '),
  conjunctions: 'e mas ou porque'.split(' '),
  speechVerbs: ['disse', 'afirmou', 'declarou', 'explicou', 'destacou', 'acrescentou', 'segundo'],
  pronouns: ['ele', 'ela'],
  titleCues: ['intitulado', 'intitulada', 'chamado', 'lema'],
  titles: ['senhor', 'senhora', 'presidente', 'ministro', 'ministra', 'governador', 'governadora', 'prefeito', 'prefeita', 'deputado', 'deputada',
    'senador', 'senadora', 'diretor', 'diretora', 'porta-voz'],
};
