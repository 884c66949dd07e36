import { atWordBoundary, charAt, charBefore, isLetter, isLower, isSpace, isUpper } from './chars';
import { nameEnds, nextCapital, skipSpace } from './names';

/**
 * The speaker cues around a quote ("…," said John Smith / Smith, a spokesman,
 * told reporters: "…"), matched by hand. As regexes these were patterns of
 * thousands of characters with Unicode classes, compiled afresh on every page
 * the content script is injected into; that compiling was most of the quote
 * search's time. Each matcher tries its alternatives in the order the regex
 * did, so the first match found is the one the regex found.
 */

/** The speech verbs of all languages, by their first two characters, longest first. */
export interface Verbs { byPrefix: ReadonlyMap<string, readonly string[]> }

export function verbsOf(list: readonly string[]): Verbs {
  const byPrefix = new Map<string, string[]>();
  for (const v of [...new Set(list)].sort((a, b) => b.length - a.length)) {
    const key = v.slice(0, 2);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), v]);
  }
  return { byPrefix };
}

/** A run of spaces at `i` (one at least): its end, or -1. */
function spacesEnd(s: string, i: number): number {
  const j = skipSpace(s, i);
  return j > i ? j : -1;
}

/** `[\p{Ll}-]+` at `i`: its end, or -1. */
export function lowerWordEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const ch = charAt(s, j);
    if (ch !== '-' && !isLower(ch)) break;
    j += ch.length;
  }
  return j > i ? j : -1;
}

/** The end of a number written as a word at `i` ("9/11", "2012"), or -1. */
function numberWordEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && ((s[j] >= '0' && s[j] <= '9') || (j > i && s[j] === '/'))) j++;
  return j > i && isSpace(s.charCodeAt(j)) ? j : -1;
}

/** Ends of speech verbs written at `i` (and followed by a word boundary, when `boundary`), longest first. */
function verbEnds(s: string, i: number, verbs: Verbs, boundary = true): number[] {
  const candidates = verbs.byPrefix.get(s.slice(i, i + 2));
  if (!candidates) return [];
  const out: number[] = [];
  for (const v of candidates) if (s.startsWith(v, i) && (!boundary || atWordBoundary(s, i + v.length))) out.push(i + v.length);
  return out;
}

const PRONOUNS = ['He', 'he', 'She', 'she', 'They', 'they', 'Dia', 'dia', 'Ia', 'ia', 'Beliau', 'beliau', 'I', 'We', 'we', 'Er', 'er', 'Sie', 'sie'];

/** He, she, they, dia, ia, beliau, I, we, er, sie at `i` (no boundary check, as before). */
function pronounEnds(s: string, i: number): number[] {
  // Whole words only: "said the head of…" has no "he".
  return PRONOUNS.filter((p) => s.startsWith(p, i) && !isLetter(charAt(s, i + p.length))).map((p) => i + p.length);
}

/**
 * Prepositions of the supported languages: a name right after one ("a rally in Orlando and said", "the
 * senator from Pennsylvania saying") is a place or body in someone else's sentence, never its subject.
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set(`in at on from to for into onto near across around outside inside within throughout toward towards
against about over under between among via than like by bei aus nach mit im vom zum zur von
en dans chez sur avec pour depuis desde con para sobre`.split(/\s+/));

/** The lower-case word before `p` and the spaces before it: "" when there is none. */
function wordBefore(s: string, p: number, anyCase = false): string {
  let i = p;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  if (i === p) return '';
  let j = i;
  const inWord = anyCase ? isLetter : isLower;
  // Words are short: a longer run of letters is no word worth reading (and must not cost a scan).
  while (j > 0 && i - j < 30 && inWord(charBefore(s, j))) j -= charBefore(s, j).length;
  return j < i && (j === 0 || !isLetter(charBefore(s, j))) ? s.slice(j, i) : '';
}

/**
 * Does a preposition stand right before `p` ("in Columbia", and "In Mexico City" opening a sentence)? Then no
 * subject starts there.
 */
export function followsPreposition(s: string, p: number): boolean {
  const word = wordBefore(s, p, true).toLowerCase();
  if (PREPOSITIONS.has(word)) return true;
  // "After the Paris attacks, Trump…", "In the depths of the Great Recession, Paul Ryan…": past the article.
  const beforeThe = word === 'the' ? wordBeforeArticle(s, p, true) : '';
  return PREPOSITIONS.has(beforeThe.toLowerCase()) || beforeThe === 'of';
}

/** The word before the "the" that ends right before `p` ("to the Observer" → "to"). */
const wordBeforeArticle = (s: string, p: number, anyCase = false): string => wordBefore(s, s.slice(0, p).trimEnd().length - 3, anyCase);

/**
 * Indonesian prepositions: a body after one is no subject, but its run of capitals can end in a person
 * ("dari Fraksi Nasdem Willy Aditya"), so only the word after the preposition is skipped, not the run.
 */
export const ID_PREPOSITIONS: ReadonlySet<string> = new Set(['di', 'ke', 'dari', 'kepada', 'pada', 'untuk', 'dengan', 'dalam']);

/**
 * How much of the capitals at `p` a preposition before them rules out as a subject: the whole run ("in
 * South Carolina"), the first word, or nothing. "of" does not count: "Secretary of State John Kerry".
 */
function afterPreposition(s: string, p: number, isTitle?: (word: string) => boolean): number {
  let word = wordBefore(s, p);
  // "a statement to the Observer": past the article.
  if (word === 'the') word = wordBeforeArticle(s, p);
  if (PREPOSITIONS.has(word)) {
    const end = nameEnds(s, p)[0] ?? p;
    // "on American-Islamic Relations National Executive Director Nihad Awad": the person after a title in the run is
    // no part of the place or body the preposition governs.
    const title = isTitle ? lastTitleBeforeName(s.slice(p, end), isTitle) : -1;
    return title > 0 ? p + title : end;
  }
  return ID_PREPOSITIONS.has(word) ? p + 1 : p;
}

/** Where the name after the last title word of a run starts, when two words or more follow that title; else -1. */
function lastTitleBeforeName(run: string, isTitle: (word: string) => boolean): number {
  const words = [...run.matchAll(/\S+/g)];
  for (let i = words.length - 3; i >= 0; i--) if (isTitle(words[i][0])) return words[i + 1].index!;
  return -1;
}

/** A capitalised preposition at `p` and a space ("Of Carson", "In Iowa"): "of" too, as no role begins with it. */
function opensWithPreposition(s: string, p: number): boolean {
  if (!isUpper(charAt(s, p))) return false;
  const end = lowerWordEnd(s, p + 1);
  const word = end < 0 ? '' : s.slice(p, end).toLowerCase();
  return (word === 'of' || PREPOSITIONS.has(word)) && isSpace(s.charCodeAt(end));
}

