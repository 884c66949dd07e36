import { packs, type LanguagePack } from './lang/index';
import { charAt, charBefore, isLetter, isLetterOrDigit, isLower, isSpace, isUpper } from './chars';
import { accordingTo, accordingToBefore, commaNames, containsVerb, dashSignature, followsPreposition, lowerWordEnd, nameAfter, nameAfterRole, namesWithVerbs, nyaCue, subjectThenVerb, subjectVerbBefore, verbsOf, verbSubjectBefore, verbThenDescription, verbThenSubject, type SubjectWords, type Verbs } from './cue-match';
import { forText } from './latin-pattern';
import { NAME_CONNECTORS, nameEnd, scanNames, skipSpace } from './names';
import { findQuoteSpans, joinInterrupted, quoteWords, spanParts, type QuoteSpan } from './quote-spans';

/** A direct quote of the article and who said it. */
export interface Quote {
  /** The quoted words, quote marks included, exactly as in the text (with any attribution that interrupts them). */
  text: string;
  /** The quoted parts without the attributions that interrupt them: `"…,"` and `"…"` of `"…," she said, "…"`. */
  parts: string[];
  /** The speaker as a reader should see it: a full name where the article gives one. */
  speaker: string | null;
  /** The words that attributed it ("said", "ujar", "tegasnya"). */
  cue: string | null;
  start: number;
  end: number;
}

