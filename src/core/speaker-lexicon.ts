import { type LanguagePack, packs } from './lang/index';
import { charAt, isLower, isUpper } from './chars';
import { type SubjectWords, type Verbs, verbsOf } from './cue-match';
import { forText } from './latin-pattern';

/**
 * The word lists a speaker is found with: the text's language's verbs of saying, pronouns, titles, organisation
 * words and places, with English's, and the word tests built on them.
 */

export interface Lexicon {
  verbList: Verbs;
  verbSet: Set<string>;
  pronouns: Set<string>;
  firstPerson: Set<string>;
  demonyms: Set<string>;
  titles: Set<string>;
  orgWords: Set<string>;
  bodyNouns: Set<string>;
  places: Set<string>;
  placeLastWords: Set<string>;
  timeWords: Set<string>;
  placeFirstWords: Set<string>;
  stopwords: Set<string>;
  titleCues: Set<string>;
  workNouns: string[];
  byWords: Set<string>;
  conjunctions: Set<string>;
  subordinators: Set<string>;
  demonstratives: Set<string>;
  phraseOpeners: Set<string>;
  originWords: Set<string>;
  eventBefore: Set<string>;
  roleExpansions: Record<string, string>;
  he: Set<string>;
  she: Set<string>;
  /** "Sen.", "Jl.": full stops that end no sentence, in the text's language and English (Portuguese "out" and Spanish "ago" are English words). */
  abbreviations: Set<string>;
  /** The text's language capitalises every noun (German): a capital says nothing of a name. */
  capitalisedNouns: boolean;
  /** Function words may be names (the pack's wordsAsNames; so with no pack, whose word lists are every language's). */
  wordsAsNames: boolean;
}

const lexicons = new Map<string, Lexicon>();

/**
 * Speech verbs, pronouns, titles and name words of the text's language, with English (quoted English
 * runs through news in every language); of all supported languages when the language is not one of them.
 * One language's word lists must not judge another's text: Indonesian "tim" (team) is not the "Tim" of Tim Kaine.
 */
export function getLexicon(lang = ''): Lexicon {
  const code = packs[lang] ? lang : '';
  const cached = lexicons.get(code);
  if (cached) return cached;
  const all: LanguagePack[] = code ? [...new Set([packs[code], packs.en])] : Object.values(packs);
  const verbs = [...new Set(all.flatMap((p) => p.speechVerbs))].sort((a, b) => b.length - a.length);
  const lexicon: Lexicon = {
    verbList: verbsOf(verbs),
    verbSet: new Set(verbs),
    pronouns: new Set(all.flatMap((p) => p.pronouns)),
    firstPerson: new Set(all.flatMap((p) => p.firstPerson ?? [])),
    demonyms: new Set(all.flatMap((p) => p.demonyms ?? [])),
    titles: new Set(all.flatMap((p) => p.titles)),
    orgWords: new Set(all.flatMap((p) => p.orgWords ?? [])),
    bodyNouns: new Set(all.flatMap((p) => p.bodyNouns ?? [])),
    places: new Set(all.flatMap((p) => p.places ?? [])),
    placeLastWords: new Set(all.flatMap((p) => p.placeLastWords ?? [])),
    timeWords: new Set(all.flatMap((p) => p.timeWords ?? [])),
    placeFirstWords: new Set(all.flatMap((p) => p.placeFirstWords ?? [])),
    stopwords: new Set(all.flatMap((p) => [...p.stopwords, ...(p.functionWords ?? [])])),
    titleCues: new Set(all.flatMap((p) => p.titleCues ?? [])),
    workNouns: [...new Set(all.flatMap((p) => p.workNouns ?? []))],
    byWords: new Set(all.flatMap((p) => p.byWords ?? [])),
    conjunctions: new Set(all.flatMap((p) => p.conjunctions ?? [])),
    subordinators: new Set(all.flatMap((p) => p.subordinators ?? [])),
    demonstratives: new Set(all.flatMap((p) => p.demonstratives ?? [])),
    phraseOpeners: new Set(all.flatMap((p) => p.phraseOpeners ?? [])),
    originWords: new Set(all.flatMap((p) => p.originWords ?? [])),
    eventBefore: new Set(all.flatMap((p) => p.eventBefore ?? [])),
    roleExpansions: Object.assign({}, ...all.map((p) => p.roleExpansions ?? {})),
    he: new Set(all.flatMap((p) => p.firstNames?.he ?? [])),
    she: new Set(all.flatMap((p) => p.firstNames?.she ?? [])),
    abbreviations: new Set(all.flatMap((p) => p.abbreviations)),
    capitalisedNouns: !!code && !!packs[code].capitalisedNouns,
    wordsAsNames: !code || !!packs[code].wordsAsNames,
  };
  lexicons.set(code, lexicon);
  return lexicon;
}

export const clean = (w: string) => w.toLowerCase().replace(/[.,’']+$/, '').replace(/[’']s$/, '');

