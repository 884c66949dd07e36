import { dePage } from './de-page';
import { enPage } from './en-page';
import { esPage } from './es-page';
import { frPage } from './fr-page';
import { idPage } from './id-page';
import { ptPage } from './pt-page';
import type { PageWords } from './types';

/** Every supported language's page words: all the content script carries of the language packs. */
export const pageWords: readonly PageWords[] = [enPage, idPage, dePage, esPage, frPage, ptPage];

/** UI lines of every supported language: pages often mix English UI with local text. */
export const allUiLines: ReadonlySet<string> = new Set(pageWords.flatMap((p) => p.uiLines));
export const allUiPrefixes: readonly string[] = pageWords.flatMap((p) => p.uiPrefixes);
export const allRelatedHeadings: readonly string[] = pageWords.flatMap((p) => p.relatedHeadings ?? []);