/** Unicode patterns, used through forText (see latin-pattern.ts). */
const CAPITALS_AROUND_SLASH = /^\p{Lu}[\p{L}\d-]*\/\p{Lu}/u;
/** " (MUI) ", " (PDI-P) ": an organisation's acronym in brackets, and the capital that starts the next name. */
const ACRONYM_THEN_NAME = /^\s*\(\p{Lu}[\p{Lu}\d-]{1,8}\)\s+(?=\p{Lu})/u;
const LOWER_WORD_NEXT = /^\s+(\p{Ll}+)/u;
// "…, said Robert Egge.": the same at a sentence's end, a name of two words or more.
const VERB_NAME_END = /,["”’]?\s+(\p{Ll}+)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+)\.(?=\s|$)/gu;
const ACCORDING_NAME = /(?:[Mm]enurut|[Aa]ccording to)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*),/gu;
const VERB_NAME_ASIDE = /,["”’]?\s+(\p{Ll}+)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*),/gu;
const ACCORDING_DESCRIPTION = /[Aa]ccording to ([Tt]he(?:\s+[\p{Ll}-]+){1,3}),?\s*$/u;
const ACCORDING_THE_NAME = /[Aa]ccording to the (\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4}),?\s*$/u;
const CAPITALISED_WORD_THEN_SPACE = /^(\p{Lu}\p{Ll}*)\s+/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*/u;
const JOINED_VERB = /^[”"’'\s,]*(?:(?:and|but|dan|tetapi)\s+|(?=\p{Ll}+ing\s))(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;
/** ", federal prosecutors wrote": up to three lower-case words, the last a plural, then a lower-case word. */
const PLURAL_THEN_VERB = /^[\s,]*((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*s)\s+(\p{Ll}+)/u;
/** "’s", "’d", "’ll", "’ve", "’re" after a pronoun. */
const CONTRACTION = /^['’](?:s|d|ll|ve|re)(?=\s)/u;
/** A verb ending the text before a quote: "but said ", "claimed on Tuesday that ", "wrote: ". */
const VERB_AT_END = /(\p{Ll}+)(?:\s+on\s+\p{Lu}\p{Ll}+)?(?:\s+that)?[,:]?\s*$/u;
/** "what aide Kevin Phillips called ", "what Trump has described as ": a role-led name naming what is quoted. */
const WHAT_X_CALLED = /\bwhat\s+((?:\p{Ll}+\s+){0,3}\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s+(?:has\s+|had\s+)?(?:called|termed|dubbed|described\s+as)\s*$/u;
/**
 * " dari UGM", " of the Brookings Institution", " 008 RW 009": a place, an owner or a number before the comma that
 * gives a name.
 */
const OWNER_THEN_COMMA = /^\s+(?:(?:dari|di|pada|of|at|from)\s+(?:the\s+)?\p{Lu}[^,.;:!?]{0,60}|(?:[\p{Lu}\d][\p{L}\d./-]*\s*){1,6})(?=,)/u;
/** "Mrs. Clinton", "Mr. Sanders": an honorific and a capitalised name. */
const HONORIFIC_NAME = /\b(Mr|Mrs|Ms|Dr)\.\s+([A-Z][\w’'-]+)/g;
/** ", according to a court document filed by …": an indefinite or definite source of up to 80 characters. */
const ACCORDING_SOURCE = /^[\s,]*according to ((?:a|an|the)\s+(?:[^,.;:!?"“”]|\.(?=\S)){1,80}?)\s*(?:[,;]|\.(?=\s|$)|$)/u;
/** "Black Lives Matter issued a statement": a capitalised run that issued, released or put out a statement. */
const ISSUED_STATEMENT = /(\p{Lu}[\p{L}.’'&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'&-]*){0,5})\s+(?:issued|released|put out|posted)\s+(?:a|an)\s+(?:\p{Ll}+\s+)?statement/gu;
/** "the protesters", "the two senators": "the", up to two words, a plural noun (not "-ss", "-us", "-is"). */
const PLURAL_DESCRIPTION = /^the\s+(?:[\p{Ll}\d-]+\s+){0,2}\p{Ll}+[^sui\s]s$/u;
const COMMA_THEN_LOWER = /^,?\s+\p{Ll}/u;
const SPACE_THEN_LOWER = /^\s+\p{Ll}/u;
const startsLowerWord = (s: string) => forText(SPACE_THEN_LOWER, s).test(s);

/** A word ending in -nya ("katanya", "ujarnya"). */
const CLAUSE_OPENS = /(?:^|[,;:]|[.!?]["”’]?|\bwhile|\bwhereas|\bbut)\s*$/u;
const APPOSITIVE = /^,\s+(?:the|a|an|\d+|\p{Ll}+ing)\b[^,.;:!?“”"]{0,80},/u;
const DATELINE = /^\p{Lu}[\p{Lu}\s.’'-]+,[^—–\n]{0,40}?\s[—–]\s+/u;
const NYA_WORD = /\b\p{Ll}+nya\b/u;

/** Quotes shorter than this are scare quotes or titles, not statements. */
const MIN_QUOTE_WORDS = 4;

interface Lexicon {
  verbList: Verbs;
  verbSet: Set<string>;
  pronouns: Set<string>;
  titles: Set<string>;
  orgWords: Set<string>;
  bodyNouns: Set<string>;
  places: Set<string>;
  placeLastWords: Set<string>;
  stopwords: Set<string>;
  titleCues: Set<string>;
  workNouns: string[];
  byWords: Set<string>;
  conjunctions: Set<string>;
  roleExpansions: Record<string, string>;
  he: Set<string>;
  she: Set<string>;
  /** "Sen.", "Jl.": full stops that end no sentence, in the text's language and English (Portuguese "out" and Spanish "ago" are English words). */
  abbreviations: Set<string>;
}

const lexicons = new Map<string, Lexicon>();

/**
 * Speech verbs, pronouns, titles and name words of the text's language, with English (quoted English
 * runs through news in every language); of all supported languages when the language is not one of them.
 * One language's word lists must not judge another's text: Indonesian "tim" (team) is not the "Tim" of Tim Kaine.
 */
function getLexicon(lang = ''): Lexicon {
  const code = packs[lang] ? lang : '';
  const cached = lexicons.get(code);
  if (cached) return cached;
  const all: LanguagePack[] = code ? [...new Set([packs[code], packs.en])] : Object.values(packs);
  const verbs = [...new Set(all.flatMap((p) => p.speechVerbs))].sort((a, b) => b.length - a.length);
  const lexicon: Lexicon = {
    verbList: verbsOf(verbs),
    verbSet: new Set(verbs),
    pronouns: new Set(all.flatMap((p) => p.pronouns)),
    titles: new Set(all.flatMap((p) => p.titles)),
    orgWords: new Set(all.flatMap((p) => p.orgWords ?? [])),
    bodyNouns: new Set(all.flatMap((p) => p.bodyNouns ?? [])),
    places: new Set(all.flatMap((p) => p.places ?? [])),
    placeLastWords: new Set(all.flatMap((p) => p.placeLastWords ?? [])),
    stopwords: new Set(all.flatMap((p) => p.stopwords)),
    titleCues: new Set(all.flatMap((p) => p.titleCues ?? [])),
    workNouns: [...new Set(all.flatMap((p) => p.workNouns ?? []))],
    byWords: new Set(all.flatMap((p) => p.byWords ?? [])),
    conjunctions: new Set(all.flatMap((p) => p.conjunctions ?? [])),
    roleExpansions: Object.assign({}, ...all.map((p) => p.roleExpansions ?? {})),
    he: new Set(all.flatMap((p) => p.firstNames?.he ?? [])),
    she: new Set(all.flatMap((p) => p.firstNames?.she ?? [])),
    abbreviations: new Set(all.flatMap((p) => p.abbreviations)),
  };
  lexicons.set(code, lexicon);
  return lexicon;
}

interface Mention {
  /** As written: "Menlu RI", "he", "Smith", "the senator". */
  text: string;
  cue: string;
  /** A -nya cue, a pronoun or a description: the speaker is someone already named. */
  anaphoric: boolean;
  /** An unnamed source ("one senior Democrat"): the speaker as written. */
  unnamed?: boolean;
}

const clean = (w: string) => w.toLowerCase().replace(/[.,’']+$/, '').replace(/[’']s$/, '');
/** A title or role; a hyphenated one when all its parts are ("Secretary-Treasurer", not "Vice-Versa"). */
const isTitleWord = (w: string, lx: Lexicon) => lx.titles.has(clean(w)) || (w.includes('-') && clean(w).split('-').every((p) => lx.titles.has(p)));
const isOrgWord = (w: string, lx: Lexicon) => lx.orgWords.has(clean(w));
const subjectWordsOf = new WeakMap<Lexicon, SubjectWords>();

/** The language's words that cue-match consults around a subject (made once per lexicon). */
function subjectWords(lx: Lexicon): SubjectWords {
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
const isRoleTitle = (w: string, lx: Lexicon) => isTitleWord(w, lx) && !lx.stopwords.has(w.toLowerCase());
/** "RI", "UN", "KPU", "UNCTAD", "L2", "NY1": two to eight capitals and digits, a capital first. */
function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 10) return false;
  const chars = [...w];
  return chars.length <= 8 && isUpper(chars[0]) && chars.every((c) => isUpper(c) || (c >= '0' && c <= '9'));
}
/** "PS", "MD", "A": initials or a short acronym that can stand inside or at the end of a name. */
const isInitials = (w: string) => isAcronym(w) && w.length <= 3;
const hasDigit = (w: string) => /\d/.test(w);
/** Starts with a capital: `/^\p{Lu}/u` without compiling it on every page. */
const startsUpper = (w: string) => w.length > 0 && isUpper(charAt(w, 0));
const startsLower = (w: string) => w.length > 0 && isLower(charAt(w, 0));

/** A capitalised word that can be part of a person's name: no title, organisation word, acronym or function word. */
function isNameWord(t: string, lx: Lexicon): boolean {
  return startsUpper(t) && !isTitleWord(t, lx) && !isOrgWord(t, lx) && !isAcronym(t) && !lx.stopwords.has(clean(t));
}

/** Words that join the parts of a long role: "Menteri Riset dan Teknologi/Kepala Badan …", "Minister of Health". */
const ROLE_JOINERS = new Set(['dan', 'and', 'of', 'for', '&', 'und', 'de', 'del', 'des', 'du', 'y', 'e']);

/** Strips leading titles, roles and organisations: "Menteri Luar Negeri RI Retno Marsudi" → "Retno Marsudi". */
export function bareName(mention: string, lx = getLexicon()): string {
  const tokens = mention.trim().split(/\s+/);
  // The name is the last run of capitalised tokens that are neither titles, organisation words nor acronyms (RI, AS, UN).
  let start = tokens.length;
  // "Mahfud MD": a short acronym may end a name.
  if (start > 1 && isInitials(tokens[start - 1]) && isNameWord(tokens[start - 2], lx)) start--;
  while (start > 0) {
    const t = tokens[start - 1];
    const isConnector = NAME_CONNECTORS.has(t) && start < tokens.length;
    // "Bambang PS Brodjonegoro": initials before the last name are part of the name ("Komnas HAM Choirul Anam" has an
    // organisation's acronym before a full name).
    const initials = isInitials(t) && start === tokens.length - 1 && start > 1 && isNameWord(tokens[start - 2], lx);
    // "The Blaze’s Matt Walsh", "Colorado’s Kendal Unruh": the person is whoever follows the possessive.
    if ((!isNameWord(t, lx) && !isConnector && !initials) || (start < tokens.length && /[’']s$/.test(t))) break;
    start--;
  }
  return tokens.slice(start).join(' ').replace(/[’']s$/, '').replace(/(?<=s)[’']$/, '') || mention;
}

/** Words that begin a place's name ("New York", "North Korea") rather than end it. */
const PLACE_MODIFIERS: ReadonlySet<string> = new Set(['new', 'north', 'south', 'east', 'west', 'united', 'arab', 'saudi', 'amerika', 'timor']);

/** Does the text name this word as a place: after "di", "ke", "dari", "in", "Kota", "Kecamatan"…? */
function namedAsPlace(text: string, word: string): boolean {
  return wordPositions(text, word).some((i) => /(?:^|\s)(?:di|ke|dari|in|at|(?<!Wali\s)Kota|Kabupaten|Kecamatan|Kelurahan|Desa)\s+$/.test(text.slice(Math.max(0, i - 12), i)));
}

/** Does the text write this capitalised word in lower case somewhere ("perekonomian" of "Bidang Perekonomian")? */
function writtenLower(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  return lower !== word && wordPositions(text, lower).length > 0;
}

/**
 * What stands before a person's name and is no part of it: a region ("Jawa Timur"), a place inside the run
 * ("Conwood Indonesia Rizki…"), a leading capitalised word that the article also uses without the rest of the name
 * ("Kalsel Nurul Fajar Desira" → "Nurul Fajar Desira"). But after a role, a word the article quotes someone by is a
 * first name ("Menteri Pertanian Syahrul Yasin Limpo" with "kata Syahrul" stays whole; "Clinton Global Initiative"
 * has no role before it), and a word the article also writes in lower case is the role's ("Bidang Perekonomian").
 */
function trimLeadingPlace(name: string, text: string, lx: Lexicon, afterRole = false): string {
  let tokens = name.split(/\s+/);
  const length = tokens.length;
  // "Gubernur Jawa Timur Khofifah Indar Parawansa", "Jakarta Selatan Juriah": a region's name, ended by its compass
  // word, before the person.
  if (tokens.length >= 4 && lx.placeLastWords.has(clean(tokens[1]))) tokens = tokens.slice(2);
  // "Conwood Indonesia Rizki Kresno Edhie": a company named for its country, then the person.
  const place = tokens.findIndex((t) => lx.places.has(clean(t)) && !lx.placeLastWords.has(clean(t)) && !PLACE_MODIFIERS.has(clean(t)));
  if (place >= 0 && tokens.length - place - 1 >= 2) tokens = tokens.slice(place + 1);
  while (tokens.length >= 2 && lx.placeLastWords.has(clean(tokens[0]))) tokens = tokens.slice(1);
  // After a place cut off, what is left follows a role, as after a title ("IARFC Indonesia Aidil Akbar Madjid", "kata Aidil").
  const role = afterRole || tokens.length < length;
  // A word the article quotes someone by is a first name, role or not ("Tri mengatakan" keeps "Tri Yunis Miko"),
  // unless it is someone else's surname ("Donald Trump" … "Trump National Doral").
  // Initials after the word hold it to the name ("Bambang PS Brodjonegoro").
  while (tokens.length > 2 && standsAlone(text, tokens[0], tokens[1]) && !isInitials(tokens[1])
    && (!speaksAs(text, tokens[0], lx) || (!role && endsAName(text, tokens[0], lx)))) tokens = tokens.slice(1);
  // "PT Panca Karya Rusdy Ambon" … "kata Rusdy": a word the article quotes the person by starts the name, when the
  // words before it never speak alone and the last of them stands elsewhere without it ("milik Panca Karya"), as no
  // first name does ("Kiagus Ahmad Sarnubi" … "ungkap Ahmad").
  if (role && tokens.length > 2 && !speaksAs(text, tokens[0], lx)) {
    const first = tokens.findIndex((t, i) => i > 0 && i < tokens.length - 1 && speaksAs(text, t, lx));
    if (first > 0 && tokens.slice(0, first).every((t) => !speaksAs(text, t, lx)) && standsAlone(text, tokens[first - 1], tokens[first])) tokens = tokens.slice(first);
  }
  // "Puskesmas Pamulang Fitri" … "kata Fitri": after a body, a place the article names as one ("di Pamulang"), then
  // the one-word name the person is quoted by. Never a known first name ("Bernie Sanders").
  const firstName = lx.he.has(tokens[0].toLowerCase()) || lx.she.has(tokens[0].toLowerCase());
  if (role && tokens.length === 2 && !firstName && namedAsPlace(text, tokens[0]) && !speaksAs(text, tokens[0], lx) && speaksAs(text, tokens[1], lx)) tokens = tokens.slice(1);
  // "Satpol PP DKI Jakarta Arifin": a known place before a one-word name.
  if (tokens.length === 2 && lx.places.has(clean(tokens[0])) && !PLACE_MODIFIERS.has(clean(tokens[0]))) tokens = tokens.slice(1);
  // "Menko Bidang Perekonomian Airlangga Hartarto": a word the article also writes in lower case ("perekonomian")
  // is the role's, not the name's.
  while (role && tokens.length > 2 && writtenLower(text, tokens[0]) && !PLACE_MODIFIERS.has(clean(tokens[0])) && !speaksAs(text, tokens[0], lx)) tokens = tokens.slice(1);
  return tokens.join(' ');
}

/** Does the text attribute words to `word` alone: right after a verb of saying ("kata Budi", "said Budi") or before one ("Budi said")? */
function speaksAs(text: string, word: string, lx: Lexicon): boolean {
  for (const i of wordPositions(text, word)) {
    const end = i + word.length;
    const written = trailingWord(text.slice(Math.max(0, i - 20), i).trimEnd());
    const before = written.toLowerCase();
    if (lx.verbSet.has(before) || before === 'menurut') return true;
    // "Budi mengatakan", not "Pemkot Bekasi menyatakan" (the word ends an organisation's name there).
    const after = forText(LOWER_WORD_NEXT, text.slice(end, end + 20)).exec(text.slice(end, end + 20))?.[1] ?? '';
    if (lx.verbSet.has(after) && (!startsUpper(written) || written.endsWith('.'))) return true;
  }
  return false;
}

/** Does `word` end someone's name somewhere in the text: after a known first name, before no other capital ("Donald Trump said")? */
function endsAName(text: string, word: string, lx: Lexicon): boolean {
  return wordPositions(text, word).some((i) => {
    const before = trailingWord(text.slice(Math.max(0, i - 30), i).trimEnd());
    const next = skipSpace(text, i + word.length);
    const first = before.toLowerCase();
    return (lx.he.has(first) || lx.she.has(first)) && !(next > i + word.length && isUpper(charAt(text, next)));
  });
}

/** Does `word` occur in the text as a whole word not followed by `next`? */
function standsAlone(text: string, word: string, next: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (i > 0 && isLetterOrDigit(charBefore(text, i))) continue;
    if (end < text.length && isLetterOrDigit(charAt(text, end))) continue;
    let j = end;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (j > end && text.startsWith(next, j)) continue;
    return true;
  }
  return false;
}

/** "Interestingly", "Recently", "Apparently", "Unfortunately": endings of English adverbs, seldom of names. */
const ADVERB_ENDING = /(?:ingly|ently|antly|ously|ately|ally|edly|ively|fully|lessly)$/;

/** Prepositions that open a sentence's phrase before its subject ("Regarding Trump’s rhetoric, Woods…"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'to', 'for', 'into', 'by', 'with', 'without', 'about', 'after', 'before', 'during', 'regarding', 'following', 'including', 'of', 'amid', 'despite', 'since', 'under', 'over', 'like', 'unlike', 'as']);

/** Does a capitalised phrase look like a person (not a place, organisation or title alone)? */
function looksLikePerson(phrase: string, lx: Lexicon): boolean {
  const tokens = phrase.split(/\s+/);
  // "U.S. He says": a pronoun after an abbreviation is the next sentence, not part of a name.
  if (tokens.some((t) => isOrgWord(t, lx) || lx.pronouns.has(t.toLowerCase()))) return false;
  // "Penanggulangan Covid-19", "Kongres Pemuda II 2020": a number names an event, a law or a product, not a person.
  if (tokens.some(hasDigit)) return false;
  // "…Pasal I. Padahal, …": a full stop, then a function word, is a sentence's end and the next one's start ("Al From",
  // "George Will" are names).
  if (tokens.some((t, i) => i > 0 && tokens[i - 1].endsWith('.') && lx.stopwords.has(t.toLowerCase()))) return false;
  // "Regarding Trump", "In Iowa", "Of Carson": a sentence's opening phrase, not a name; nor an adverb opening the
  // sentence ("Interestingly Blocher", not "Sally" or "Kelly").
  if (tokens.length > 1 && (PHRASE_OPENERS.has(tokens[0].toLowerCase()) || (tokens[0].length >= 7 && ADVERB_ENDING.test(tokens[0])))) return false;
  // Places: "North Korea", "Karawang Barat".
  if (tokens.every((t) => lx.places.has(clean(t))) || (tokens.length > 1 && lx.placeLastWords.has(clean(tokens[tokens.length - 1])))) return false;
  return tokens.some((t) => startsUpper(t) && startsLower(t.slice(charAt(t, 0).length)) && !isTitleWord(t, lx));
}

function classify(text: string, lx: Lexicon): boolean {
  if (lx.pronouns.has(text.toLowerCase())) return true;
  // "the senator", "The Senator", "a spokeswoman": an article and a word; but not "the Senate" (lower-case article, capital).
  const article = /^(?:the|an?)\s+/i.exec(text);
  if (!article) return false;
  const next = charAt(text, article[0].length);
  // "The Senator" in title case describes someone; "The New York Times" is an organisation's name.
  const rest = text.slice(article[0].length).split(/\s+/);
  // "the Utah Republican asks": a place or party, then a role, describes someone named.
  if (isUpper(next) && rest.length > 1 && isRoleTitle(rest.at(-1)!, lx) && !rest.some((w) => isOrgWord(w, lx))) return true;
  if (isUpper(next) && rest.length > 1 && isOrgWord(rest.at(-1)!, lx) && !rest.some((w) => isTitleWord(w, lx))) return false;
  return (isLower(next) || isUpper(next)) && !(/^(?:the|an?)\s/.test(text) && isUpper(next));
}

/** "the Ohio governor said", "the Republican presidential candidate told": "the", a capital, then a role: a description of someone named. */
function describesSomeone(right: string, subject: string, cue: string, lx: Lexicon): boolean {
  if (!/^(?:the|an?)\s/.test(subject)) return false;
  const at = right.indexOf(subject);
  const between = right.slice(at + subject.length, right.indexOf(cue, at + subject.length));
  return between.split(/\s+/).some((t) => startsLower(t) && (isTitleWord(t, lx) || isRoleNoun(t, lx)));
}

/**
 * "kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo": after a role
 * and its places, the person's name comes last among the comma-separated names.
 */
function appositiveName(mention: string, after: string, lx: Lexicon): string {
  const tokens = mention.split(/\s+/);
  // "Pelaksana Tugas Direktur Jenderal …": a title anywhere in the run leads a role.
  const roleLed = tokens.some((t) => isRoleTitle(t, lx) || isOrgWord(t, lx));
  if (!roleLed) return mention;
  const chained = nameEndingRole(`${mention}${after.slice(0, roleChainEnd(after))}`, lx);
  if (chained) return chained;
  // "anggota Tim Peneliti GeNose dari UGM, Dian Kesumapramudya Nurputra": the body's place or owner, then the name.
  const chunks = commaNames(after.replace(forText(OWNER_THEN_COMMA, after), ''));
  for (let i = chunks.length - 1; i >= 0; i--) if (looksLikePerson(chunks[i], lx)) return chunks[i];
  // "kata Komandan … Darurat Covid-19 (RSDC) Wisma Atlet, Jakarta Pusat, Letnan Kolonel Laut dokter gigi M Arifin": a
  // role that names no one yet; the person is the last name before the sentence ends.
  // Not past a clause or a circumstance ("… saat meninjau … di Istana Kepresidenan Bogor", "… before the event hosted
  // by Scott Brown").
  if (!looksLikePerson(bareName(mention, lx), lx)) {
    const end = after.search(/[.;!?](?:\s|$)|\s(?:di|dari|ke|kepada|pada|dengan|untuk|saat|seusai|ketika|sebelum|setelah|yang|in|at|on|from|with|after|before|during|when|while|who|which)\s/);
    const person = scanNames(after.slice(0, Math.min(end < 0 ? after.length : end, 200))).map((r) => bareName(r.text, lx))
      .filter((n) => n.includes(' ') && looksLikePerson(n, lx)).at(-1);
    if (person) return person;
  }
  return mention;
}


/**
 * How far a role runs on after its first words: capitalised words, numbers, joiners, slashes, asides in
 * brackets, and commas before more of the same ("Bidang Politik, Hukum, dan Keamanan Mahfud MD").
 */
function roleChainEnd(s: string): number {
  let end = 0;
  const token = /^(\s*,?\s*)(\([^()]{1,40}\)|[^\s,.;:!?()]+)/;
  for (let rest = s; rest.length;) {
    const m = token.exec(rest);
    if (!m) break;
    const word = m[2].replace(/[’']s$/, '');
    const ok = m[2].startsWith('(') || startsUpper(word) || /^[\d/–-]/.test(word) || ROLE_JOINERS.has(word) || forText(CAPITALS_AROUND_SLASH, word).test(word);
    if (!ok || (m[1].includes(',') && !startsUpper(word) && !ROLE_JOINERS.has(word))) break;
    end += m[0].length;
    rest = rest.slice(m[0].length);
  }
  return end;
}

/**
 * The person's name that ends a long role: "Kepala Humas Daop 1 Eva Chairunisa" → "Eva Chairunisa",
 * "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD" → "Mahfud MD" (a short acronym may end
 * a name). Null when the role ends in no name of two words.
 */
function nameEndingRole(chain: string, lx: Lexicon): string | null {
  // An aside in brackets names no one: after the name it is left out ("Jim Clyburn (D-S.C.)"), inside the role it
  // ends the role's words ("Lembaga Ilmu Pengetahuan Indonesia (LIPI) Dewi Fortuna Anwar").
  // "…Akmal Malik, Kamis (7/5/2020)": a day or a date after the name's comma is no part of it.
  const lastComma = chain.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length)).lastIndexOf(',');
  const tail = lastComma < 0 ? '' : chain.slice(lastComma + 1).replace(/\([^()]*\)/g, ' ');
  if (tail.trim() && !tail.split(/\s+/).some((t) => isNameWord(t, lx))) chain = chain.slice(0, lastComma);
  // A comma parts a place from the name after it ("Kabupaten Bekasi, Alamsyah"): no name runs across one.
  const tokens = chain.replace(/\s*\([^()]*\)\s*$/, '').replace(/\([^()]*\)/g, ' | ').replace(/,/g, ' | ').replace(/[()]/g, ' ').trim().split(/\s+/);
  let start = tokens.length;
  if (start > 1 && isInitials(tokens[start - 1])) start--;
  const nameLike = (t: string | undefined) => !!t && isNameWord(t, lx) && !t.includes('/');
  while (start > 0) {
    const t = tokens[start - 1];
    // An initial-like acronym between two name words ("Bambang PS Brodjonegoro") is part of the name.
    const initials = isInitials(t) && nameLike(tokens[start - 2]) && start < tokens.length;
    if (!nameLike(t) && !initials) break;
    start--;
    // "Politik, Hukum, dan Keamanan Mahfud MD": a word after a joiner is the last of the role's list.
    if (ROLE_JOINERS.has(tokens[start - 1] ?? '')) { start++; break; }
  }
  const name = tokens.slice(start).join(' ');
  const words = tokens.length - start;
  return words >= 2 && start > 0 && looksLikePerson(name, lx) ? name : null;
}

const ACCORDING = /according to|menurut/i;
/** "the statement", "the report": a document, not a description of a person. */
const DOCUMENT_NOUNS = /\b(?:statement|report|letter|release|ad|video|post|article|paper|book|memo|email|tweet|complaint|lawsuit|filing|document)s?$/;
/** More things written or decided, which an article brings in as "a resolution" and quotes as "the resolution". */
const WRITTEN_NOUNS = /\b(?:resolution|message|order|ruling|clip)$/;

function mentionAfter(right: string, lx: Lexicon, nested = false): Mention | null {
  const verb = containsVerb(right, lx.verbList);
  // , ujar Menlu RI / , said John Smith / , kata dia / , kata juru bicara X, Alamsyah
  const vs = verb ? verbThenSubject(right, lx.verbList) : null;
  const words = vs?.between?.trim();
  if (vs?.unnamed) return { text: vs.subject, cue: vs.cue, anaphoric: false, unnamed: true };
  if (vs && (!words || words.split(/\s+/).every((w) => isTitleWord(w, lx) || /^(?:the|a|an|of|for)$/.test(w)) || describesByName(words, lx))) {
    const rest = right.slice(vs.end);
    // "said the Florida senator": a description of someone named before, not a person called Florida.
    const described = /^the$/i.test(words ?? '') ? forText(LOWER_WORD_NEXT, rest).exec(rest) : null;
    if (described && isTitleWord(described[1], lx)) return { text: `the ${vs.subject} ${described[1]}`, cue: vs.cue, anaphoric: true };
    // "said Republican party boss Reince Priebus": a role word, more role words, then the person.
    const role = !words && isRoleOnly(vs.subject, lx) ? nameAfterRole(rest, 0, (w) => !lx.stopwords.has(w)) : null;
    if (role) return { text: rest.slice(...role), cue: vs.cue, anaphoric: false };
    const text = classify(vs.subject, lx) ? vs.subject : appositiveName(`${vs.between}${vs.subject}`.trim(), rest, lx);
    return { text, cue: vs.cue, anaphoric: classify(vs.subject, lx) };
  }
  // , tegasnya / , katanya
  const nya = nyaCue(right);
  if (nya && lx.verbSet.has(nya)) return { text: nya, cue: nya, anaphoric: true };
  // , John Smith said / , he told reporters / , the senator said / , Smith, a spokesman for X, said. Not after "and":
  // "…sand “glow in the dark,” for instance, and Trump vowed to…" is the next clause's subject.
  const sv = verb && !/^[\s,.]*(?:and|but|or|dan|tetapi|namun)\s/.test(right) ? subjectThenVerb(right, lx.verbList) : null;
  if (sv) return { text: sv.subject, cue: sv.cue, anaphoric: !sv.unnamed && (classify(sv.subject, lx) || describesSomeone(right, sv.subject, sv.cue, lx)), unnamed: sv.unnamed };
  // ", federal prosecutors wrote", "officials said": people left unnamed, shown as written.
  const plural = verb ? forText(PLURAL_THEN_VERB, right).exec(right) : null;
  if (plural && lx.verbSet.has(plural[2]) && plural[1].split(/\s+/).every((w, i) => (i === 0 && /^(?:his|her|their)$/.test(w)) || !lx.stopwords.has(w))) {
    return { text: plural[1], cue: plural[2], anaphoric: false, unnamed: true };
  }
  // , according to John Smith / , menurut Ketua KPU
  const acc = ACCORDING.test(right) ? accordingTo(right) : null;
  if (acc) return { text: acc.subject, cue: acc.cue, anaphoric: classify(acc.subject, lx) };
  // ", according to a court document filed by state attorney Dave Aronberg": the person it names, else the source as
  // written ("according to a transcript of the show").
  const source = ACCORDING.test(right) ? forText(ACCORDING_SOURCE, right).exec(right) : null;
  if (source) {
    const by = /\sby\s+(.+)$/.exec(source[1]);
    const run = by ? scanNames(by[1]).at(-1) : undefined;
    if (run && looksLikePerson(bareName(run.text, lx), lx)) return { text: run.text, cue: 'according to', anaphoric: false };
    return { text: source[1], cue: 'according to', anaphoric: false, unnamed: true };
  }
  // ” ― Karen Bobadilla
  const signed = dashSignature(right);
  if (signed && looksLikePerson(bareName(signed.subject, lx), lx)) return { text: signed.subject, cue: signed.cue, anaphoric: false };
  // ", said the base chief, who…": a description that names nobody, shown as written.
  const described = verb ? verbThenDescription(right, lx.verbList) : null;
  if (described && !DOCUMENT_NOUNS.test(described.subject) && !lx.stopwords.has(described.subject.split(/\s+/).at(-1)!)) {
    return { text: described.subject, cue: described.cue, anaphoric: false, unnamed: true };
  }
  // "“the beginning of the end” for the EU, said Geert Wilders": a few words finish the sentence's clause first.
  const clause = verb ? /^[^.!?;:"“”\n]{1,100}?,(?=\s)/.exec(right) : null;
  const afterClause = clause && !nested ? mentionAfter(right.slice(clause[0].length), lx, true) : null;
  if (afterClause || !verb || nested) return afterClause;
  // "“We are frustrated and horrified” by the mass shooting at a nightclub…, Nefzi said.": the sentence's last clause.
  const comma = right.lastIndexOf(', ');
  const tail = comma > 0 ? right.slice(comma) : '';
  const last = tail ? subjectThenVerb(tail, lx.verbList) : null;
  if (!last || last.unnamed || !/^[\s.!?]*$/.test(tail.slice(last.end))) return null;
  return { text: last.subject, cue: last.cue, anaphoric: classify(last.subject, lx) };
}

/** Does the text before the quote end in a verb of saying ("but said “", "claimed on Tuesday that “", "wrote: “")? */
function cueRightBefore(left: string, lx: Lexicon): boolean {
  const m = forText(VERB_AT_END, left).exec(left);
  return !!m && lx.verbSet.has(m[1]);
}

/** After the quote, does the subject's verb go on to a clause ("Gov. Pat McCrory said it would be…")? */
function cueOpensClause(right: string, mention: Mention): boolean {
  const at = right.indexOf(mention.cue);
  if (at < 0 || !/^(?:said|says|argued|claimed|noted|added|wrote)$/.test(mention.cue)) return false;
  // "…said Wednesday she, too, wants…": a day may come first.
  return /^\s+(?:(?:on\s+)?[A-Z][a-z]+day,?\s+)?(?:the|it|that|he|she|they|this|there|his|her|its|their|we)[\s,]/.test(right.slice(at + mention.cue.length));
}

/** "Rubio was asked by Fox Business moderator Gerard Baker whether…": the agent of a passive "asked" or "told". */
function passiveAgent(left: string, lx: Lexicon): Mention | null {
  const m = /\b(?:was|were|is|are|been|being)\s+(asked|told)\s+by\s+/.exec(left);
  if (!m) return null;
  const rest = left.slice(m.index + m[0].length);
  const run = scanNames(rest.slice(0, 120)).find((n) => !beforeRole(rest, n.index + n.text.length, lx) && looksLikePerson(bareName(n.text, lx), lx));
  // Only a role's lower-case words may stand before the name ("by Fox Business moderator Gerard Baker").
  if (!run || /[,.;:]/.test(rest.slice(0, run.index))) return null;
  return { text: bareName(run.text, lx), cue: m[1], anaphoric: false };
}

function mentionBefore(left: string, lx: Lexicon): Mention | null {
  const passive = passiveAgent(left, lx);
  if (passive) return passive;
  // Smith said: "… / Presiden mengatakan, "… / Trump said the plan was "… / Abedin, a vice chairwoman, wrote: "…
  const verb = containsVerb(left, lx.verbList);
  const sv = verb ? subjectVerbBefore(left, lx.verbList, subjectWords(lx)) : null;
  if (sv && !/^(?:according|menurut)$/i.test(sv.cue)) {
    // "the Democrat convention committee said": the lower-case words before the verb end a body's description.
    const at = left.indexOf(sv.subject);
    const between = at < 0 ? '' : left.slice(at + sv.subject.length, left.indexOf(sv.cue, at + sv.subject.length)).trim();
    if (/^the\s/i.test(sv.subject) && between && between.split(/\s+/).length <= 2 && lx.bodyNouns.has(between.split(/\s+/).at(-1)!)) {
      return { text: `${sv.subject} ${between}`, cue: sv.cue, anaphoric: true };
    }
    return { text: sv.subject, cue: sv.cue, anaphoric: !sv.unnamed && (classify(sv.subject, lx) || describesSomeone(left, sv.subject, sv.cue, lx)), unnamed: sv.unnamed };
  }
  const acc = ACCORDING.test(left) ? accordingToBefore(left) : null;
  if (acc) return { text: acc.subject, cue: acc.cue, anaphoric: classify(acc.subject, lx) };
  // "According to the newspaper, “…": a description, resolved like "the newspaper wrote".
  const described = ACCORDING.test(left) ? forText(ACCORDING_DESCRIPTION, left).exec(left) : null;
  if (described) return { text: described[1], cue: 'according to', anaphoric: true };
  // "According to the Daily Caller, “…": a name after "the", the body itself.
  const body = ACCORDING.test(left) ? forText(ACCORDING_THE_NAME, left).exec(left) : null;
  if (body && !isRoleOnly(body[1], lx)) return { text: body[1], cue: 'according to', anaphoric: false, unnamed: true };
  // "…led to what aide Kevin Phillips called “…”": the person who named the thing quoted.
  const called = forText(WHAT_X_CALLED, left).exec(left);
  if (called) {
    const run = scanNames(called[1]).at(-1);
    if (run && looksLikePerson(bareName(run.text, lx), lx)) return { text: run.text, cue: 'called', anaphoric: false };
  }
  // He added, "…" / Kata dia, "…"
  const vs = verb ? verbSubjectBefore(left, lx.verbList) : null;
  if (vs) return { text: vs.subject, cue: vs.cue, anaphoric: classify(vs.subject, lx) };
  return null;
}

/**
 * "Menteri Riset dan | Teknologi Bambang Brodjonegoro": the text before `at` ends in a joiner after a capitalised
 * run that opens with a title, so the name at `at` starts with the role's last word. ("for Mary J. Blige",
 * "Clinton and Mary J. Blige" have no role before the joiner.)
 */
function afterRoleJoiner(text: string, at: number, lx: Lexicon): boolean {
  const words = text.slice(Math.max(0, at - 80), at).split(/\s+/).filter(Boolean);
  if (!ROLE_JOINERS.has(words.pop() ?? '')) return false;
  let first = words.length;
  while (first > 0 && startsUpper(words[first - 1])) first--;
  return first < words.length && isTitleWord(words[first], lx);
}

/** The length of " (MUI) " when an acronym in brackets and another name follow at `end`; else 0. */
function acronymThenName(text: string, end: number): number {
  const s = text.slice(end, end + 14);
  return forText(ACRONYM_THEN_NAME, s).exec(s)?.[0].length ?? 0;
}

/** A person named in the text; `titled` when a title or role stands before the name ("Kepala Dinas X Budi"). */
interface Person { name: string; index: number; titled: boolean }

/** Capitalised names of two or more tokens that look like people, with their positions. */
function fullNames(text: string, lx: Lexicon): Person[] {
  const out: Person[] = [];
  let line = { end: -1, headline: false };
  for (const m of scanNames(text)) {
    // One token stays one token (most capitals: a sentence's first word, a lone surname): no full name.
    if (!/\s/.test(m.text)) continue;
    // A headline capitalises every word: its capitals run together into names of no one ("Encourage Indiana").
    if (m.index >= line.end) {
      const start = text.lastIndexOf('\n', m.index) + 1;
      const newline = text.indexOf('\n', m.index);
      const end = newline < 0 ? text.length : newline;
      line = { end, headline: isHeadline(text.slice(start, end), lx) };
    }
    // There only a common first name and the word after it are taken ("George Pataki Blasts…" → "George Pataki").
    let written = m.text;
    if (line.headline) {
      const [first, second] = m.text.split(/\s+/);
      if (!second || !(lx.he.has(first.toLowerCase()) || lx.she.has(first.toLowerCase()))) continue;
      written = `${first} ${second}`;
    }
    // "Majelis Ulama Indonesia (MUI) Anwar Abbas": the run before an acronym and another name is an organisation.
    if (acronymThenName(text, m.index + m.text.length)) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index).split(/\s+/).filter(Boolean).at(-1) ?? '';
    // "Riset dan Teknologi Bambang Brodjonegoro": after a joiner, the run's first word ends the role's list.
    let at = m.index;
    if (written.split(/\s+/).length > 2 && afterRoleJoiner(text, m.index, lx)) {
      at += written.indexOf(' ') + 1;
      written = written.slice(at - m.index);
    }
    const stripped = bareName(written, lx);
    const afterRole = at > m.index || isRoleTitle(before, lx) || written.trim().split(/\s+/).slice(0, -stripped.split(/\s+/).length).some((w) => isRoleTitle(w, lx));
    const bare = trimLeadingPlace(stripped, text, lx, afterRole);
    if (bare.split(/\s+/).length < 2 || !looksLikePerson(bare, lx)) continue;
    const titled = afterRole || bare !== written.trim();
    out.push({ name: bare, index: at + written.length - bare.length, titled });
  }
  return out;
}

/** A line in title case: five words or more of four letters or more, besides function words, all capitalised. */
function isHeadline(line: string, lx: Lexicon): boolean {
  const words = line.split(/\s+/).filter((w) => w.length >= 4 && !lx.stopwords.has(w.toLowerCase()));
  return words.length >= 5 && words.every((w) => startsUpper(w.replace(/^[^\w]+/, '')));
}

/** The name that follows the latest earlier occurrence of `form` (any case) before `at`. */
function lastNameAfter(text: string, at: number, form: string, lx: Lexicon): string | null {
  return namesAfter(text, at, form, lx).next().value ?? null;
}

/** The people named right after a role before `at` ("Menlu Retno Marsudi", "president Jim Yong Kim"), latest first. */
function* namesAfter(text: string, at: number, form: string, lx: Lexicon): Generator<string> {
  const lower = text.slice(0, at).toLowerCase();
  const needle = form.toLowerCase();
  for (let i = lower.lastIndexOf(needle); i >= 0; i = i === 0 ? -1 : lower.lastIndexOf(needle, i - 1)) {
    if (i > 0 && isLetter(charBefore(lower, i))) continue;
    // "Wakil Presiden Ma’ruf Amin", "Vice President Biden": after another title word it is another role.
    if (isTitleWord(trailingWord(text.slice(Math.max(0, i - 30), i).trimEnd()), lx)) continue;
    const found = nameAfter(text, i + needle.length);
    if (found) {
      const name = bareName(found, lx);
      if (looksLikePerson(name, lx) && !isTitleWord(name.split(' ')[0], lx)) yield name;
    }
  }
}

/**
 * "the president said": of the people the article named after that role, the one it names most ("President Obama"
 * in an article about Obama, not the World Bank's "president Jim Yong Kim" mentioned once).
 */
function roleHolder(text: string, at: number, role: string, names: Person[], lx: Lexicon): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const name of new Set(namesAfter(text, at, role, lx))) {
    const count = wordPositions(text.slice(0, at), name.split(' ').at(-1)!).length;
    if (count > bestCount) { best = name; bestCount = count; }
  }
  return best ? expandToFullName(best, names.filter((n) => n.index < at)) : null;
}

/**
 * "Retno" or "Smith" → the earlier full name holding that token that the article writes most often ("Donald Trump",
 * not the book title's "Real Donald Trump" nor "Trump World"); at a tie, the latest.
 */
function expandToFullName(name: string, earlier: Person[]): string {
  if (name.split(/\s+/).length > 1) return name;
  let best: string | null = null;
  let bestCount = 0;
  const counts = new Map<string, number>();
  for (const { name: full } of earlier) {
    if (!full.split(/\s+/).includes(name)) continue;
    const count = (counts.get(full) ?? 0) + 1;
    counts.set(full, count);
    if (count >= bestCount) { best = full; bestCount = count; }
  }
  return best ?? name;
}

/** "Republican", "the Democrat": one capitalised title word, perhaps after "the" (organisations such as Reuters speak). */
function isBareRoleWord(mention: string, lx: Lexicon): boolean {
  const word = mention.replace(/^(?:the|an?)\s+/i, '');
  return !word.includes(' ') && startsUpper(word) && isTitleWord(word, lx);
}

/**
 * "retired neurosurgeon", "former tech executive", "election lawyer": lower-case words of a description before a
 * name, without an article ("said the senior Cruz adviser" describes someone else) or a word of grammar.
 */
function describesByName(words: string, lx: Lexicon): boolean {
  // "added his campaign manager Jeff Weaver": a possessive may open the description.
  // "master of ceremonies": "of" inside the description.
  const list = words.replace(/^(?:his|her|their)\s+(?=\S)/, '').split(/\s+/);
  return list.every((w, i) => /^[a-z-]+$/.test(w) && (!lx.stopwords.has(w) || (w === 'of' && i > 0 && i < list.length - 1)));
}

/** "Menlu RI", "the senator", "Republican": titles, organisations and lower-case words only, no name. */
function isRoleOnly(written: string, lx: Lexicon): boolean {
  return written.split(/\s+/).every((t) => isTitleWord(t, lx) || isOrgWord(t, lx) || isAcronym(t) || startsLower(t));
}

/**
 * Turns a mention into the name a reader should see: titles stripped, a
 * surname or role resolved to the full name given earlier in the article.
 */
function resolveMention(mention: string, at: number, text: string, names: Person[], lx: Lexicon): string {
  const earlier = names.filter((n) => n.index < at);
  const written = mention.replace(/^the\s+/i, '');
  const bare = bareName(written, lx);
  // "Fox News", "Associated Press": an organisation's name, no role in it, speaks for itself.
  const tokens = written.split(/\s+/);
  if (tokens.length > 1 && tokens.every((t) => startsUpper(t) && !isTitleWord(t, lx) && !/[’']s$/.test(t)) && isOrgWord(tokens.at(-1)!, lx)) return written;
  if (isRoleOnly(written, lx)) {
    // "Menlu RI" → the person the article introduced as "Menteri Luar Negeri RI Retno Marsudi" or "Menlu Retno".
    const first = written.split(/\s+/)[0].toLowerCase();
    const forms = [written];
    if (lx.roleExpansions[first]) forms.push(lx.roleExpansions[first] + written.slice(first.length));
    forms.push(first);
    if (lx.roleExpansions[first]) forms.push(lx.roleExpansions[first]);
    for (const form of forms) {
      const found = lastNameAfter(text, at, form, lx);
      if (found) return expandToFullName(found, earlier);
    }
    return written;
  }
  // A role stripped from the front makes what follows a name after a role ("Menko Polhukam … Keamanan Mahfud MD").
  return bare.split(/\s+/).length === 1 ? expandToFullName(bare, earlier) : expandShortName(trimLeadingPlace(bare, text, lx, bare !== written.trim()), earlier);
}

/**
 * "Sri Mulyani" → "Sri Mulyani Indrawati": a name of two words or more that begins the one full name the article
 * gave after a role ("Menteri Keuangan Sri Mulyani Indrawati"). Not a place named after someone ("Bandara
 * Abdulrachman Saleh Malang" has no role before it).
 */
function expandShortName(name: string, earlier: Person[]): string {
  const longer = new Set(earlier.filter((n) => n.titled && n.name.startsWith(`${name} `)).map((n) => n.name));
  return longer.size === 1 ? [...longer][0] : name;
}

/** "A Plus reporter Isaac Saul": a description that ends in a role word and a person's name is that person. */
function nameEndingDescription(description: string, lx: Lexicon): string | null {
  const tokens = description.split(/\s+/);
  let start = tokens.length;
  while (start > 0 && isNameWord(tokens[start - 1], lx)) start--;
  return tokens.length - start >= 2 && start > 0 && startsLower(tokens[start - 1]) && !lx.stopwords.has(tokens[start - 1]) ? tokens.slice(start).join(' ') : null;
}

/**
 * "The most telling promise Mrs. Clinton has made…: “…,” she has said": with nobody else named, the latest person
 * named by an honorific that fits the pronoun ("Mrs." and "Ms." for "she", "Mr." for "he").
 */
function honorificName(text: string, at: number, pronoun: string, names: Person[]): string | null {
  const p = pronoun.toLowerCase();
  const fits = (h: string) => h === 'Dr' || (p === 'she' ? h !== 'Mr' : p === 'he' ? h === 'Mr' : true);
  const found = [...text.slice(Math.max(0, at - 2000), at).matchAll(HONORIFIC_NAME)].filter((m) => fits(m[1])).at(-1);
  return found ? expandToFullName(found[2], names.filter((n) => n.index < at)) : null;
}

/** Does the name's first word say the pronoun's gender ("she" and "Hillary Clinton")? */
function matchesGender(pronoun: string, name: string, lx: Lexicon): boolean {
  const first = name.split(/\s+/)[0].toLowerCase();
  const p = pronoun.toLowerCase();
  return (p === 'she' && lx.she.has(first)) || (p === 'he' && lx.he.has(first));
}

/** Would this pronoun contradict the name's evident gender ("she" for "Marco Rubio")? */
function genderClash(pronoun: string, name: string, lx: Lexicon): boolean {
  const first = name.split(/\s+/)[0].toLowerCase();
  const p = pronoun.toLowerCase();
  // "the man", "the woman": a description can say it too.
  const noun = /^the\s/i.test(name) ? name.split(/\s+/).at(-1)!.toLowerCase() : '';
  if (noun) return (p === 'she' && MALE_NOUNS.has(noun)) || (p === 'he' && FEMALE_NOUNS.has(noun));
  return (p === 'she' && lx.he.has(first) && !lx.she.has(first)) || (p === 'he' && lx.she.has(first) && !lx.he.has(first));
}

const MALE_NOUNS: ReadonlySet<string> = new Set(['man', 'boy', 'father', 'husband', 'son', 'brother', 'spokesman', 'businessman', 'congressman', 'chairman']);
const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'girl', 'mother', 'wife', 'daughter', 'sister', 'spokeswoman', 'businesswoman', 'congresswoman', 'chairwoman']);

/** Start of the sentence around `at` (a rough cut at . ! ? or a newline); "Sen." or an initial does not end one. */
function sentenceStart(text: string, at: number, lx: Lexicon): number {
  for (let i = at - 1; i >= 0 && i > at - 400; i--) {
    const ch = text[i];
    if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && /[\s—–]/.test(text[i + 1] ?? '') && !(ch === '.' && isAbbreviation(text, i, lx)))) return i + 1;
  }
  return Math.max(0, at - 400);
}

/** The letters and full stops that end `s` ("Rep.", "J"). */
function trailingWord(s: string): string {
  let i = s.length;
  while (i > 0) {
    const ch = charBefore(s, i);
    if (ch !== '.' && !isLetter(ch)) break;
    i -= ch.length;
  }
  return s.slice(i);
}

/** Start of the sentence before the one starting at `ownStart`, across the spaces or paragraph break between them. */
function previousSentenceStart(text: string, ownStart: number, lx: Lexicon): number {
  let end = ownStart;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end > 0 ? sentenceStart(text, end - 1, lx) : 0;
}

/** "G.K", "J.R": initials, each one capital (the last full stop is the one being asked about). */
function isDottedInitials(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let i = 0; i < word.length; i++) if (i % 2 ? word[i] !== '.' : !isUpper(word[i])) return false;
  return true;
}

/** Is the full stop at `dot` the end of "Rep.", "Dr." or an initial ("J.") rather than of a sentence? */
function isAbbreviation(text: string, dot: number, lx: Lexicon, from = 0): boolean {
  const word = trailingWord(text.slice(Math.max(from, dot - 12), dot));
  return (word.length > 0 && charAt(word, 0) === word && isUpper(word)) || lx.abbreviations.has(word.toLowerCase()) || isDottedInitials(word);
}

/** End of the sentence starting at `at`; a full stop after "Rep.", "Dr." or an initial does not end it. */
function sentenceEnd(text: string, at: number, lx: Lexicon): number {
  const re = /[.!?](?=\s|$)|\n/g;
  re.lastIndex = at;
  for (let m = re.exec(text); m && m.index < at + 300; m = re.exec(text)) {
    if (m[0] === '.' && isAbbreviation(text, m.index, lx, at)) continue;
    return m.index + 1;
  }
  return Math.min(text.length, at + 300);
}

/** Left context of a quote: its sentence, or the line before when that line ends with a colon. */
function leftContext(text: string, s: QuoteSpan, prevEnd: number, lx: Lexicon): string {
  let from = Math.max(prevEnd, sentenceStart(text, s.start, lx));
  if (!text.slice(from, s.start).trim()) {
    const before = text.slice(Math.max(prevEnd, s.start - 300), s.start);
    if (/:\s*$/.test(before)) from = Math.max(prevEnd, sentenceStart(text, text.slice(0, s.start).trimEnd().length - 1, lx));
  }
  return text.slice(from, s.start);
}

/** The last person named as the subject of a speech verb between `from` and `to`: "Smith said the plan…". */
function lastReportedSpeaker(text: string, from: number, to: number, names: Person[], lx: Lexicon): string | null {
  if (!containsVerb(text.slice(from, to), lx.verbList)) return null;
  const known = names.filter((n) => n.index < to);
  // "Smith said", "Smith, the mayor, said", and "The mayor, Smith, said" (the name as an aside).
  let found: string | null = null;
  const span = text.slice(from, to);
  // "Namun tahun ini, ungkap Ahmad, jamaah…": a verb and a name as an aside inside a sentence; in text order with
  // the names before their verbs.
  const asides = [...span.matchAll(forText(VERB_NAME_ASIDE, span)), ...span.matchAll(forText(VERB_NAME_END, span))].filter((m) => lx.verbSet.has(m[1])).map((m) => ({ at: m.index!, written: m[2] }));
  // "Menurut Mansuri, Kementerian Perdagangan perlu…", "According to Smith, the plan…".
  for (const m of span.matchAll(forText(ACCORDING_NAME, span))) asides.push({ at: m.index!, written: m[1] });
  const subjects = [...namesWithVerbs(span, lx.verbList, subjectWords(lx))].map((written) => ({ at: span.lastIndexOf(written), written }));
  const reports = asides.length ? [...subjects, ...asides].sort((a, b) => a.at - b.at) : subjects;
  for (const { written } of reports) {
    // A single capitalised word ("Lebih lanjut, …") counts only as part of a full name given earlier.
    const bare = bareName(written, lx);
    const name = expandToFullName(trimLeadingPlace(bare, text, lx, bare !== written.trim()), known);
    // …or after an honorific: "Mr. Obama said".
    // …or after a role ("Kepala Satpol PP DKI Jakarta Arifin menjelaskan").
    if (looksLikePerson(name, lx) && (name.includes(' ') || /^(?:Mr|Mrs|Ms|Dr)\.?\s+\S+$/.test(written) || bare !== written.trim())) found = name;
  }
  return found;
}

/**
 * A quoted title, not a statement: after a word that says so (a webinar "bertajuk ”…”",
 * a report "titled “…”"), or in title case with no sentence end inside the marks
 * ("Strategi dan Peluang dalam Pemulihan Ekonomi Regional").
 */
function isTitleOfWork(text: string, s: QuoteSpan, lx: Lexicon): boolean {
  if (s.gaps) return false;
  const before = text.slice(Math.max(0, s.start - 30), s.start).replace(/[\s:,]+$/, '');
  const word = before.slice(before.search(/\S+$/));
  const cue = word.toLowerCase();
  if (lx.titleCues.has(cue)) return true;
  const inner = text.slice(s.start + 1, s.end - 1).trim();
  // After a kind of work, a capitalised quote is its title: "the podcast “Here’s the Thing.”", "the book “Backfire: …”".
  const lead = ` ${before.toLowerCase()}`;
  if (lx.workNouns.some((w) => lead.endsWith(` ${w}`)) && startsUpper(inner)) return true;
  // "on CNN’s “State of the Union,”", "MSNBC’s “Morning Joe”": a capitalised name's possession, a few capitalised words.
  if (/^[A-Z][\w.-]*['’]s$/.test(word) && startsUpper(inner) && inner.split(/\s+/).length <= 8 && !/[.!?]\S*\s/.test(inner)) return true;
  // "“The Living Room to close at the end of December,” by Times’ Ben Sisario": a story's headline and its author.
  const by = /^,?\s+(\S+)\s+[A-Z]/.exec(text.slice(s.end, s.end + 40));
  if (by && lx.byWords.has(by[1]) && startsUpper(inner)) return true;
  if (/[.,!?…;:]$/.test(inner)) return false;
  const words = inner.split(/\s+/).filter((w) => w.length > 0 && isLetter(charAt(w, 0)) && !lx.stopwords.has(w.toLowerCase()));
  return words.length >= 3 && words.filter(startsUpper).length / words.length >= 0.8;
}

/** Is this one word part of a full name the article gives ("Hari" of Agung Hari Setiyono)? */
function inFullName(word: string, names: Person[]): boolean {
  return names.some((n) => n.name.split(' ').includes(word));
}

/** Where `word` stands in the text as a whole word: no letter right before or after it. */
function wordPositions(text: string, word: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isLetter(charAt(text, i + word.length)) && !(i > 0 && isLetter(charBefore(text, i)))) at.push(i);
  }
  return at;
}

/** Does the text write this word capitalised inside a sentence ("kata Hari"), as names are and "And" is not? */
function capitalisedMidSentence(word: string, text: string): boolean {
  for (const i of wordPositions(text, word)) {
    let j = i - 1;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    if (j >= 0 && !'.!?“”"‘’(:'.includes(text[j]) && text[j] !== '\n') return true;
  }
  return false;
}

/**
 * A capitalised name found in a sentence, bare, when it can be a person. One capitalised word is often
 * just the sentence's first word ("That", "Earlier", "Holding"): it is a person only when it is part of a
 * full name the article gives, or written capitalised mid-sentence too.
 */
function personNamed(written: string, text: string, names: Person[], lx: Lexicon): string | null {
  const bare = bareName(written, lx);
  if (!looksLikePerson(bare, lx) || lx.pronouns.has(bare.toLowerCase()) || lx.stopwords.has(bare.toLowerCase())) return null;
  // "Sirius XM Vice President for news and talk Dave Gorab": a run ending in a role is the role, not the person.
  if (isRoleTitle(bare.split(/\s+/).at(-1)!, lx)) return null;
  if (!bare.includes(' ') && !inFullName(bare, names) && !capitalisedMidSentence(bare, text)) return null;
  return bare;
}

/**
 * The person who opens the sentence before the quote ("Trump also took swipes at Jeb Bush. “…,” he said"):
 * who a "he" after the quote most often means. Only a sentence after `from` (the previous quote) counts.
 */
function previousSentenceSubject(text: string, from: number, at: number, names: Person[], lx: Lexicon, hops = 0): string | null {
  const ownStart = sentenceStart(text, at, lx);
  if (ownStart <= from + 1) return null;
  const start = Math.max(previousSentenceStart(text, ownStart, lx), from);
  const sentence = text.slice(start, ownStart).trimStart();
  // "Kasich is trumpeting a positive message. But he says… He tells the crowd: “…”": a sentence about "he" passes
  // the question to the one before it.
  const conjunction = forText(CAPITALISED_WORD_THEN_SPACE, sentence).exec(sentence);
  const afterConjunction = conjunction && lx.conjunctions.has(conjunction[1].toLowerCase()) ? sentence.slice(conjunction[0].length) : null;
  if (hops < 2 && openingPronoun(afterConjunction ?? sentence, lx, afterConjunction !== null)) return previousSentenceSubject(text, from, start, names, lx, hops + 1);
  const first = scanNames(sentence.slice(0, 120))[0];
  // "Wakil Ketua Umum Majelis Ulama Indonesia (MUI) Anwar Abbas menyayangkan…": the organisation's role, then its person.
  const acronym = first?.index === 0 ? acronymThenName(sentence, first.text.length) : 0;
  if (acronym) {
    const rest = sentence.slice(first.text.length + acronym, first.text.length + acronym + 80);
    const person = scanNames(rest)[0];
    if (person?.index === 0) return resolveMention(person.text, start, text, names, lx);
  }
  if (first?.index === 0 && (saysAlone(first.text, sentence, text, lx) || actsAlone(first.text, sentence, text, lx))) return resolveMention(first.text, start, text, names, lx);
  // "In May 2001, Fiorina ended…": a capitalised run that opens with a function word and closes with a comma is an
  // opening phrase; the subject is the person after it.
  if (first?.index === 0 && isOpeningPhrase(first.text, sentence, lx)) {
    const after = subjectAfterOpening(sentence, start, text, names, lx);
    if (after) return after;
  }
  if (!first || first.index > 0 || (!beforeRole(sentence, first.text.length, lx) && !personNamed(first.text, text, names, lx))) {
    return subjectAfterOpening(sentence, start, text, names, lx);
  }
  // "Clinton spokeswoman Jennifer Palmieri criticized…": the person after the role; "The Florida senator…": nobody new.
  if (beforeRole(sentence, first.text.length, lx)) {
    const after = personAfterRole(sentence, first.text.length, lx);
    // "The moderators were ready to move on, but Christie wasn't having it": the clause after the comma.
    return after ? resolveMention(after, start, text, names, lx) : subjectAfterOpening(sentence, start, text, names, lx);
  }
  // "The Wisconsin Republican did give Trump some credit": a run ending in a role describes someone named before.
  if (/^the\s/i.test(first.text) && isTitleWord(first.text.split(/\s+/).at(-1)!, lx)) {
    return hops < 2 ? previousSentenceSubject(text, from, start, names, lx, hops + 1) : null;
  }
  return resolveMention(first.text, start, text, names, lx);
}

/**
 * The person a role chain at `at` leads to: "spokeswoman Jennifer Palmieri"; "chief Democratic rival, Sen. Bernie
 * Sanders" (a capitalised word before another role word is part of the chain, and the name can follow as an aside).
 */
function personAfterRole(sentence: string, at: number, lx: Lexicon): string | null {
  for (let hops = 0; hops < 3; hops++) {
    const after = nameAfterRole(sentence, at, (w) => isRoleNoun(w, lx));
    if (!after) return null;
    // "Democratic rival": a capitalised role word before a noun is part of the role.
    const roleWord = sentence.slice(...after).split(/\s+/).every((w) => isTitleWord(w, lx));
    if (!roleWord && !beforeRole(sentence, after[1], lx)) return sentence.slice(...after);
    // "Democratic rival, Sen. Bernie Sanders of Vermont": past the role's noun, an aside's name.
    const rest = sentence.slice(after[1]);
    const noun = forText(LOWER_WORD_NEXT, rest).exec(rest);
    if (!noun) return null;
    const roleEnd = after[1] + noun[0].length;
    const aside = /^,\s+/.exec(sentence.slice(roleEnd));
    if (aside) {
      const name = scanNames(sentence.slice(roleEnd + aside[0].length, roleEnd + aside[0].length + 80))[0];
      return name?.index === 0 ? bareName(name.text, lx) : null;
    }
    if (roleWord && !isRoleNoun(noun[1], lx)) return null;
    at = after[1];
  }
  return null;
}

/** "In May 2001,", "After Iowa,", "Di Jakarta,": a sentence's first capitalised run that opens with a function word
 * and ends, perhaps after a number, with a comma. */
function isOpeningPhrase(run: string, sentence: string, lx: Lexicon): boolean {
  const space = run.indexOf(' ');
  if (space < 0 || !lx.stopwords.has(run.slice(0, space).toLowerCase()) || lx.pronouns.has(run.slice(0, space).toLowerCase())) return false;
  return /^\s*\d*\s*,/.test(sentence.slice(run.length, run.length + 12));
}

/**
 * "McLenney said Clinton doesn't…": one capitalised word opening a sentence and followed by a verb of saying is
 * someone speaking, when the text never writes it in lower case ("Officials said" has "officials" elsewhere).
 */
function saysAlone(word: string, sentence: string, text: string, lx: Lexicon): boolean {
  if (word.includes(' ') || lx.pronouns.has(word.toLowerCase()) || lx.stopwords.has(word.toLowerCase()) || !looksLikePerson(word, lx)) return false;
  const after = sentence.slice(word.length, word.length + 30);
  const next = forText(LOWER_WORD_NEXT, after).exec(after);
  if (!next || !lx.verbSet.has(next[1])) return false;
  return wordPositions(text, word.toLowerCase()).length === 0;
}

/** Adverbs and auxiliaries that may stand between a one-word subject and its verb. */
const ACT_LEADS: ReadonlySet<string> = new Set(['also', 'then', 'later', 'again', 'still', 'has', 'had', 'have', 'quickly', 'never', 'herself', 'himself']);

/**
 * "Cruz openly admitted…", "Carson defied the question": one capitalised word opening a sentence, then a verb in the
 * past tense or an adverb, is someone acting when the text never writes the word in lower case. Not a plural
 * ("Officials agreed"), which is a group.
 */
function actsAlone(word: string, sentence: string, text: string, lx: Lexicon): boolean {
  if (word.includes(' ') || /[^s]s$/.test(word) || lx.pronouns.has(word.toLowerCase()) || lx.stopwords.has(word.toLowerCase()) || !looksLikePerson(word, lx)) return false;
  const after = sentence.slice(word.length, word.length + 30);
  let next = forText(LOWER_WORD_NEXT, after).exec(after);
  // "Obama also addressed…", "Clinton herself also signaled…": up to two adverbs or auxiliaries before the verb.
  for (let k = 0, at = 0; k < 2 && next && ACT_LEADS.has(next[1]); k++) {
    at += next[0].length;
    next = forText(LOWER_WORD_NEXT, after.slice(at)).exec(after.slice(at));
  }
  if (!next || lx.stopwords.has(next[1]) || !/(?:ed|ly)$/.test(next[1])) return false;
  return wordPositions(text, word.toLowerCase()).length === 0;
}

/**
 * "In an interview with ABC News, Clinton laughed off the ad": the person after a sentence's opening phrase and
 * its comma, when the article names that person in full somewhere (a place there, "In Ohio, Kasich…", is not one).
 */
function subjectAfterOpening(sentence: string, start: number, text: string, names: Person[], lx: Lexicon): string | null {
  // The comma can close a quoted word: "As for Carson’s mangling of “Hamas,” Levine found…". The phrase can hold
  // commas of its own: "At a rally in Portland, Maine, on Thursday afternoon, Trump included…".
  if (!startsUpper(sentence)) return null;
  let from = 0;
  for (const opening of sentence.slice(0, 120).matchAll(/,[”’"]?\s/g)) {
    if (opening.index === 0) return null;
    // Past a comma only through places and times: "…, who acknowledged Trump was…, Senator Marco Rubio, and…" is no
    // opening phrase.
    if (from > 0 && scanNames(sentence.slice(from, opening.index)).some((n) => names.some((p) => p.name === resolveMention(n.text, start, text, names, lx)))) return null;
    from = opening.index + 1;
    const rest = sentence.slice(opening.index + opening[0].length, opening.index + opening[0].length + 120);
    const name = scanNames(rest)[0];
    // "It’s a big if, but Sanders was in San Diego…", "…, and since then Ben Carson has seen…": a conjunction, and
    // perhaps a few lower-case words, may open the clause.
    const lead = name ? rest.slice(0, name.index).trim().split(/\s+/) : [];
    if (!name || (name.index > 0 && !(lx.conjunctions.has(lead[0]) && lead.length <= 3 && lead.every(startsLower)))) continue;
    // "Just a few months ago, Florida developer Mel Sembler expressed…": the person after a role.
    const role = beforeRole(rest, name.index + name.text.length, lx) ? personAfterRole(rest, name.index + name.text.length, lx) : null;
    // A place ("Portland, Maine,") continues the phrase; anyone else decides here.
    if (!role && !looksLikePerson(bareName(name.text, lx), lx)) continue;
    const afterName = role ? rest.slice(rest.indexOf(role) + role.length) : rest.slice(name.index + name.text.length);
    if (!forText(COMMA_THEN_LOWER, afterName).test(afterName)) return null;
    const resolved = resolveMention(role ?? name.text, start, text, names, lx);
    return names.some((n) => n.name === resolved) ? resolved : null;
  }
  return null;
}

/** "The Florida senator", "the Texas senators’": a capitalised word before a role describes a person named elsewhere. */
function beforeRole(s: string, end: number, lx: Lexicon): boolean {
  const after = s.slice(end, end + 40);
  const next = forText(LOWER_WORD_NEXT, after).exec(after);
  return !!next && isRoleNoun(next[1], lx);
}

/** "senator", "spokeswoman", "governors": a role word, not a connective such as "then" or "the". */
function isRoleNoun(w: string, lx: Lexicon): boolean {
  return !lx.stopwords.has(w) && (isTitleWord(w, lx) || (w.endsWith('s') && isTitleWord(w.slice(0, -1), lx)));
}

/** The first person named in a sentence before its quote, and how far before the quote that name stands. */
function sentenceSubject(left: string, text: string, names: Person[], lx: Lexicon): { text: string; fromEnd: number } | null {
  // "Here in Columbia, Sanders stepped up…": a name after a preposition is a place or a body, not the subject.
  const m = scanNames(left).find((n) => !followsPreposition(left, n.index) && !beforeRole(left, n.index + n.text.length, lx) && personNamed(n.text, text, names, lx));
  return m ? { text: m.text, fromEnd: left.length - m.index } : null;
}

/**
 * The subject of the clause the quote stands in: the last person named at a clause's start (the sentence's,
 * or after a comma or "while") and followed, perhaps past an aside, by a verb. "Fifteen minutes after Pence was
 * picked, Clinton campaign chairman John Podesta called the governor “…”"; "Jindal signed an order, while Mike
 * Huckabee, the former Arkansas governor, proposed we “…”".
 */
function clauseSubject(left: string, text: string, names: Person[], lx: Lexicon): { text: string; fromEnd: number } | null {
  for (const n of scanNames(left).reverse()) {
    if (/['’]s$/.test(n.text) || !personNamed(n.text, text, names, lx)) continue;
    // "…, Clinton campaign chairman John Podesta": a role may stand between the clause's start and the name.
    const words = left.slice(0, n.index).split(/(?<=\s)(?=\S)/);
    const inRole = (w: string) => /^[^\s,;:]+\s+$/.test(w) && (startsUpper(w) || isTitleWord(w.trim(), lx) || isOrgWord(w.trim(), lx));
    while (words.length > 0 && inRole(words.at(-1)!)) words.pop();
    const before = words.join('');
    if (before.trim() && !CLAUSE_OPENS.test(before)) continue;
    let after = left.slice(n.index + n.text.length);
    after = after.slice(APPOSITIVE.exec(after)?.[0].length ?? 0);
    const verb = forText(LOWER_WORD_NEXT, after).exec(after);
    if (!verb || lx.stopwords.has(verb[1]) && !ACT_LEADS.has(verb[1])) continue;
    if (!(lx.verbSet.has(verb[1]) || ACT_LEADS.has(verb[1]) || /(?:ed|[^su]s)$/.test(verb[1]))) continue;
    return { text: n.text, fromEnd: left.length - n.index };
  }
  return null;
}

/**
 * A quote that is a paragraph of its own, signed on the line below ("- Bernie Sanders.", "― Martha Aguilar"), as
 * in collections of readers' comments or of candidates' lines.
 */
function signatureBelow(text: string, s: QuoteSpan, nextStart: number, lx: Lexicon): Mention | null {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  if (text.slice(lineStart, s.start).trim()) return null;
  const m = /^[\s.,]*\n\s*/.exec(text.slice(s.end, nextStart));
  if (!m) return null;
  const lineEnd = text.indexOf('\n', s.end + m[0].length);
  const line = text.slice(s.end + m[0].length, Math.min(lineEnd < 0 ? text.length : lineEnd, nextStart));
  const signed = dashSignature(line);
  return signed && looksLikePerson(bareName(signed.subject, lx), lx) ? { text: signed.subject, cue: signed.cue, anaphoric: false } : null;
}

/** A capitalised pronoun opening the text, then a lower-case word ("He called…", "Dia menyebut…"). */
function openingPronoun(left: string, lx: Lexicon, afterPhrase = false): string | null {
  // …or after an opening phrase and its comma ("Eight years ago, he supported Obama and said, “…”").
  const comma = afterPhrase ? -1 : left.indexOf(', ');
  if (comma > 0 && comma < 60) {
    const after = openingPronoun(left.slice(comma + 1), lx, true);
    if (after) return after;
  }
  const start = skipSpace(left, 0);
  const end = afterPhrase ? lowerWordEnd(left, start) : nameEnd(left, start);
  const word = end > start ? left.slice(start, end) : '';
  // "And he’s predicted…": a contraction after the pronoun.
  const contraction = forText(CONTRACTION, left.slice(end, end + 4)).exec(left.slice(end, end + 4))?.[0].length ?? 0;
  const next = skipSpace(left, end + contraction);
  return word && next > end + contraction && isLower(charAt(left, next)) && lx.pronouns.has(word.toLowerCase()) ? word : null;
}

/** Organisation words that name a time, a place or a law, not a body that speaks. */
const NOT_BODIES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|feb|apr|jul|aug|sep|sept|oct|nov|dec|states|kingdom|republic|nations|city|county|street|avenue|center|centre|hall|airport|station|act|amendment|treaty|college|school|church|museum|hospital|white|house|senate|americans|republicans|democrats|muslims|christians|catholics|evangelicals|latinos|hispanics|conservatives|liberals|progressives|independents|conference|summit|forum)$/;

/** Does a capitalised run name a body that can speak ("State Department", "Trayvon Martin Foundation")? */
const namesBody = (run: string, lx: Lexicon) => run.split(/\s+/).some((w) => isOrgWord(w, lx) && !NOT_BODIES.test(clean(w)));

/**
 * The organisation named last before `at` (within about two paragraphs): a capitalised run with an organisation word
 * ("The Wall Street Journal", "China’s foreign ministry" has none; "the State Department" has one).
 */
function lastOrganisation(text: string, at: number, lx: Lexicon): string | null {
  const from = Math.max(0, at - 600);
  const window = text.slice(from, at);
  // "Black Lives Matter issued a statement saying…": whoever issued a statement speaks, organisation word or not.
  const issuer = statementIssuer(window, lx);
  if (issuer) return issuer;
  // A body has a name beside its organisation word ("Democratic Party", not "Party’s" alone).
  const bodies = scanNames(window).filter((r) => namesBody(r.text, lx) && /\s/.test(r.text.trim()));
  // The latest that opens its sentence, as a subject ("The Trayvon Martin Foundation did not want to address it,
  // telling Fox 35…"), else the latest.
  const opensSentence = (i: number) => /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(window.slice(Math.max(0, i - 4), i));
  const body = bodies.filter((r) => opensSentence(r.index)).at(-1) ?? bodies.at(-1);
  return body ? body.text.replace(/^the\s+/i, '').replace(/[’']s$/, '') : null;
}

/** "the newspaper", "the ministry": "the" and a noun of a body that speaks (the language pack's bodyNouns). */
const describesBody = (text: string, lx: Lexicon) => /^the\s/i.test(text) && lx.bodyNouns.has(text.split(/\s+/).at(-1)!.toLowerCase());
/** "the protesters", "the two senators": a group, not one person. */
const describesGroup = (text: string) => forText(PLURAL_DESCRIPTION, text).test(text);

/** Who issued, released or put out a statement in this text, last: "Black Lives Matter", "the DNC" → "DNC". */
function statementIssuer(text: string, lx: Lexicon): string | null {
  const issuer = [...text.matchAll(forText(ISSUED_STATEMENT, text))].at(-1)?.[1].replace(/^the\s+/i, '');
  return issuer && !lx.stopwords.has(issuer.split(/\s+/)[0].toLowerCase()) ? issuer : null;
}

/** Did the text shortly before `at` bring in this noun with an indefinite article ("an organizer", "a second official")? */
function introducedUnnamed(text: string, at: number, noun: string): boolean {
  if (!startsLower(noun)) return false;
  const window = text.slice(Math.max(0, at - 600), at);
  // The noun, and up to two words before it after the article: "an organizer", "a second senior official".
  // Within its clause: not "…a big mouth,” columnist Ai Jun".
  return wordPositions(window, noun).some((i) => window.slice(Math.max(0, i - 40), i).split(/[.,;:!?"“”]/).at(-1)!.split(/\s+/).slice(-4, -1).some((w) => INDEFINITE_WORDS.has(w)));
}

const INDEFINITE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/**
 * "The United Nations Security Council on Friday made a strong condemnation of … what it called “…”": with nobody
 * else to give the quote to, the organisation that opens its sentence.
 */
function bodyOpening(left: string, lx: Lexicon): string | null {
  // A dateline is no subject: "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released…".
  const start = left.length - left.trimStart().length + (DATELINE.exec(left.trimStart())?.[0].length ?? 0);
  const run = scanNames(left.slice(start, start + 120))[0];
  // Not a headline in capitals ("OBAMA’S LAST STATE OF THE UNION").
  if (!run || run.index > 0 || run.text === run.text.toUpperCase()) return null;
  // "Yahoo News and former TV network anchor Katie Couric has…": a body joined to someone else is not the subject.
  const next = forText(LOWER_WORD_NEXT, left.slice(start + run.text.length)).exec(left.slice(start + run.text.length));
  if (next && (lx.conjunctions.has(next[1]) || ROLE_JOINERS.has(next[1]))) return null;
  return namesBody(run.text, lx) ? run.text.replace(/^(?:the|an?)\s+/i, '') : null;
}

/** "The council voted 6-1 for the resolution, which said the city “…”": a body opening the sentence by description is the body named last. */
function bodyDescribed(left: string, text: string, at: number, lx: Lexicon): string | null {
  const described = /^the\s+\p{Ll}+(?=\s+\p{Ll})/iu.exec(left.trimStart());
  return described && describesBody(described[0], lx) ? lastOrganisation(text, at, lx) : null;
}

/**
 * “…doing.” And Sen. Rob Portman said…: a quote that ends its sentence, then a function word opening the next one
 * ("And", "But", "The"), has no attribution after it. (“….” He said / Smith said can still follow.)
 */
function newSentenceAfter(text: string, quoteEnd: number, lx: Lexicon): boolean {
  if (!/[.!?…]['’"”»]*$/.test(text.slice(Math.max(0, quoteEnd - 3), quoteEnd))) return false;
  const start = skipSpace(text, quoteEnd);
  const head = text.slice(start, start + 20);
  const word = forText(CAPITALISED_WORD, head).exec(head)?.[0].toLowerCase();
  return !!word && lx.stopwords.has(word) && !lx.pronouns.has(word);
}

/**
 * Finds every direct quote of a text and attributes it. Paragraphs are
 * separated by newlines; `lang` (BCP 47) picks the word lists. Pure: no DOM, no state between calls.
 */
export function findQuotes(text: string, lang?: string): Quote[] {
  const lx = getLexicon(lang?.toLowerCase().split('-')[0]);
  // A verb, or an Indonesian -nya cue ("katanya"), between two parts of one quote.
  const isAttribution = (between: string) => containsVerb(between, lx.verbList, true) || (between.includes('nya') && forText(NYA_WORD, between).test(between));
  const spans = joinInterrupted(text, findQuoteSpans(text, (word) => lx.verbSet.has(word)), { isAttribution, isConjunction: (word) => lx.conjunctions.has(word) })
    .filter((s) => quoteWords(text.slice(s.start, s.end)) >= MIN_QUOTE_WORDS && !isTitleOfWork(text, s, lx));
  const names = fullNames(text, lx);
  const quotes: Quote[] = [];
  let last: { speaker: string; end: number } | null = null;
  const history: string[] = [];
  spans.forEach((s, i) => {
    const nextStart = spans[i + 1]?.start ?? text.length;
    const prevEnd = spans[i - 1]?.end ?? 0;
    // An interrupted quote is attributed in its interruption.
    const rightFrom = s.firstEnd ?? s.end;
    const right = newSentenceAfter(text, rightFrom, lx) ? '' : text.slice(rightFrom, Math.min(sentenceEnd(text, rightFrom, lx), nextStart));
    const left = leftContext(text, s, prevEnd, lx);
    let mention = mentionAfter(right, lx) ?? signatureBelow(text, s, nextStart, lx);
    // A pronoun with its verb before the quote ("South Carolina, he said, was “…”").
    let cueBefore = false;
    // “Brafman said, “…” He added, “…”: a name before the quote beats a pronoun after it. "Roberts said Friday
    // that she… but said “the question is the timing.” Gov. Pat McCrory said it would be…": a verb right before the
    // quote beats a subject after it whose verb goes on to a clause of its own.
    if (!mention || (mention.anaphoric && !/nya$/.test(mention.cue)) || (cueRightBefore(left, lx) && cueOpensClause(right, mention))) {
      const before = mentionBefore(left, lx);
      if (before && (!mention || !before.anaphoric)) { mention = before; cueBefore = lx.pronouns.has(before.text.toLowerCase()); }
    }
    // "He called Burma a “…”", "He said that Rubio is “…”": a sentence opened by a pronoun is about someone already
    // named, whatever names follow in it.
    const opening = mention ? null : openingPronoun(left, lx);
    if (opening) mention = { text: opening, cue: '', anaphoric: true };
    // "And he added", "As they say": a capitalised function word opening the sentence is no name; the
    // speaker is someone already named, as after a pronoun.
    if (mention && !mention.anaphoric && !mention.text.includes(' ') && lx.stopwords.has(mention.text.toLowerCase()) && !capitalisedMidSentence(mention.text, text)) {
      mention = { ...mention, anaphoric: true };
    }
    // "the conservative-leaning newspaper wrote", "the ministry said": the organisation named last.
    if (mention && describesBody(mention.text, lx)) {
      const body = lastOrganisation(text, s.start, lx);
      mention = body ? { text: body, cue: mention.cue, anaphoric: false, unnamed: true } : { ...mention, anaphoric: false, unnamed: true };
    }
    // "the protesters chanted": a group, as written, never one person named before.
    if (mention?.anaphoric && describesGroup(mention.text)) mention = { ...mention, anaphoric: false, unnamed: true };
    // "…were greeted by an organizer at a field office. “…,” the organizer told them": a description whose noun the
    // article brought in unnamed ("an organizer") is that unnamed person, as written.
    if (mention?.anaphoric && /^the\s+\S/i.test(mention.text) && !DOCUMENT_NOUNS.test(mention.text) && !WRITTEN_NOUNS.test(mention.text)
      && introducedUnnamed(text, s.start, mention.text.split(/\s+of\s+/)[0].split(/\s+/).at(-1)!)) {
      mention = { ...mention, anaphoric: false, unnamed: true };
    }
    // "the Republican said", "Democratic": one title word names nobody unless the article
    // named its holder ("Menlu" after "Menlu Retno Marsudi"); else, as a description, someone already named.
    if (mention && !mention.anaphoric && !mention.unnamed && isBareRoleWord(mention.text, lx)
      && resolveMention(mention.text, s.start, text, names, lx) === mention.text.replace(/^(?:the|an?)\s+/i, '')) {
      mention = { ...mention, anaphoric: true };
    }
    // "the U.S. He says": a pronoun after an abbreviation opens a sentence; it is the subject, not a name's end.
    const lastWord = mention?.text.split(/\s+/).at(-1) ?? '';
    if (mention && !mention.anaphoric && mention.text.includes(' ') && lx.pronouns.has(lastWord.toLowerCase())) {
      mention = { ...mention, text: lastWord, anaphoric: true };
    }
    // Someone reported as speaking since the last quote ("Smith said the plan…") is the likeliest "he".
    const reported = lastReportedSpeaker(text, last?.end ?? 0, s.start, names, lx);
    let speaker: string | null = null;
    // "He said that Clinton is playing the “…” and said that Rubio is “…”": a verb joined to the previous quote's
    // sentence shares its subject.
    const joined = !mention && last && s.start - prevEnd < 200 ? forText(JOINED_VERB, left).exec(left) : null;
    // "and said", "and also said", ", adding that…".
    if (joined && (lx.verbSet.has(joined[1]) || lx.verbSet.has(joined[2] ?? ''))) {
      speaker = last!.speaker;
    } else if (mention?.unnamed) {
      speaker = nameEndingDescription(mention.text, lx) ?? mention.text;
    } else if (mention && !mention.anaphoric) {
      speaker = resolveMention(mention.text, s.start, text, names, lx);
    } else if (mention && /nya$/.test(mention.cue)) {
      // Indonesian "-nya" cues ("katanya", "tegasnya") continue the previous quote's speaker.
      const earlier = names.filter((n) => n.index < s.start);
      // With no speaker yet, the person opening the sentence before ("Bambang mendorong peneliti… ”…,” ujarnya").
      const opener = last || reported ? null : previousSentenceSubject(text, 0, s.start, names, lx);
      speaker = last?.speaker ?? reported ?? (opener && names.some((n) => n.name === opener) ? opener : null)
        ?? (earlier.filter((n) => n.titled).at(-1) ?? earlier.at(-1))?.name ?? null;
    } else if (mention) {
      // "he"/"she": someone reported speaking, the person opening the sentence before, the latest speaker or
      // person: the first that the pronoun's gender does not rule out.
      const subject = previousSentenceSubject(text, last?.end ?? 0, s.start, names, lx);
      const previousStart = previousSentenceStart(text, sentenceStart(text, s.start, lx), lx);
      // Reported speech counts first only when it is as near as that sentence ("Trump also took swipes at Jeb
      // Bush. “…,” he wrote" after "Calderon said …" further back is Trump's).
      const near = subject ? lastReportedSpeaker(text, previousStart, s.start, names, lx) : reported;
      // "Mosman saw Santilli's words differently: “…,” he said": the person opening the quote's own sentence first.
      const own = sentenceSubject(left, text, names, lx);
      const ownAt = own ? left.length - own.fromEnd : -1;
      const ownRest = own ? left.slice(ownAt + own.text.length) : '';
      // …or the clause after an opening phrase ("During an interview in April, Trump was talking… when he told…").
      const ownOpens = own !== null && (own.fromEnd === left.trimStart().length || /,\s+$/.test(left.slice(0, ownAt)));
      const ownName = own && ownOpens && !/^['’]s\b/.test(ownRest) ? resolveMention(own.text, s.start - own.fromEnd, text, names, lx) : null;
      // With the pronoun and its verb before the quote, only a subject followed by its own verb: "South Carolina, he
      // said, was “…”" is about the state.
      const opener = (!cueBefore || startsLowerWord(ownRest)) && ownName && names.some((n) => n.name === ownName) ? ownName : null;
      // "the Republican presidential candidate said": whoever the article named after that role ("Republican
      // presidential candidate Donald Trump"), when it did.
      const head = /^the\s/i.test(mention.text) ? mention.text.split(/\s+/).at(-1)!.toLowerCase() : '';
      const holder = head && isRoleNoun(head, lx) ? roleHolder(text, s.start, head, names, lx) : null;
      // "Sanders captured Vermont. His opponent, Hillary Clinton, won Georgia. He told the crowd…": a subject of the
      // other gender passes "he" to the sentence before.
      const earlierSubject = subject && genderClash(mention.text, subject, lx)
        ? previousSentenceSubject(text, last?.end ?? 0, previousStart, names, lx) : null;
      // A group ("the protesters") or a body ("the board") is no "he" or "she".
      // "the columnist suggested" after "columnist Ai Jun wrote": a description the article gave a name to, word for
      // word, is that name ("the former president" is not "President Obama").
      const named = holder ? roleHolder(text, s.start, mention.text.replace(/^the\s+/i, ''), names, lx) : null;
      const candidates = [named, opener, subject ? near : null, subject, earlierSubject, holder, reported, last?.speaker, ...history.slice().reverse(), ...names.filter((n) => n.index < s.start).map((n) => n.name).reverse()]
        .filter((c): c is string => !!c && !describesGroup(c) && !describesBody(c, lx));
      // "Clinton herself also signaled… “…,” she said" after "Bill Clinton": the sentence's surname is that of another
      // full name, one of the pronoun's gender.
      const sameSurname = (c: string) => {
        const last = c.split(' ').at(-1)!;
        return names.filter((n) => n.index < s.start && n.name !== c && n.name.split(' ').at(-1) === last).map((n) => n.name).reverse()
          .find((n) => matchesGender(mention.text, n, lx));
      };
      // Not when the article wrote the full name right there ("His opponent, Hillary Clinton, won…").
      const local = new Set([opener, subject].filter((c) => c && !text.slice(previousStart, s.start).includes(c)));
      speaker = candidates.map((c) => (local.has(c) && genderClash(mention.text, c, lx) ? sameSurname(c) ?? c : c)).find((c) => !genderClash(mention.text, c, lx))
        ?? candidates[0] ?? honorificName(text, s.start, mention.text, names) ?? null;
    } else {
      // No cue at all: the person who opens the quote's own sentence ("Trump went on the attack, saying “…”"),
      // else someone introduced by reported speech, else the person the sentence is about ("During the debate,
      // Clinton slammed the plan as “…”") or the one opening the sentence before, else a quote continuing the
      // previous speaker.
      const subject = sentenceSubject(left, text, names, lx);
      const fromSubject = subject ? resolveMention(subject.text, s.start - subject.fromEnd, text, names, lx) : null;
      // It opens the sentence, or its clause after an opening phrase ("On the stump, Weld describes the party as “…”").
      const subjectAt = subject ? left.length - subject.fromEnd : -1;
      // …or after nothing but its role ("Band member Flea shared the news, writing “…”").
      const lead = subject ? left.slice(left.length - left.trimStart().length, subjectAt).trim() : '';
      const opens = subject !== null && (subject.fromEnd === left.trimStart().length
        || (/,\s+$/.test(left.slice(0, subjectAt)) && startsLowerWord(left.slice(subjectAt + subject.text.length)))
        || (lead !== '' && lead.split(/\s+/).some((w) => isRoleTitle(w, lx)) && lead.split(/\s+/).every((w) => isTitleWord(w, lx) || isOrgWord(w, lx) || startsUpper(w))));
      // "…, the DNC issued a statement apologizing to Sanders. “On behalf of everyone at the DNC…”": the quote that
      // follows a statement's announcement is the statement.
      const issuer = left.trim() ? null : statementIssuer(text.slice(previousSentenceStart(text, sentenceStart(text, s.start, lx), lx), s.start), lx);
      const nearest = clauseSubject(left, text, names, lx);
      const fromNearest = nearest ? resolveMention(nearest.text, s.start - nearest.fromEnd, text, names, lx) : null;
      // "The Trayvon Martin Foundation did not want to address him, telling Fox 35 that the group is focused on “…”":
      // an organisation opening the sentence speaks before anyone reported earlier.
      speaker = fromNearest ?? (opens ? fromSubject : null) ?? issuer ?? bodyOpening(left, lx) ?? reported ?? fromSubject
        ?? previousSentenceSubject(text, last?.end ?? 0, s.start, names, lx) ?? last?.speaker ?? bodyDescribed(left, text, s.start, lx);
    }
    if (speaker) {
      last = { speaker, end: s.end };
      history.push(speaker);
    }
    quotes.push({ text: text.slice(s.start, s.end), parts: spanParts(text, s), speaker, cue: mention?.cue ?? null, start: s.start, end: s.end });
  });
  return quotes;
}