/** A name or, failing that, a pronoun at `i`. */
function nameOrPronounEnds(s: string, i: number): number[] {
  return [...nameEnds(s, i), ...pronounEnds(s, i)];
}

/** "the senator", "a spokeswoman for the campaign": an article and one to three lower-case words. */
function descriptionEnds(s: string, i: number, verbs: Verbs): number[] {
  const articles = ['The', 'the', 'An', 'an', 'A', 'a'].filter((a) => s.startsWith(a, i));
  const out: number[] = [];
  for (const a of articles) {
    const w = spacesEnd(s, i + a.length);
    // "the 43-year-old asked": an age stands for the person.
    const age = w < 0 ? null : AGE.exec(s.slice(w, w + 16));
    let end = w < 0 ? -1 : age ? w + age[0].length : possessiveEnd(s, lowerWordEnd(s, w));
    if (end < 0) continue;
    const ends = [end];
    // "the independent Vermont senator and Democratic presidential candidate told": a capitalised word inside, and
    // "and" joining a second description after "the", but never last.
    let afterName = false;
    let afterAnd = false;
    let inner = 0;
    for (let lowers = 0; lowers < 2 + inner && inner < 4;) {
      const sp = spacesEnd(s, end);
      if (sp < 0) break;
      const name = afterName || age ? undefined : nameEnds(s, sp)[0];
      // Not a full name ("the plan Ludwig van Beethoven said" is Beethoven's): one or two words.
      if (name !== undefined && s.slice(sp, name).split(' ').length > 2) break;
      if (name !== undefined) {
        end = name;
        afterName = true;
        afterAnd = false;
        inner++;
        continue;
      }
      const next = possessiveEnd(s, lowerWordEnd(s, sp));
      const word = next < 0 ? '' : s.slice(sp, next);
      if (word === 'and' && !afterName && !afterAnd && (a === 'the' || a === 'The')) {
        end = next;
        afterAnd = true;
        inner++;
        continue;
      }
      // "the test and pledged", "an activist as she said": a conjunction, a pronoun or a clause ends the description;
      // so does a verb of saying ("the aide said in an emailed statement" is the aide's "said").
      if (next < 0 || GAP_ENDS.has(word) || DESCRIPTION_ENDS.has(word) || verbEnds(s, sp, verbs).length) break;
      ends.push((end = next));
      afterName = afterAnd = false;
      lowers++;
    }
    out.push(...ends.reverse());
  }
  return out;
}

/** "43-year-old": an age written as one word. */
const AGE = /^\d{1,3}-year-old\b/;

/** Is this word an age ("76-year-old")? */
export const isAge = (word: string) => AGE.test(word) && word.length === AGE.exec(word)![0].length;

/** "the 46-year-old": a person described by an age alone. */
export const isAgeDescription = (text: string) => /^the\s+\S+$/i.test(text) && isAge(text.split(/\s+/)[1]);

/** "the paper’s editorial board": past a possessive ’s at `end` (-1 stays -1). */
function possessiveEnd(s: string, end: number): number {
  return end > 0 && (s[end] === '’' || s[end] === "'") && s[end + 1] === 's' && !isLetter(charAt(s, end + 2)) ? end + 2 : end;
}

/** Modal verbs: they may stand between an unnamed source and its verb of saying, and end a description. */
export const MODALS: ReadonlySet<string> = new Set(['could', 'would', 'can', 'will', 'may', 'might', 'must', 'should', 'did']);

/** Forms of "be", "have" and "do": never part of a name or a description, and they follow a subject. */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'be', 'been', 'do', 'does', 'did']);

/** Words that end an unnamed source's description: a clause or a circumstance begins ("…, who spoke on condition…"). */
export const DESCRIPTION_ENDS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'you', ...MODALS, ...AUXILIARY_VERBS, 'who', 'whom', 'whose', 'which', 'that', 'when', 'while', 'as', 'on', 'in', 'at', 'during', 'after', 'before', 'because', 'but', 'and', 'to', 'via']);
/** Words that open an unnamed source or person: "a spokesman", "One operative", "another official", "seorang ibu", "salah satu penyumbang". */
export const INDEFINITE: readonly string[] = ['Another', 'another', 'One', 'one', 'An', 'an', 'A', 'a', 'Seorang', 'seorang', 'Salah seorang', 'salah seorang', 'Salah satu', 'salah satu'];

/** A word of a description at `i` ("senior", "GOP", "White", "U.S.", "Clinton’s", "left-leaning"): its end, or -1. */
function descriptionWordEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const ch = charAt(s, j);
    // Digits too: "a 2008 Clinton veteran", "a 26-year-old man".
    // "P&G": an ampersand inside a word.
    if (!isLetter(ch) && !(ch >= '0' && ch <= '9') && !(j > i && (ch === '-' || ch === '’' || ch === "'" || ch === '.' || ch === '&'))) break;
    j += ch.length;
  }
  // A full stop belongs to the word only inside an abbreviation ("U.S."), not at a sentence end.
  while (j > i && s[j - 1] === '.' && !(j - i >= 2 && s[j - 3] === '.')) j--;
  return j > i ? j : -1;
}

/**
 * An unnamed source ("one senior Democrat", "a spokesman for committee Democrats", "a White House official
 * familiar with the talks"): an indefinite article and up to eight words, before a clause, a circumstance, a
 * speech verb or punctuation. Its possible ends, longest first. Readers quote these as written: they name no
 * one, so they must not be resolved to someone named earlier.
 */