/** A title or role; a hyphenated one when all its parts are ("Secretary-Treasurer", not "Vice-Versa"). */
export const isTitleWord = (w: string, lx: Lexicon) => lx.titles.has(clean(w)) || (w.includes('-') && clean(w).split('-').every((p) => lx.titles.has(p)));

export const isOrgWord = (w: string, lx: Lexicon) => lx.orgWords.has(clean(w));

const subjectWordsOf = new WeakMap<Lexicon, SubjectWords>();

/** The language's words that cue-match consults around a subject (made once per lexicon). */
export function subjectWords(lx: Lexicon): SubjectWords {
  let words = subjectWordsOf.get(lx);
  if (!words) {
    words = {
      pronouns: lx.pronouns,
      isTitle: (w) => isRoleTitle(w, lx),
      // "It stated that…" stays a subject: it is a document already named, resolved as a pronoun is.
      isFunctionWord: (w) => lx.stopwords.has(w.toLowerCase()) && !lx.pronouns.has(w.toLowerCase()) && w.toLowerCase() !== 'it',
    };
    subjectWordsOf.set(lx, words);
  }
  return words;
}

/** A title or role word that is no function word ("Director", "Gov.", not "The", "former"). */
export const isRoleTitle = (w: string, lx: Lexicon) => isTitleWord(w, lx) && !lx.stopwords.has(w.toLowerCase());

/** "RI", "UN", "KPU", "UNCTAD", "L2", "NY1": two to eight capitals and digits, a capital first. */
function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 10) return false;
  const chars = [...w];
  return chars.length <= 8 && isUpper(chars[0]) && chars.every((c) => isUpper(c) || (c >= '0' && c <= '9'));
}

/** "RNC", "FBI": two capitals or more and nothing else, a body's initials. */
export const isCapitalsOnly = (w: string) => w.length >= 2 && [...w].every((c) => isUpper(c));

/** "PS", "MD", "A": initials or a short acronym that can stand inside or at the end of a name. */
export const isInitials = (w: string) => isAcronym(w) && w.length <= 3;

export const hasDigit = (w: string) => /\d/.test(w);

/** Starts with a capital: `/^\p{Lu}/u` without compiling it on every page. */
export const startsUpper = (w: string) => w.length > 0 && isUpper(charAt(w, 0));

export const startsLower = (w: string) => w.length > 0 && isLower(charAt(w, 0));

/** A lower-case word after the spaces at the start: a verb after a subject. */
const SPACE_THEN_LOWER = /^\s+\p{Ll}/u;
export const startsLowerWord = (s: string) => forText(SPACE_THEN_LOWER, s).test(s);

/** A capitalised word that can be part of a person's name: no title, organisation word, acronym or function word. */
export function isNameWord(t: string, lx: Lexicon): boolean {
  return startsUpper(t) && !isTitleWord(t, lx) && !isOrgWord(t, lx) && !isAcronym(t) && !lx.stopwords.has(clean(t));
}

/** Words that join the parts of a long role: "Menteri Riset dan Teknologi/Kepala Badan …", "Minister of Health". */
export const ROLE_JOINERS = new Set(['dan', 'and', 'of', 'for', '&', 'und', 'de', 'del', 'des', 'du', 'y', 'e']);

/** "Republican", "the Democrat": one capitalised title word, perhaps after "the" (organisations such as Reuters speak). */
export function isBareRoleWord(mention: string, lx: Lexicon): boolean {
  const word = mention.replace(/^(?:the|an?)\s+/i, '');
  return !word.includes(' ') && startsUpper(word) && isTitleWord(word, lx);
}

/** "Menlu RI", "the senator", "Republican": titles, organisations and lower-case words only, no name. */
export function isRoleOnly(written: string, lx: Lexicon): boolean {
  return written.split(/\s+/).every((t) => isTitleWord(t, lx) || isOrgWord(t, lx) || isAcronym(t) || startsLower(t));
}

/** "senator", "spokeswoman", "governors": a role word, not a connective such as "then" or "the". */
export function isRoleNoun(w: string, lx: Lexicon): boolean {
  return !lx.stopwords.has(w) && (isTitleWord(w, lx) || (w.endsWith('s') && isTitleWord(w.slice(0, -1), lx)));
}

/** The subordinator opening a text ("When Maddow asked…, Clinton…" → "when"), in lower case, else null. */
export function openingSubordinator(text: string, lx: Lexicon): string | null {
  const first = /^\s*([A-Za-z]+)\s/.exec(text)?.[1].toLowerCase();
  return first && lx.subordinators.has(first) ? first : null;
}

/** A word that can follow a subject as its verb ("has", "was", "commented", "says"), as a pattern's source. */
export const VERB_AFTER_SUBJECT = String.raw`(?:has|have|had|is|was|are|were|\p{Ll}+ed|\p{Ll}+s)`;

/** Endings of nouns for people: "organizer", "officer", "activist", "resident", "spokesman", "woman", "member". */
export const PERSON_NOUN = /(?:er|or|ist|ant|ent|man|woman|aide|source|official)$/;
