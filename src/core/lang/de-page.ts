import type { PageWords } from './types';

/** German words the content script reads a page with: its language, and page UI that is not article text. The rest of the language is in de.ts. */
export const dePage: PageWords = {
  code: 'de',
  stopwords: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei'.split(' '),
  uiLines: ['von:', 'teilen', 'drucken', 'anzeige', 'werbung', 'weitere artikel', 'auch interessant', 'empfohlene beiträge', 'ähnliche beiträge',
    'beitragsbild', 'bild anzeigen', 'mehr zum thema', 'kommentare', 'kommentar schreiben', 'zum weiterlesen', 'das könnte sie auch interessieren',
    'nach oben', 'schließen', 'suche', 'menü', 'abonnieren', 'newsletter', 'verwandte artikel', 'meistgelesen', 'zurück', 'vergrößern',
    'quellen ausblenden', 'quellen einblenden', 'externer inhalt', 'kategorien', 'twittern', 'mitteilen', 'der artikel wurde erfolgreich hinzugefügt.'],
  relatedHeadings: ['weitere artikel', 'weitere beiträge', 'weitere nachrichten', 'weitere themen', 'weitere news', 'weitere informationen', 'mehr zum thema', 'mehr artikel', 'mehr themen', 'mehr aus', 'mehr von', 'mehr news', 'mehr zu ', 'ähnliche',
    'verwandte', 'neueste', 'meistgelesen', 'siehe auch', 'das könnte sie auch interessieren', 'auch interessant', 'empfehlungen',
    'weiterführende', 'lesen sie auch', 'aktuelle artikel', 'beliebte artikel', 'diese artikel könnten dich', 'diese artikel könnten sie',
    'artikel und videos zum thema'],
  uiPrefixes: ['dieser eintrag wurde', 'dieser beitrag wurde', 'lade weitere', 'sie sind aktuell nicht eingeloggt', 'lesen sie auch', 'lesen sie hier', 'mehr zum thema', 'zum weiterlesen', 'auch interessant', 'anzeige -', 'anzeige:', 'aufrufe:',
    'kommentare insgesamt', 'hier können sie', 'foto:', 'bild:', 'quelle:', 'mehr dazu', 'weiterlesen', 'jetzt abonnieren', 'folgen sie uns',
    'bild anzeigen', 'externer inhalt', 'diese artikel könnten dich', 'diese artikel könnten sie', 'dieser artikel kann links',
    'dieser artikel enthält affiliate', 'dieser beitrag enthält affiliate'],
};