export function unnamedSourceEnds(s: string, i: number, verbs: Verbs): number[] {
  const article = INDEFINITE.find((a) => s.startsWith(a, i) && atWordBoundary(s, i + a.length));
  if (!article) return [];
  const ends: number[] = [];
  let at = spacesEnd(s, i + article.length);
  // "another wrote", "One said": the pronoun alone, right before its verb; "…,” read one.": or ending the clause.
  if (/^(?:another|one)$/i.test(article) && ((at >= 0 && verbEnds(s, at, verbs).length) || /^[.,;!?]/.test(s.slice(i + article.length, i + article.length + 1)))) return [i + article.length];
  let previous = '';
  for (let n = 0; at >= 0 && n < 8; n++) {
    const end = descriptionWordEnd(s, at);
    const word = end < 0 ? '' : s.slice(at, end);
    // "a source close to him": "to" after "close" goes on.
    if (end < 0 || (DESCRIPTION_ENDS.has(word) && !(word === 'to' && previous === 'close')) || verbEnds(s, at, verbs).length) break;
    // The description ends with a noun, not a connector: "a spokesman for", "one of the", "a source close" are cut back.
    if (!/^(?:for|of|with|from|the|a|an|his|her|their|its|close|to)$/.test(word) && !/[’']s$/.test(word)) ends.push(end);
    previous = word;
    at = spacesEnd(s, end);
  }
  return ends.reverse();
}

/** An unnamed source at `p` followed by its speech verb (after up to `maxWords` lower-case words). */
function unnamedThenVerb(s: string, p: number, maxWords: number, verbs: Verbs, accept?: (end: number) => boolean): CueMatch | null {
  for (const end of unnamedSourceEnds(s, p, verbs)) {
    const v = verbAfterSubject(s, end, maxWords, verbs, { paren: false, bareComma: false, accept }) ?? verbAfterRelative(s, end, verbs, accept) ?? verbAfterModal(s, end, verbs, accept);
    // "A top strategist, John Weaver, said…": the name in an aside after the description is who speaks.
    const aside = v ? describedName(s, end, v[0]) : null;
    if (v && aside) return { subject: s.slice(...aside), cue: s.slice(v[0], v[1]), end: v[1] };
    // The place belongs to the description: "a narrator in the Clinton ad".
    const place = v && placeAt(s, spacesEnd(s, end));
    if (v) return { subject: s.slice(p, place ? v[0] : end).trimEnd(), cue: s.slice(v[0], v[1]), end: v[1], unnamed: true };
  }
  return null;
}

/** "a spokesman for Bernie Sanders could only quip": a modal and perhaps one adverb, then the verb. Its [start, end], or null. */
function verbAfterModal(s: string, at: number, verbs: Verbs, accept?: (end: number) => boolean): [number, number] | null {
  let w = spacesEnd(s, at);
  const modal = w < 0 ? -1 : lowerWordEnd(s, w);
  if (modal < 0 || !MODALS.has(s.slice(w, modal))) return null;
  w = spacesEnd(s, modal);
  for (let k = 0; w >= 0 && k < 2; k++) {
    const v = verbEnds(s, w, verbs)[0];
    if (v !== undefined) return !accept || accept(v) ? [w, v] : null;
    const adverb = lowerWordEnd(s, w);
    if (adverb < 0 || !/^(?:only|also|later|then|\w+ly)$/.test(s.slice(w, adverb))) return null;
    w = spacesEnd(s, adverb);
  }
  return null;
}

/** Prepositions of the place an unnamed source speaks from: "a narrator in the Clinton ad", "a voter at the rally", "a message on the website". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'on']);

/** Does a place phrase open at `w` ("in the Clinton ad", "on the website"; not a day's "on Tuesday night")? */
function placeAt(s: string, w: number): boolean {
  const end = w < 0 ? -1 : lowerWordEnd(s, w);
  if (end < 0 || !PLACE_PREPOSITIONS.has(s.slice(w, end))) return false;
  return s.slice(w, end) !== 'on' || lowerWordEnd(s, spacesEnd(s, end)) > 0;
}

/**
 * "a White House official who spoke anonymously to discuss internal strategy said", "another source speaking to Fox
 * News said": a relative or participle clause of up to twelve words between an unnamed source and its verb.
 */
function verbAfterRelative(s: string, at: number, verbs: Verbs, accept?: (end: number) => boolean): [number, number] | null {
  let w = spacesEnd(s, at);
  // …or a participle: "another intelligence source speaking to Fox News said".
  const first = w < 0 ? -1 : lowerWordEnd(s, w);
  const relative = first > 0 && s.slice(w, first) === 'who';
  // …or a place: "a narrator in the Clinton ad asks".
  const place = first > 0 && placeAt(s, w);
  if (first < 0 || !(relative || place || (first - w > 4 && s.startsWith('ing', first - 3)))) return null;
  w = spacesEnd(s, first);
  for (let k = 0; w >= 0 && k < (place ? 5 : 12); k++) {
    // Past the relative clause's own first verb ("who spoke…", "who said…" is that clause's).
    const v = k > 0 || !relative ? verbEnds(s, w, verbs).find((end) => !accept || accept(end)) : undefined;
    if (v !== undefined) return [w, v];
    const we = descriptionWordEnd(s, w);
    w = we < 0 ? -1 : spacesEnd(s, we);
  }
  return null;
}

/** Who is speaking at `i`: a description, a pronoun, a name (perhaps after "the"), or a role-led name. */
function subjectEnds(s: string, i: number, verbs: Verbs, roleLed = true): number[] {
  const out = [...descriptionEnds(s, i, verbs), ...pronounEnds(s, i)];
  if (s.startsWith('The', i) || s.startsWith('the', i)) {
    const sp = spacesEnd(s, i + 3);
    if (sp > 0) out.push(...nameEnds(s, sp));
  }
  return [...out, ...nameEnds(s, i), ...(roleLed ? roleLedNameEnds(s, i) : [])];
}

/**
 * "Senate minority leader Harry Reid", "former Florida governor Jeb Bush", "Tulsa
 * police Chief Chuck Jordan": capitalised words and up to three lower-case role
 * words, ending in the name. Tried last, when the plain forms found no verb;
 * longest first.
 */
function roleLedNameEnds(s: string, i: number): number[] {
  const ends: number[] = [];
  let at = i;
  let lower = 0;
  for (let tokens = 0; tokens < 8; tokens++) {
    const name = nameEnds(s, at)[0];
    let end: number;
    // "Fight for $15 organizing director Kendall Fells": a number may be part of a body's name.
    const number = name === undefined && tokens > 0 ? NUMBER_TOKEN.exec(s.slice(at, at + 12)) : null;
    if (number) {
      end = at + number[0].length;
    } else if (name !== undefined) {
      end = name;
      if (lower > 0) ends.push(end);
    } else {
      end = lowerWordEnd(s, at);
      // "President Obama on Friday declared": a place or time after a preposition is no part of a role; nor is a
      // subordinator or a (German) article: "so wenn die dazugehörigen Dächer und Wände" names no one.
      if (end < 0 || ++lower > 4 || (PREPOSITIONS.has(s.slice(at, end)) && s.slice(at, end) !== 'for') || NOT_IN_ROLE.has(s.slice(at, end))) break;
    }
    const next = spacesEnd(s, end);
    if (next < 0) break;
    at = next;
  }
  return ends.reverse();
}

/** Words no role holds: subordinators, and the articles of a language that capitalises its nouns ("and" may join two
 * people: "state Senate leader Phil Berger and House Speaker Tim Moore said"). */
const NOT_IN_ROLE: ReadonlySet<string> = new Set(['when', 'if', 'wenn', 'dass', 'die', 'der', 'das', 'den', 'dem', 'des', 'yang']);

/** "$15", "1199": a number standing as a word. */
const NUMBER_TOKEN = /^\$?\d[\d,.]*(?=\s)/;

/** " (R-Tex.", " (D-N": a party's letter and a state in brackets. */
const PARTY_ASIDE = /^\s\([RDI]-/;

/** " (37)": an age in brackets after a name, as Indonesian news gives it. */
export const AGE_AFTER = /^\s\(\d{1,3}\)/;

/** "(R-Fla.)" after a name: the end with the aside, then without. */
function parenAsideEnds(s: string, i: number): number[] {
  const open = skipSpace(s, i);
  if (s[open] === '(') {
    let j = open + 1;
    while (j < s.length && s[j] !== '(' && s[j] !== ')') j++;
    if (s[j] === ')' && j - open - 1 >= 1 && j - open - 1 <= 24) return [j + 1, i];
  }
  return [i];
}

const STOPS = ',.!?"“”';

/**
 * Words that open a time or place between a name and its verb: "Obama on Friday declared", "Priebus later Thursday
 * told", "Febria Rachmanita di Surabaya, Rabu (16/9/2020), mengatakan" ("in"/"at" lose more English cues than they find).
 */
const TIME_OPENERS = new Set(['on', 'last', 'this', 'later', 'earlier', 'di']);

/** Such a time after `i`: one opener, "the" perhaps, one to three capitalised words. Its end first, then `i`. */
function timeAsideEnds(s: string, i: number): number[] {
  const w = spacesEnd(s, i);
  const we = w < 0 ? -1 : lowerWordEnd(s, w);
  if (we < 0 || !TIME_OPENERS.has(s.slice(w, we))) return [i];
  let at = spacesEnd(s, we);
  if (at >= 0 && (s.startsWith('the ', at) || s.startsWith('The ', at))) at = spacesEnd(s, at + 3);
  const end = at < 0 ? undefined : nameEnds(s, at)[0];
  if (end === undefined || s.slice(at, end).split(/\s+/).length > 3) return [i];
  // "on Tuesday night": a part of the day after the day.
  const d = spacesEnd(s, end);
  const de = d < 0 ? -1 : lowerWordEnd(s, d);
  return de > 0 && PARTS_OF_DAY.has(s.slice(d, de)) ? [de, end, i] : [end, i];
}

/** "on Tuesday night", "on Monday morning". */
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** A full stop inside a word ("R-Ky.,", "D-N.Y."): an abbreviation, not a sentence's end. */
const isInnerDot = (s: string, j: number) => s[j] === '.' && j + 1 < s.length && !isSpace(s.charCodeAt(j + 1));

/**
 * ", a spokesman for X," or ", R-Ky.," after a name: the end with the aside, then without; `bare` also allows a
 * lone comma.
 */
function commaAsideEnds(s: string, i: number, bare = false): number[] {
  if (s[i] !== ',') return [i];
  let j = i + 1;
  while (j < s.length) {
    if (!STOPS.includes(s[j]) || isInnerDot(s, j)) j++;
    else if (quotedPhraseEnd(s, j) > 0) j = quotedPhraseEnd(s, j) + 1;
    else break;
  }
  const out: number[] = [];
  if (s[j] === ',' && j - i - 1 >= 2 && j - i - 1 <= 120) {
    // "Umbu Rauta, saat dihubungi, Jumat (5/2/2021), mengatakan", "Harry Bond, 30, of Raleigh, N.C., who was among
    // those polled, said": up to three more short asides (age, when, where).
    let end = j;
    const more: number[] = [];
    for (let k = 0; k < 3; k++) {
      let e = end + 1;
      while (e < s.length && e - end <= 41 && (!STOPS.includes(s[e]) || isInnerDot(s, e) || (s[e] === '.' && s[e + 1] === ','))) e++;
      if (s[e] !== ',' || e - end - 1 < 2 || e - end - 1 > 40) break;
      more.unshift(e + 1);
      end = e;
    }
    out.push(...more, j + 1);
  }
  if (bare) out.push(i + 1);
  out.push(i);
  return out;
}

/**
 * "wearing a cowboy hat and “Ted Cruz” campaign pins": a short quoted phrase inside an aside, whose last position
 * (the closing mark) is returned when `i` opens one; else -1.
 */
function quotedPhraseEnd(s: string, i: number): number {
  const close = s[i] === '“' ? '”' : s[i] === '"' ? '"' : '';
  const end = close ? s.indexOf(close, i + 1) : -1;
  return end > i + 1 && end - i <= 40 && !/[,.!?"“”]/.test(s.slice(i + 1, end)) ? end : -1;
}

/** Possessive determiners: what follows one is a noun phrase ("his past comments", "their reports"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** Words that no gap between a subject and its verb holds: the verb after them belongs to a coordinated clause. */
const GAP_ENDS: ReadonlySet<string> = new Set(['and', 'or', 'but']);
/** After an aside, "who" and "which" open a clause about the aside's last noun: "In Mexico City, Trump endured a
 * lecture from the Mexican president, who said…" is not "In Mexico City" speaking. Right after a name, "Trump, who
 * said…", the name is the speaker. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/**
 * After a subject ending at `at`: an aside, spaces, up to `maxWords` lower-case
 * words, and a speech verb that `accept` agrees to. The verb's [start, end], or null.
 */
function verbAfterSubject(s: string, at: number, maxWords: number, verbs: Verbs, opts: { paren: boolean | 'party'; bareComma: boolean; accept?: (end: number) => boolean; pronouns?: ReadonlySet<string> }): [number, number] | null {
  // "Trump’s comments had rattled them": a possessive is no subject ("comments" is a noun there).
  if (at >= 2 && (s[at - 1] === 's' || s[at - 1] === 'S') && (s[at - 2] === '’' || s[at - 2] === "'")) return null;
  // "Sanders’ comments": the plural form of the possessive.
  if (at >= 2 && (s[at - 1] === '’' || s[at - 1] === "'") && (s[at - 2] === 's' || s[at - 2] === 'S')) return null;
  // "Sen. Ted Cruz (R-Tex.)" and "Amir (37)" keep their brackets with the name.
  const bracketed = PARTY_ASIDE.test(s.slice(at, at + 4)) || AGE_AFTER.test(s.slice(at, at + 6));
  const parens = opts.paren === 'party' ? (bracketed ? parenAsideEnds(s, at) : [at]) : opts.paren ? parenAsideEnds(s, at) : [at];
  for (const a of [...parens, ...timeAsideEnds(s, at).slice(0, -1)]) {
    for (const c of commaAsideEnds(s, a, opts.bareComma)) {
      let w = spacesEnd(s, c);
      for (let k = 0; w >= 0 && k <= maxWords; k++) {
        // "Trump thanked Adelson, telling Reuters": a participle after a comma belongs to the sentence's subject.
        // "He explained the Drudge headline by saying": a participle after a preposition has no subject.
        const v = verbEnds(s, w, verbs).find((end) => (!opts.accept || opts.accept(end)) && !(s.startsWith('ing', end - 3) && (c !== a || PREPOSITIONS.has(wordBefore(s, w)))));
        if (v !== undefined) return [w, v];
        const we = lowerWordEnd(s, w);
        // "South Carolina, he said, was…": a verb after a pronoun is the pronoun's. "He adopted a fake Southern
        // accent and joked": a verb after "and" is the sentence's, not the capitalised word's.
        // "Given his past comments on…": a word after a possessive is a noun, not the subject's verb.
        if (we > 0 && (opts.pronouns?.has(s.slice(w, we)) || GAP_ENDS.has(s.slice(w, we)) || POSSESSIVES.has(s.slice(w, we)) || (c !== a && RELATIVES.has(s.slice(w, we))))) break;
        w = we < 0 ? -1 : spacesEnd(s, we);
      }
    }
  }
  return null;
}

/** Leading spaces and punctuation: `^[\s,.!?;:…—–-]*`. */
function leadEnd(s: string): number {
  let i = 0;
  while (i < s.length && (isSpace(s.charCodeAt(i)) || ',.!?;:…—–-'.includes(s[i]))) i++;
  return i;
}

export interface CueMatch {
  subject: string;
  cue: string;
  between?: string;
  end: number;
  /** The subject is an unnamed source ("one senior Democrat"): shown as written, never resolved to a name. */
  unnamed?: boolean;
}

/**
 * An unnamed source at `i`, unless a name follows it as an aside ("a Trump spokeswoman, Hope Hicks, said"):
 * then the name is the subject. Null when no indefinite description starts at `i`.
 */
function unnamedSource(s: string, i: number, verbs: Verbs): { end: number; name?: [number, number] } | null {
  const end = unnamedSourceEnds(s, i, verbs)[0];
  if (end === undefined) return null;
  if (s[end] === ',') {
    const at = spacesEnd(s, end + 1);
    const nameEnd = at < 0 ? undefined : nameEnds(s, at)[0];
    if (nameEnd !== undefined && (nameEnd === s.length || ',.;'.includes(s[nameEnd]))) return { end: nameEnd, name: [at, nameEnd] };
  }
  return { end };
}

/** `, ujar Menlu RI` / `, said John Smith` / `, kata juru bicara X`: verb, up to four lower-case words, a name or pronoun. */
export function verbThenSubject(s: string, verbs: Verbs): CueMatch | null {
  const lead = leadEnd(s);
  for (const v of verbEnds(s, lead, verbs, false)) {
    let w = spacesEnd(s, v);
    const unnamed = w < 0 ? null : unnamedSource(s, w, verbs);
    if (unnamed?.name) return { cue: s.slice(lead, v), between: '', subject: s.slice(...unnamed.name), end: unnamed.end };
    if (unnamed) return { cue: s.slice(lead, v), subject: s.slice(w, unnamed.end), end: unnamed.end, unnamed: true };
    for (let k = 0; w >= 0 && k <= 4; k++) {
      const end = nameOrPronounEnds(s, w)[0];
      if (end !== undefined) return { cue: s.slice(lead, v), between: s.slice(spacesEnd(s, v), w), subject: s.slice(w, end), end };
      // "said 9/11 widow Terry Strada": a number may stand among the description's words.
      const we = lowerWordEnd(s, w) > 0 ? lowerWordEnd(s, w) : numberWordEnd(s, w);
      w = we < 0 ? -1 : spacesEnd(s, we);
    }
  }
  return null;
}

/**
 * After a role word that a verb introduced ("said Republican| party boss Reince Priebus"): up to three
 * lower-case words that `isRole` accepts, then a name. The name's [start, end], or null.
 */
export function nameAfterRole(s: string, at: number, isRole: (word: string) => boolean): [number, number] | null {
  let w = spacesEnd(s, at);
  for (let k = 0; w >= 0 && k < 3; k++) {
    const we = lowerWordEnd(s, w);
    if (we < 0 || !isRole(s.slice(w, we))) break;
    w = spacesEnd(s, we);
    const name = w < 0 ? undefined : nameEnds(s, w)[0];
    if (name !== undefined) return [w, name];
  }
  return null;
}

/**
 * `” ― Karen Bobadilla` closing a line, or `- Michelle Marks, Philadelphia.` as a line of its own: a dash and a
 * name (and a place after a comma), nothing after, as under an epigraph or a reader's comment.
 */
export function dashSignature(s: string): CueMatch | null {
  const dash = skipSpace(s, 0);
  if (!'―—–-'.includes(s[dash] ?? 'x')) return null;
  const at = skipSpace(s, dash + 1);
  const end = nameEnds(s, at)[0];
  if (end === undefined) return null;
  let rest = lineRestEnd(s, end);
  // "- Michelle Marks, Philadelphia.": a place after the comma; "-President Obama, tweeting after Clinton's speech.":
  // what the person was doing.
  if (s.slice(end, rest).includes(',')) {
    const doing = DOING_LINE.exec(s.slice(rest));
    rest = lineRestEnd(s, nameEnds(s, rest)[0] ?? (doing ? rest + doing[0].length : rest));
  }
  return rest === s.length || s[rest] === '\n' ? { subject: s.slice(at, end), cue: s[dash], end } : null;
}

/** "tweeting after Clinton's speech.": a participle's clause to the line's end. */
const DOING_LINE = /^\p{Ll}+ing\b[^\n]{0,80}?(?=\.?(?:\n|$))/u;

/** Past spaces (not line breaks), full stops and commas from `i`. */
function lineRestEnd(s: string, i: number): number {
  while (i < s.length && (s[i] === '.' || s[i] === ',' || (s[i] !== '\n' && isSpace(s.charCodeAt(i))))) i++;
  return i;
}

/** `, tegasnya`: a lower-case word ending in -nya at the start. */
export function nyaCue(s: string): string | null {
  const lead = leadEnd(s);
  let end = lead;
  while (end < s.length && isLower(charAt(s, end))) end += charAt(s, end).length;
  for (let k = end; k - 3 > lead; k--) {
    if (s.startsWith('nya', k - 3) && atWordBoundary(s, k)) return s.slice(lead, k);
  }
  return null;
}

/** `, John Smith said` / `, he told reporters` / `, Smith, a spokesman for X, said`: subject, then verb, at the start. */
export function subjectThenVerb(s: string, verbs: Verbs): CueMatch | null {
  const lead = leadEnd(s);
  const unnamed = unnamedThenVerb(s, lead, 1, verbs);
  if (unnamed) return unnamed;
  for (const end of subjectEnds(s, lead, verbs)) {
    const v = verbAfterSubject(s, end, 2, verbs, { paren: true, bareComma: false });
    if (!v) continue;
    // "the presumptive GOP presidential nominee, Donald Trump, tweeted": the name in the aside after a description.
    const aside = /^the\s/i.test(s.slice(lead, end + 1)) ? describedName(s, end, v[0]) : null;
    if (aside) return { subject: s.slice(...aside), cue: s.slice(v[0], v[1]), end: v[1] };
    return { subject: s.slice(lead, end), cue: s.slice(v[0], v[1]), end: v[1] };
  }
  return appositiveThenVerb(s, lead, verbs);
}

/** ", Donald Trump," between a description ending at `end` and its verb at `verb`: the name's range, or null. */
function describedName(s: string, end: number, verb: number): [number, number] | null {
  if (s[end] !== ',') return null;
  const at = spacesEnd(s, end + 1);
  const nameEnd = at < 0 ? undefined : nameEnds(s, at)[0];
  return nameEnd !== undefined && s[nameEnd] === ',' && spacesEnd(s, nameEnd + 1) === verb ? [at, nameEnd] : null;
}

/**
 * `, said the base chief, who…`: a verb, "the", one to three lower-case words, then a comma, full stop, semicolon
 * or the end. The description as the subject (the caller decides whether it names anyone).
 */
export function verbThenDescription(s: string, verbs: Verbs): CueMatch | null {
  let lead = 0;
  while (lead < s.length && (isSpace(s.charCodeAt(lead)) || s[lead] === ',')) lead++;
  for (const v of verbEnds(s, lead, verbs)) {
    const the = spacesEnd(s, v);
    if (the < 0 || !s.startsWith('the', the)) continue;
    let end = spacesEnd(s, the + 3);
    for (let k = 0; end >= 0 && k < 3; k++) {
      // "said the senior Cruz adviser": a capitalised word inside, never last (the caller decides what it names).
      const name = nameEnds(s, end)[0];
      const after = name === undefined ? -1 : spacesEnd(s, name);
      if (after > 0 && lowerWordEnd(s, after) > 0) {
        end = after;
        continue;
      }
      // "said the 46-year-old": an age is a word of the description too.
      const age = lowerWordEnd(s, end) < 0 ? AGE.exec(s.slice(end, end + 16)) : null;
      let we = age ? end + age[0].length : lowerWordEnd(s, end);
      if (we < 0) break;
      // "says the ad’s narrator": a possessive word of the description.
      if ((s[we] === '’' || s[we] === "'") && s[we + 1] === 's' && isSpace(s.charCodeAt(we + 2))) we += 2;
      // …or before a clause about it ("said the base chief known as Bob, speaking…", "said the aide who…").
      if (skipSpace(s, we) === s.length || ',.;'.includes(s[we]) || /^\s+(?:who|known|speaking)\s/.test(s.slice(we, we + 11))) return { cue: s.slice(lead, v), subject: s.slice(the, we), end: we };
      // …or before what it is of or to ("said the former top aide to President George W. Bush", "wrote the authors of
      // the “Growth and Opportunity Project,”"), up to the clause's end: the description is all of it.
      const of = complementEnd(s, we, verbs);
      if (of > 0) {
        // A title opened in it is closed in it: "the authors of the “Growth and Opportunity Project”".
        const written = s.slice(the, of);
        const subject = written + ((written.match(/“/g)?.length ?? 0) > (written.match(/”/g)?.length ?? 0) ? '”' : '');
        return { cue: s.slice(lead, v), subject, end: of, between: s.slice(the, we) };
      }
      end = spacesEnd(s, we);
    }
  }
  return null;
}

/**
 * "kata ibu dua anak ini", "ujar sopir yang mengaku belum punya SIM itu": a verb, then a lower-case description of
 * up to twelve words, opened by a word that is no function word (`isFunctionWord`: not "ujarnya saat dikontak
 * Kompas hari ini"), that a word pointing back (`demonstratives`) closes at the clause's end. The subject is the
 * description without that word.
 */
export function verbThenDemonstrative(s: string, verbs: Verbs, demonstratives: ReadonlySet<string>, isFunctionWord: (word: string) => boolean): CueMatch | null {
  const lead = leadEnd(s);
  for (const v of verbEnds(s, lead, verbs)) {
    const first = spacesEnd(s, v);
    const firstEnd = first < 0 ? -1 : lowerWordEnd(s, first);
    if (firstEnd < 0 || isFunctionWord(s.slice(first, firstEnd))) continue;
    let w = first;
    for (let k = 0; w >= 0 && k < 12; k++) {
      const we = descriptionWordEnd(s, w);
      if (we < 0) break;
      if (k > 0 && demonstratives.has(s.slice(w, we)) && (we === s.length || ',.;!?'.includes(s[we]))) return { cue: s.slice(lead, v), subject: s.slice(first, w).trimEnd(), end: we };
      w = spacesEnd(s, we);
    }
  }
  return null;
}

/** Prepositions that tie a description to what it is part of: "the aide to", "the authors of". */
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'at']);

/**
 * After a description's head at `at`, " to President George W. Bush." or " of the “Growth and Opportunity Project,”":
 * a preposition and up to eight words, with no verb of saying, to a comma, full stop or the end. Its end (quote marks
 * and punctuation left out), or -1.
 */
function complementEnd(s: string, at: number, verbs: Verbs): number {
  const p = spacesEnd(s, at);
  const pe = p < 0 ? -1 : lowerWordEnd(s, p);
  if (pe < 0 || !COMPLEMENT_PREPOSITIONS.has(s.slice(p, pe))) return -1;
  const m = /^[^,.;:!?\n]*/.exec(s.slice(pe))!;
  let end = pe + m[0].length;
  // "U.S.", "George W. Bush": full stops inside abbreviations and initials go on.
  while (s[end] === '.' && /^\.\s*[A-Z]/.test(s.slice(end, end + 3)) && /(?:^|[\s.])[A-Z]$/.test(s.slice(end - 2, end))) end += 1 + /^[^,.;:!?\n]*/.exec(s.slice(end + 1))![0].length;
  const words = s.slice(pe, end).trim().split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 8 || containsVerb(s.slice(pe, end), verbs, true)) return -1;
  // "posted the clip to YouTube on Thursday": a clause or circumstance inside (outside quote marks) is no description.
  let quoted = false;
  for (const w of words) {
    if (/^[“"]/.test(w)) quoted = true;
    if (!quoted && DESCRIPTION_ENDS.has(w)) return -1;
    if (/[”"]$/.test(w)) quoted = false;
  }
  // A closing mark stays when the words opened one ("of the “Growth and Opportunity Project,”").
  const opened = /[“"]/.test(s.slice(pe, end).replace(/[”"]\s*$/, ''));
  while (end > pe && /[\s”"’']/.test(s[end - 1]) && !(opened && /[”"]/.test(s[end - 1]))) end--;
  return end;
}

/** "Rep. Duncan": a full stop after a short capitalised word, before a capitalised one, abbreviates a title. */
function isTitleDot(s: string, j: number): boolean {
  if (s[j] !== '.' || s[j + 1] !== ' ' || !isUpper(charAt(s, j + 2))) return false;
  let i = j;
  while (i > 0 && isLower(charAt(s, i - 1))) i--;
  return j - i <= 3 && i > 0 && isUpper(charAt(s, i - 1)) && (i < 2 || isSpace(s.charCodeAt(i - 2)));
}

/** `, Sanders’s campaign manager, Jeff Weaver, said`: a role of up to six words, the name as an aside, the verb. */
function appositiveThenVerb(s: string, lead: number, verbs: Verbs): CueMatch | null {
  let comma = lead;
  // "California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told": a title's full stop goes on.
  while (comma < s.length && comma - lead <= 60 && (!STOPS.includes(s[comma]) || isTitleDot(s, comma))) comma++;
  if (s[comma] !== ',' || comma === lead || s.slice(lead, comma).trim().split(/\s+/).length > 7) return null;
  const at = spacesEnd(s, comma + 1);
  const end = at < 0 ? undefined : nameEnds(s, at)[0];
  if (end === undefined || s[end] !== ',') return null;
  const v = verbAfterSubject(s, end, 0, verbs, { paren: false, bareComma: true });
  return v ? { subject: s.slice(at, end), cue: s.slice(v[0], v[1]), end: v[1] } : null;
}

/** `, according to John Smith` / `, menurut Ketua KPU` at the start. */
export function accordingTo(s: string): CueMatch | null {
  const lead = leadEnd(s);
  for (const cue of ['according to', 'menurut']) {
    if (!s.startsWith(cue, lead)) continue;
    const sp = spacesEnd(s, lead + cue.length);
    const end = sp < 0 ? undefined : nameOrPronounEnds(s, sp)[0];
    if (end !== undefined) return { subject: s.slice(sp, end), cue, end };
  }
  return null;
}

/** Index of the last sentence stop or quote mark, so that "nothing of these follows" is one comparison. */
function lastStop(s: string): number {
  let last = -1;
  for (let i = 0; i < s.length; i++) if ('.!?"“”'.includes(s[i])) last = i;
  return last;
}

/** Does a name start at `p` (a capital, not "The")? */
const isName = (s: string, p: number) => isUpper(charAt(s, p)) && !/^The\s/.test(s.slice(p, p + 4));

/** "Mike Lee, who declared in the spin room, “…": the verb of a relative clause right after the subject's name. */
function relativeVerb(s: string, end: number, verbs: Verbs, stop: number): [number, number] | null {
  // "Sen. Marco Rubio of Florida, who mused…": a place may follow the name.
  const rel = /^(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?,?\s+who\s+/u.exec(s.slice(end, end + 40));
  if (!rel) return null;
  const w = end + rel[0].length;
  const v = verbEnds(s, w, verbs).find((e) => e > stop);
  return v === undefined ? null : [w, v];
}

/** Words after which a clause, and so perhaps its subject, begins. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'while', 'as', 'that', 'because', 'when', 'where', 'although', 'though', 'since', 'so', 'then', 'yet', 'even']);

/**
 * Does a clause begin at `p`: the text's start, after punctuation, or after a conjunction? An indefinite
 * description elsewhere is an object ("incurred a wave of boos upon saying", "At one point, Trump tweeted").
 */
function opensClause(s: string, p: number): boolean {
  let i = p;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  if (i === 0 || !isLetter(charBefore(s, i))) return true;
  // "As one employee told…" opens a sentence with its conjunction.
  const word = wordBefore(s, p, true).toLowerCase();
  return word !== '' && CLAUSE_OPENERS.has(word);
}

/** What the language knows of the words around a subject. */
export interface SubjectWords {
  /** Lower-case pronouns: a verb after one is the pronoun's ("South Carolina, he said"). */
  pronouns?: ReadonlySet<string>;
  /** Title words: after a preposition, the person after a title is no part of the place ("on … Director Nihad Awad"). */
  isTitle?: (word: string) => boolean;
  /** Function words that are no subject when capitalised ("When asked", "After"), pronouns aside. */
  isFunctionWord?: (word: string) => boolean;
}

/**
 * Before a quote: `Smith said: "…` / `Trump said the plan was "…`: the leftmost subject with a verb and no
 * sentence end after it; a role-led name ("Tulsa police Chief Chuck Jordan said") only when no plain one is there.
 */
export function subjectVerbBefore(s: string, verbs: Verbs, words: SubjectWords = {}): CueMatch | null {
  const { pronouns, isTitle, isFunctionWord } = words;
  const stop = lastStop(s);
  for (const roleLed of [false, true]) {
    // The leftmost subject with a verb ("Lazar said he welcomed extradition to the United States and added, “…"),
    // unless a later subject has its verb right after it, nearer the quote ("In Berea, after winning Ohio, Gov.
    // John Kasich said, “…").
    let best: CueMatch | null = null;
    // A name after a preposition is skipped whole: "in South Carolina" holds no subject "Carolina" either.
    let skipTo = 0;
    for (let p = 0; p < s.length; p++) {
      if (p < skipTo || (p > 0 && isLetter(charBefore(s, p)))) continue;
      // …except before ", who said": "an endorsement from Mike Lee, who declared, “…”", "this tweet from Rikkie Wells who
      // tweeted, “…”".
      if (p > 0 && (skipTo = afterPreposition(s, p, isTitle)) > p && !/^,?\s+who\s/.test(s.slice(skipTo, skipTo + 6))) continue;
      // "Of Carson, Levine said": a run of capitals opened by a preposition ("Of", "In") is no subject; nor is a
      // description after a preposition ("walk into the polls saying").
      if (opensWithPreposition(s, p)) { skipTo = nameEnds(s, p)[0] ?? p; continue; }
      if (p > 0 && PREPOSITIONS.has(wordBefore(s, p)) && /^(?:the|an?)\s/.test(s.slice(p, p + 4))) continue;
      // "a spokesman for Bernie Sanders could only quip": after "a", the name a role leads to is whom the role serves.
      if (roleLed && p > 0 && /^(?:a|an)$/i.test(wordBefore(s, p))) continue;
      const maxWords: number = best ? 0 : 3;
      let found: CueMatch | null = roleLed || !opensClause(s, p) ? null : unnamedThenVerb(s, p, 0, verbs, (e) => e > stop);
      for (const end of found ? [] : subjectEnds(s, p, verbs, roleLed)) {
        // "When asked about Trump's disposition, Cruz said": a capitalised function word is no subject; nor does one
        // open a role ("which Will claims").
        if (isFunctionWord?.(s.slice(p, end)) || (roleLed && isLower(charAt(s, p)) && isFunctionWord?.(s.slice(p, lowerWordEnd(s, p))))) continue;
        // "Recently she announced": a pronoun between a capital and the verb is the verb's subject.
        const v: [number, number] | null = verbAfterSubject(s, end, maxWords, verbs, { paren: true, bareComma: false, accept: (e) => e > stop, pronouns })
          ?? (isName(s, p) ? relativeVerb(s, end, verbs, stop) : null);
        // "The leader of the Anti-Defamation League, Jonathan Greenblatt, warned": the name in the aside after it.
        const aside = v && /^the\s/i.test(s.slice(p, end + 1)) ? describedName(s, end, v[0]) : null;
        if (v) { found = { subject: aside ? s.slice(...aside) : s.slice(p, end), cue: s.slice(v[0], v[1]), end: v[1] }; break; }
      }
      if (found && (!best || found.end > best.end)) best = found;
    }
    if (best) return best;
  }
  return null;
}

/** Before a quote: `according to John Smith, "…` / `Menurut Ketua KPU, "…`. */
export function accordingToBefore(s: string): CueMatch | null {
  const stop = lastStop(s);
  for (let p = 0; p < s.length; p++) {
    const cue = ['according to', 'According to', 'Menurut', 'menurut'].find((c) => s.startsWith(c, p));
    if (!cue) continue;
    const sp = spacesEnd(s, p + cue.length);
    if (sp < 0) continue;
    // `,?` then no sentence end: a comma is no stop, so the name's end decides.
    for (const end of nameOrPronounEnds(s, sp)) if (end > stop) return { subject: s.slice(sp, end), cue, end };
  }
  return null;
}

/**
 * Before a quote: `He added, "…` / `Kata dia, "…` / `…the primary schedule, explained Rosenberg, "…`: a verb
 * starting a sentence or a clause after a comma, a name or pronoun, nothing after.
 */
export function verbSubjectBefore(s: string, verbs: Verbs): CueMatch | null {
  for (let p = 0; p < s.length; p++) {
    let start = -1;
    if (p === 0) start = 0;
    else if ('.!?,'.includes(s[p - 1])) start = spacesEnd(s, p);
    if (start < 0) continue;
    for (const v of verbEnds(s, start, verbs, false)) {
      const sp = spacesEnd(s, v);
      if (sp < 0) continue;
      for (const end of nameOrPronounEnds(s, sp)) {
        let rest = end;
        if (s[rest] === ',' || s[rest] === ':') rest++;
        // "…, saying he “has consistently demonstrated…”": a pronoun running into the quote is the quote's own subject.
        else if (isLower(charAt(s, sp))) continue;
        if (skipSpace(s, rest) === s.length) return { subject: s.slice(sp, end), cue: s.slice(start, v), end };
      }
    }
  }
  return null;
}

/**
 * Whether a speech verb stands anywhere in `s` (followed by a word boundary; preceded by one too, when
 * `wordStart`): what `/(?:said|told|…)\b/` tests, without compiling that pattern of every verb on each page.
 */
export function containsVerb(s: string, verbs: Verbs, wordStart = false): boolean {
  for (const prefix of verbs.byPrefix.keys()) {
    for (let i = s.indexOf(prefix); i >= 0; i = s.indexOf(prefix, i + 1)) {
      if ((!wordStart || atWordBoundary(s, i)) && verbEnds(s, i, verbs).length) return true;
    }
  }
  return false;
}

/** Where speech verbs start, in order. */
function verbStarts(s: string, verbs: Verbs): number[] {
  const out: number[] = [];
  // A verb follows spaces in every cue pattern: only the start and positions after a space can hold one.
  const after = /\s/g;
  for (let i = 0; i < s.length; i = after.exec(s)?.index ?? s.length, i++) if (verbEnds(s, i, verbs).length) out.push(i);
  return out;
}

/** The first index from `k` on whose value is at least `p` (values ascending). */
function nextAtOrAfter(values: readonly number[], k: number, p: number): number {
  while (k < values.length && values[k] < p) k++;
  return k;
}

/** A name, its aside and two words span at most this many characters before the verb, in any real sentence. */
const MAX_NAME_TO_VERB = 300;

/** Every `Name (, aside,)? said` in the text, left to right, not overlapping: the names. Lower-case `pronouns` say someone else speaks. */
export function namesWithVerbs(s: string, verbs: Verbs, { pronouns, isTitle }: SubjectWords = {}): string[] {
  const out: string[] = [];
  const starts = verbStarts(s, verbs);
  let v = 0;
  // Names start with a capital: at any other character the loop below only steps on.
  for (let p = nextCapital(s, 0); p < s.length; p = nextCapital(s, p)) {
    let next = p + charAt(s, p).length;
    // Most capitals are nowhere near a speech verb: skip them before trying every way a name could end.
    const skip = p > 0 ? afterPreposition(s, p, isTitle) : p;
    if (skip > p) next = Math.max(next, skip);
    else if ((starts[(v = nextAtOrAfter(starts, v, p))] ?? s.length) - p <= MAX_NAME_TO_VERB) {
      for (const end of nameEnds(s, p)) {
        // "Sen. Ted Cruz (R-Tex.), a Republican candidate…, tweeted": a party and state may follow the name (not an
        // acronym: "Universitas Kristen Satya Wacana (UKSW) Umbu Rauta").
        const v = verbAfterSubject(s, end, 2, verbs, { paren: 'party', bareComma: true, pronouns });
        // "Tim Allen, who plays Mike Baxter, said": a name after a lower-case word and before a lone comma
        // ends a clause about someone else.
        if (v && s[end] === ',' && !s.slice(end + 1, v[0]).includes(',') && isLowerWordBefore(s, p)) { next = end; break; }
        // "Trump continued to hurt his cause": "continued to" goes on doing, it does not speak; "heard Bob say" is
        // what someone else reports.
        if (v && ((/^continue[sd]?$/.test(s.slice(v[0], v[1])) && s.startsWith(' to ', v[1])) || PERCEIVING.has(wordBefore(s, p)))) { next = v[1]; break; }
        if (v) { out.push(s.slice(p, end)); next = v[1]; break; }
      }
    }
    p = next;
  }
  return out;
}

/** Verbs of hearing, seeing and making, whose object's bare verb reports nothing the object said ("heard Bob say"). */
const PERCEIVING: ReadonlySet<string> = new Set(['heard', 'hear', 'hears', 'saw', 'see', 'sees', 'watched', 'watch', 'let', 'lets', 'made', 'make', 'makes']);

/** Is the word before `p` a lower-case word other than "and" ("plays", "for", "of")? */
function isLowerWordBefore(s: string, p: number): boolean {
  const word = wordBefore(s, p);
  return word !== '' && word !== 'and' && word !== 'but';
}

/** `, Kelurahan Sumbersari, Wahyu Wibowo` at the start: the comma-separated names. */
export function commaNames(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (s[i] === ',') {
    const start = skipSpace(s, i + 1);
    const end = nameEnds(s, start)[0];
    if (end === undefined) break;
    out.push(s.slice(start, end));
    i = end;
  }
  return out;
}

/** The name right after `at` (spaces first): `Menlu` + ` Retno Marsudi`. */
export function nameAfter(s: string, at: number): string | null {
  const sp = spacesEnd(s, at);
  const end = sp < 0 ? undefined : nameEnds(s, sp)[0];
  return end === undefined ? null : s.slice(sp, end);
}
