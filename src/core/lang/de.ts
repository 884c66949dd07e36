import type { LanguagePack } from './types';
import { dePage } from './de-page';

/** German: recognition and page-UI lines, and a few quote cues (verbs of saying, "so X"). */
export const de: LanguagePack = {
  ...dePage,
  abbreviations: ['bzw', 'ca', 'dr', 'prof', 'nr', 'str', 'usw', 'vgl', 'z.b', 'u.a', 'd.h', 'evtl', 'ggf', 'inkl', 'jan', 'feb', 'okt', 'dez'],
  conjunctions: 'und aber oder denn weil'.split(' '),
  speechVerbs: `sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint fügte ergänzte ergänzt kritisierte
kritisiert warnte warnt schrieb schreibt berichtete berichtet forderte fordert so räumte erläuterte erläutert versicherte
bekräftigte unterstrich mahnte`.split(/\s+/),
  pronouns: ['er', 'sie'],
  titleCues: ['titel', 'betitelt', 'namens', 'motto'],
  capitalisedNouns: true,
  // Common German first names: with capitalisedNouns, a run of capitals is a person's name only after one of these.
  firstNames: {
    he: `alexander andreas axel bernd christian christoph daniel david dieter dirk felix florian frank friedrich fritz georg gerhard
günter gunter hans harald heiko heinz helmut herbert horst jan jens jörg jürgen karl klaus lars lukas manfred marcel markus martin
matthias max maximilian michael niklas norbert olaf oliver patrick paul peter philipp rainer ralf reinhard robert rolf rudolf sebastian
stefan stephan sven thomas thorsten tim tobias torsten ulrich uwe volker walter werner wolfgang armin cem friedrich-wilhelm hubertus
joachim johannes josef jonas julian kevin lothar luca mario moritz nils otto sascha simon ulf wilfried winfried heinrich wilhelm ernst
hermann kurt erich ludwig gustav richard malte klaas hendrik henrik benedikt konstantin leon finn ben elias noah emil anton jakob
till timo dennis marco armand ahmet mehmet ali mustafa igor sergej dmitri pierre jean luc antonio giovanni carlos juan jose karsten`.split(/\s+/),
    she: `andrea angela anja anke anna annalena annegret antje barbara bettina birgit brigitte carina carola christa christiane
christina claudia cornelia dagmar daniela doris edith elisabeth elke emma eva franziska gabriele gerda gisela hanna hannah heike helga
ilse ingrid iris jana johanna julia jutta karin katarina katharina katja kerstin kirsten klara kristina laura lea lena luisa manuela
margarete maria marie marion martina melanie michaela monika nadine nicole petra renate ricarda rita ruth sabine sahra sandra sarah
saskia silke simone sophie stefanie steffi susanne svenja tanja ulrike ursula ute verena waltraud yasmin naomi karolina
nina lisa sara leonie mia alina selin aylin fatma elif olga natalia`.split(/\s+/),
  },
  titles: ['herr', 'frau', 'dr', 'prof', 'minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'sprecher', 'sprecherin'],
};
