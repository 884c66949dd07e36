import { charAt, charBefore, isLetter, isLetterOrDigit, isSpace, isUpper } from './chars';
import { AUXILIARY_VERBS, nameAfter } from './cue-match';
import { forText } from './latin-pattern';
import { NAME_CONNECTORS, scanNames, skipSpace } from './names';
import { clean, getLexicon, hasDigit, isCapitalsOnly, isInitials, isNameWord, isOrgWord, isRoleNoun, isRoleOnly, isRoleTitle, isTitleWord, type Lexicon, ROLE_JOINERS, startsLower, startsUpper } from './speaker-lexicon';
import { trailingWord } from './quote-sentences';
import { lastTextMemo } from './text-memo';

/**
 * People's names in an article: a mention stripped of its role ("Menlu RI Retno Marsudi" → "Retno Marsudi"), the
 * full names the article gives, and a surname, role or short name resolved to one of them.
 */

/** "(MUI)", "(PDI-P)", "(B2W)": an organisation's acronym in brackets. */
const BRACKETED_ACRONYM = String.raw`\(\p{Lu}[\p{Lu}\d-]{1,8}\)`;

/** " (MUI) ", " (PDI-P) ": an organisation's acronym in brackets, and the capital that starts the next name. */
const ACRONYM_THEN_NAME = new RegExp(String.raw`^\s*${BRACKETED_ACRONYM}\s+(?=\p{Lu})`, 'u');

/** "(B2W)": the acronym alone, as a word before a name. */
const ACRONYM_WORD = new RegExp(`^${BRACKETED_ACRONYM}$`, 'u');

/** "Mr. King": an honorific and one capitalised word, the whole mention. */
const HONORIFIC_SURNAME = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(\p{Lu}[\p{L}’'-]+)$/u;

/** The lower-case word after the spaces at the start: a verb or role after a name. */
export const LOWER_WORD_NEXT = /^\s+(\p{Ll}+)/u;

/** "Mrs. Clinton", "Mr. Sanders": an honorific and a capitalised name. */
const HONORIFIC_NAME = /\b(Mr|Mrs|Ms|Dr)\.\s+([A-Z][\w’'-]+)/g;

/** "A." of "Jill A. Martin". */
const isMiddleInitial = (t: string) => t.length === 2 && t[1] === '.' && isUpper(t[0]);

/** Strips leading titles, roles and organisations: "Menteri Luar Negeri RI Retno Marsudi" → "Retno Marsudi". */
export function bareName(mention: string, lx = getLexicon()): string {
  // Juan "Chico" Manriquez → Juan Manriquez: a nickname in quotation marks inside the name is left out.
  const tokens = mention.trim().split(/\s+/).filter((t, i, all) => i === 0 || i === all.length - 1 || !/^["“][^"“”]+["”]$/.test(t));
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
    // "Jill A. Martin", "George W. Bush": a middle initial between two name words.
    const middle = isMiddleInitial(t) && start < tokens.length && start > 1 && isNameWord(tokens[start - 2], lx);
    // "The Blaze’s Matt Walsh", "Colorado’s Kendal Unruh": the person is whoever follows the possessive.
    if ((!isNameWord(t, lx) && !isConnector && !initials && !middle) || (start < tokens.length && /[’']s$/.test(t))) break;
    start--;
  }
  return tokens.slice(start).join(' ').replace(/[’']s$/, '').replace(/(?<=s)[’']$/, '') || mention;
}

/** Is this word, in any case, a first name of the pack's lists? */
const knownFirstName = (word: string, lx: Lexicon) => lx.he.has(word.toLowerCase()) || lx.she.has(word.toLowerCase());

/** A first name of the pack's lists, or two joined by a hyphen ("Heinz-Josef"). */
export const isFirstName = (word: string, lx: Lexicon) => word.split('-').every((part) => knownFirstName(part, lx));

/** Words that begin a place's name ("New York", "North Korea") rather than end it. */
const PLACE_MODIFIERS: ReadonlySet<string> = new Set(['new', 'north', 'south', 'east', 'west', 'middle', 'united', 'arab', 'saudi', 'amerika', 'timor']);

/** Does the text name this word as a place: after "di", "ke", "dari", "in", "Kota", "Kecamatan"…? */
function namedAsPlace(text: string, word: string): boolean {
  return someWordPosition(text, word, (i) => /(?:^|\s)(?:di|ke|dari|in|at|(?<!Wali\s)Kota|Kabupaten|Kecamatan|Kelurahan|Desa)\s+$/.test(text.slice(Math.max(0, i - 12), i)));
}

/** Does the text write this capitalised word in lower case somewhere ("perekonomian" of "Bidang Perekonomian")? */
function writtenLower(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  return lower !== word && hasWord(text, lower);
}

/**
 * What stands before a person's name and is no part of it: a region ("Jawa Timur"), a place inside the run
 * ("Conwood Indonesia Rizki…"), a leading capitalised word that the article also uses without the rest of the name
 * ("Kalsel Nurul Fajar Desira" → "Nurul Fajar Desira"). But after a role, a word the article quotes someone by is a
 * first name ("Menteri Pertanian Syahrul Yasin Limpo" with "kata Syahrul" stays whole; "Clinton Global Initiative"
 * has no role before it), and a word the article also writes in lower case is the role's ("Bidang Perekonomian").
 */
export function trimLeadingPlace(name: string, text: string, lx: Lexicon, afterRole = false): string {
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
  // A first name before a middle name stays ("Alan Mark Grayson").
  while (tokens.length > 2 && standsAlone(text, tokens[0], tokens[1]) && !isInitials(tokens[1]) && !isMiddleInitial(tokens[1])
    && !(knownFirstName(tokens[0], lx) && knownFirstName(tokens[1], lx))
    && (!speaksAs(text, tokens[0], lx) || (!role && endsAName(text, tokens[0], lx)))) tokens = tokens.slice(1);
  // "PT Panca Karya Rusdy Ambon" … "kata Rusdy": a word the article quotes the person by starts the name, when the
  // words before it never speak alone and the last of them stands elsewhere without it ("milik Panca Karya"), as no
  // first name does ("Kiagus Ahmad Sarnubi" … "ungkap Ahmad").
  if ((role || tokens.length >= 6) && tokens.length > 2 && !speaksAs(text, tokens[0], lx)) {
    const first = tokens.findIndex((t, i) => i > 0 && i < tokens.length - 1 && speaksAs(text, t, lx));
    // Four words or more, none before it a known first name, are seldom one person's name: there the words before
    // need not stand elsewhere ("Universitas Katolik Parahyangan Asep Warlan Yusuf" … "kata Asep"; not "Luther Stan Pate IV").
    const long = tokens.filter((t) => !GENERATION.test(t)).length >= 4 && !tokens.slice(0, first).some((t) => knownFirstName(t, lx));
    if (first > 0 && tokens.slice(0, first).every((t) => !speaksAs(text, t, lx)) && (long || standsAlone(text, tokens[first - 1], tokens[first]))) tokens = tokens.slice(first);
  }
  // "Puskesmas Pamulang Fitri" … "kata Fitri": after a body, a place the article names as one ("di Pamulang"), then
  // the one-word name the person is quoted by. Never a known first name ("Bernie Sanders").
  const firstName = knownFirstName(tokens[0], lx);
  if (role && tokens.length === 2 && !firstName && namedAsPlace(text, tokens[0]) && !speaksAs(text, tokens[0], lx) && speaksAs(text, tokens[1], lx)) tokens = tokens.slice(1);
  // "Baik Bambang maupun Candrian menilai…": a sentence's first word, capitalised only there (the article also writes
  // it in lower case), before the one name the article quotes the person by ("See Sexton’s full timeline"). Not a
  // name's particle ("de Blasio") or a known first name ("Don Guardian" beside "don’t").
  if (tokens.length === 2 && !firstName && tokens[0].length >= 3 && !NAME_CONNECTORS.has(tokens[0].toLowerCase()) && writtenLower(text, tokens[0]) && !speaksAs(text, tokens[0], lx) && speaksAs(text, tokens[1], lx)) tokens = tokens.slice(1);
  // "Satpol PP DKI Jakarta Arifin": a known place before a one-word name.
  if (tokens.length === 2 && lx.places.has(clean(tokens[0])) && !PLACE_MODIFIERS.has(clean(tokens[0]))) tokens = tokens.slice(1);
  // "Kepala Biro Humas, Hukum dan Kerja Sama BKN Paryono": an acronym of three capitals or more names a body; the
  // person follows it.
  const acronym = tokens.findLastIndex((t, i) => i < tokens.length - 1 && t.length >= 3 && isCapitalsOnly(t));
  if (acronym >= 0 && tokens.slice(acronym + 1).some((t) => !isCapitalsOnly(t))) tokens = tokens.slice(acronym + 1);
  // "Menko Bidang Perekonomian Airlangga Hartarto": a word the article also writes in lower case ("perekonomian")
  // is the role's, not the name's.
  while (role && tokens.length > 2 && writtenLower(text, tokens[0]) && !PLACE_MODIFIERS.has(clean(tokens[0])) && !speaksAs(text, tokens[0], lx)) tokens = tokens.slice(1);
  return tokens.join(' ');
}

/** A generation after a name ("Jr.", "III"), which makes it no longer. */
const GENERATION = /^(?:Jr|Sr|II|III|IV|V)\.?,?$/;

/** Does the text attribute words to `word` alone: right after a verb of saying ("kata Budi", "said Budi") or before one ("Budi said")? */
function speaksAs(text: string, word: string, lx: Lexicon): boolean {
  return someWordPosition(text, word, (i) => {
    const end = i + word.length;
    const written = trailingWord(text.slice(Math.max(0, i - 20), i).trimEnd());
    const before = written.toLowerCase();
    if (lx.verbSet.has(before) || before === 'menurut') return true;
    // "Budi mengatakan", not "Pemkot Bekasi menyatakan" (the word ends an organisation's name there).
    const after = forText(LOWER_WORD_NEXT, text.slice(end, end + 20)).exec(text.slice(end, end + 20))?.[1] ?? '';
    return lx.verbSet.has(after) && (!startsUpper(written) || written.endsWith('.'));
  });
}

/** Does `word` end someone's name somewhere in the text: after a known first name, before no other capital ("Donald Trump said")? */
function endsAName(text: string, word: string, lx: Lexicon): boolean {
  return someWordPosition(text, word, (i) => {
    const before = trailingWord(text.slice(Math.max(0, i - 30), i).trimEnd());
    const next = skipSpace(text, i + word.length);
    return knownFirstName(before, lx) && !(next > i + word.length && isUpper(charAt(text, next)));
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
/** Auxiliary verbs and "not", capitalised in a headline, never part of a name ("George Will" and "Al From" are names). */
const NOT_IN_NAMES: ReadonlySet<string> = new Set([...AUXILIARY_VERBS, 'not']);

/** Does a capitalised phrase look like a person (not a place, organisation or title alone)? */
export function looksLikePerson(phrase: string, lx: Lexicon): boolean {
  const tokens = phrase.split(/\s+/);
  // "U.S. He says": a pronoun after an abbreviation is the next sentence, not part of a name.
  if (tokens.some((t) => isOrgWord(t, lx) || lx.pronouns.has(t.toLowerCase()))) return false;
  // "Penanggulangan Covid-19", "Kongres Pemuda II 2020": a number names an event, a law or a product, not a person.
  if (tokens.some(hasDigit)) return false;
  // "Why Mr. Sanders Is Not…" (a headline), "But FEC…", "When HP…" (a sentence's conjunction): a verb or a conjunction is in no name.
  if (tokens.some((t, i) => (i > 0 && NOT_IN_NAMES.has(t.toLowerCase())) || (i === 0 && (lx.conjunctions.has(t.toLowerCase()) || lx.subordinators.has(t.toLowerCase()))))) return false;
  // "Hak Asasi Manusia HAM": the words an acronym at the end abbreviates name a body ("Mahfud MD" abbreviates nothing).
  const acronym = tokens.length > 2 && isCapitalsOnly(tokens[tokens.length - 1]) ? tokens[tokens.length - 1] : '';
  if (acronym && tokens.slice(-1 - acronym.length, -1).map((t) => t[0]).join('') === acronym) return false;
  // "HOW MUCH TAX MONEY WOULD COME OUT…", "ROLLER COASTERS GET…": a line in capitals, not a name.
  if (tokens.filter((t) => t.length >= 3 && isCapitalsOnly(t)).length >= 2) return false;
  // "…Pasal I. Padahal, …": a full stop, then a function word, is a sentence's end and the next one's start ("Al From",
  // "George Will" are names).
  if (tokens.some((t, i) => i > 0 && tokens[i - 1].endsWith('.') && lx.stopwords.has(t.toLowerCase()))) return false;
  // "Regarding Trump", "In Iowa", "Of Carson", "Di TPS": a sentence's opening phrase, not a name; nor an adverb opening the
  // sentence ("Interestingly Blocher", not "Sally" or "Kelly").
  if (tokens.length > 1 && (lx.phraseOpeners.has(tokens[0].toLowerCase()) || (tokens[0].length >= 7 && ADVERB_ENDING.test(tokens[0])))) return false;
  // "Ketat Di tengah…": a heading's word before a sentence opened by a short preposition; no name ends in one ("Al
  // From" does in a longer one).
  if (tokens.length > 1 && tokens[tokens.length - 1].length <= 3 && lx.phraseOpeners.has(tokens[tokens.length - 1].toLowerCase())) return false;
  // German capitalises every noun ("Schlagfertige Sprüche", "Ursache der Verunreinigung"): there, a run of words is a
  // person's name only with a first name the pack knows before its last word ("Konzernchef Robert Machtlinger").
  if (lx.capitalisedNouns && tokens.length > 1 && !tokens.slice(0, -1).some((t) => isFirstName(t, lx))) return false;
  // "South Carolina", "Enter South Dakota": a compass word and one more name end a place; "Election Day" is a date.
  if (tokens.length >= 2 && PLACE_MODIFIERS.has(clean(tokens[tokens.length - 2])) && !isFirstName(tokens[tokens.length - 1], lx)) return false;
  if (tokens.length > 1 && clean(tokens[tokens.length - 1]) === 'day') return false;
  // "Russian", "Moscow Israeli": a people's word ends no one's name.
  if (lx.demonyms.has(clean(tokens[tokens.length - 1]))) return false;
  // "San Francisco", "Santa Monica", "Los Angeles", "Las Cruces": a Spanish saint's or article's place name.
  if (tokens.length === 2 && /^(?:San|Santa|Los|Las)$/.test(tokens[0])) return false;
  // Places: "North Korea", "Karawang Barat".
  if (tokens.every((t) => lx.places.has(clean(t))) || (tokens.length > 1 && lx.placeLastWords.has(clean(tokens[tokens.length - 1])))) return false;
  return tokens.some((t) => startsUpper(t) && startsLower(t.slice(charAt(t, 0).length)) && !isTitleWord(t, lx));
}

/**
 * "Menteri Riset dan | Teknologi Bambang Brodjonegoro": the text before `at` ends in a joiner after a capitalised
 * run that opens with a title, so the name at `at` starts with the role's last word. ("for Mary J. Blige",
 * "Clinton and Mary J. Blige" have no role before the joiner.)
 */
function afterRoleJoiner(text: string, at: number, lx: Lexicon): boolean {
  const words = text.slice(Math.max(0, at - 120), at).split(/\s+/).filter(Boolean);
  if (!ROLE_JOINERS.has(words.pop() ?? '')) return false;
  let first = words.length;
  // "Direktur Institute for Development of Economics and | Finance Enny Sri Hartati": joiners inside the body's name too.
  while (first > 0 && (startsUpper(words[first - 1]) || (first < words.length && ROLE_JOINERS.has(words[first - 1])))) {
    first--;
    if (isTitleWord(words[first], lx)) return true;
  }
  return false;
}

/** The length of " (MUI) " when an acronym in brackets and another name follow at `end`; else 0. */
export function acronymThenName(text: string, end: number): number {
  const s = text.slice(end, end + 14);
  return forText(ACRONYM_THEN_NAME, s).exec(s)?.[0].length ?? 0;
}

/** A person named in the text; `titled` when a title or role stands before the name ("Kepala Dinas X Budi"). */
export interface Person { name: string; index: number; titled: boolean }

/**
 * The person a capitalised run names, bare ("Menteri Luar Negeri RI Retno Marsudi" → "Retno Marsudi"), and whether a
 * role or body stands before the name; null when the run names no one. `roleBefore`: the text before the run ends
 * in a role's word or a preposition.
 */
function personIn(written: string, roleBefore: boolean, text: string, lx: Lexicon): { bare: string; afterRole: boolean } | null {
  const stripped = bareName(written, lx);
  const afterRole = roleBefore || written.trim().split(/\s+/).slice(0, -stripped.split(/\s+/).length).some((w) => isRoleTitle(w, lx) || isOrgWord(w, lx));
  let bare = trimLeadingPlace(stripped, text, lx, afterRole);
  // "the Real Donald Trump" (a title): a word the article also writes in lower case before a known first name.
  const [lead, first] = bare.split(/\s+/);
  if (first && bare.split(/\s+/).length > 2 && knownFirstName(first, lx) && writtenLower(text, lead)) bare = bare.slice(lead.length + 1);
  // "Korean-born Monte Haines", "a Los Angeles-area Sanders volunteer": a word made an adjective with a hyphen
  // stands before a name, not in it ("Ban Ki-moon" ends with one).
  while (/^\S*-[a-z]\S*\s+\S/.test(bare)) bare = bare.slice(bare.search(/\s/) + 1);
  return bare.split(/\s+/).length < 2 || !looksLikePerson(bare, lx) ? null : { bare, afterRole };
}

/** Capitalised names of two or more tokens that look like people, with their positions. */
export function fullNames(text: string, lx: Lexicon): Person[] {
  const out: Person[] = [];
  const onlyAbbreviated = new Map<string, boolean>();
  const personInRun = new Map<string, { bare: string; afterRole: boolean } | null>();
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
      if (!second || !knownFirstName(first, lx)) continue;
      written = `${first} ${second}`;
    }
    // "Majelis Ulama Indonesia (MUI) Anwar Abbas": the run before an acronym and another name is an organisation.
    if (acronymThenName(text, m.index + m.text.length)) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index).split(/\s+/).filter(Boolean).at(-1) ?? '';
    // "Jalan Kedung Cowek Surabaya", "jalan Kapas Krampung", "Bandara Soekarno Hatta": a street, an airport.
    if ([before, written.split(/\s+/)[0]].some((w) => lx.placeFirstWords.has(w.toLowerCase().replace(/\.$/, '')))) continue;
    // "Riset dan Teknologi Bambang Brodjonegoro": after a joiner, the run's first word ends the role's list.
    let at = m.index;
    if (written.split(/\s+/).length > 2 && afterRoleJoiner(text, m.index, lx)) {
      at += written.indexOf(' ') + 1;
      written = written.slice(at - m.index);
    }
    // "Konsul Jenderal RI di Chicago Meri Binsar Simorangkir": after a preposition, a run of four words or more opens
    // with a place, as after a role ("at Trump National Doral" is one place).
    const placeFirst = lx.phraseOpeners.has(before) && written.trim().split(/\s+/).length >= 4;
    const roleBefore = at > m.index || isRoleTitle(before, lx) || placeFirst;
    // A run stands many times (in German every noun is capitalised): the person in it is found once.
    const key = `${roleBefore ? 1 : 0}${written}`;
    let person = personInRun.get(key);
    if (person === undefined) personInRun.set(key, (person = personIn(written, roleBefore, text, lx)));
    if (!person) continue;
    const { bare, afterRole } = person;
    // "Instruksi Presiden (Inpres)": a run the text always follows with its own abbreviation is a body or a document
    // ("Joko Widodo (Jokowi)" is written elsewhere without it).
    // Asked once per name: a name stands in the text many times.
    if (!onlyAbbreviated.has(bare)) {
      // This occurrence first: most names are not abbreviated, and then the text need not be searched.
      const end = at + written.length;
      onlyAbbreviated.set(bare, abbreviatedAfter(text, end, bare) && wordPositions(text, bare).every((i) => abbreviatedAfter(text, i + bare.length, bare)));
    }
    if (onlyAbbreviated.get(bare)) continue;
    // "The Independent Vermont senator vowed…": after "the" and before a role, a place or party describes someone.
    if ((/^The\s/.test(m.text) || before === 'the') && beforeRole(text, at + written.length, lx)) continue;
    // "Komunitas Bike to Work (B2W) Toto Sugito": after a body's acronym, as after a role.
    const titled = afterRole || bare !== written.trim() || forText(ACRONYM_WORD, before).test(before);
    out.push({ name: bare, index: at + written.length - bare.length, titled });
  }
  // "near Sandy Hook Elementary", "until Sandy Hook": a name the article writes after one of the pack's eventBefore
  // words is a place or an event, though it reads like a person's.
  const after: string[] = [];
  for (const word of lx.eventBefore) {
    for (let i = text.indexOf(`${word} `); i >= 0; i = text.indexOf(`${word} `, i + 1)) {
      if (i === 0 || !isLetter(charBefore(text, i))) after.push(text.slice(skipSpace(text, i + word.length), i + word.length + 80));
    }
  }
  const places = new Set(after.length ? [...new Set(out.map((p) => p.name))].filter((name) => after.some((a) => a.startsWith(name) && !/^[\w'’]/.test(a.slice(name.length)))) : []);
  return places.size ? out.filter((p) => !places.has(p.name)) : out;
}

/** " (Inpres)": one word in brackets. */
const BRACKETED_WORD = /^\s*\(([\p{L}]{2,12})\)/u;

/** Does " (Inpres)" follow at `end`, an abbreviation of `run` made of the starts of its words ("INstruksi PRESiden")? */
function abbreviatedAfter(text: string, end: number, run: string): boolean {
  const head = text.slice(end, end + 16);
  const m = forText(BRACKETED_WORD, head).exec(head);
  if (!m) return false;
  const short = m[1].toLowerCase();
  const words = run.toLowerCase().split(/\s+/);
  // Each word gives the abbreviation at least its first letter, in order.
  const fits = (a: number, w: number): boolean => {
    if (w === words.length) return a === short.length;
    for (let n = 1; n <= words[w].length && a + n <= short.length && short.startsWith(words[w].slice(0, n), a); n++) if (fits(a + n, w + 1)) return true;
    return false;
  };
  return fits(0, 0);
}

/** A line in title case: five words or more of four letters or more, besides function words, all capitalised. */
function isHeadline(line: string, lx: Lexicon): boolean {
  let count = 0;
  // Word by word, to stop at the first in lower case: most lines are prose.
  for (const w of line.split(/\s+/)) {
    if (w.length < 4 || lx.stopwords.has(w.toLowerCase())) continue;
    if (!startsUpper(w.replace(/^[^\w]+/, ''))) return false;
    count++;
  }
  return count >= 5;
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
export function roleHolder(text: string, at: number, role: string, names: Person[], lx: Lexicon): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const name of new Set(namesAfter(text, at, role, lx))) {
    const count = wordPositions(text.slice(0, at), name.split(' ').at(-1)!).length;
    if (count > bestCount) { best = name; bestCount = count; }
  }
  return best ? expandToFullName(best, names.filter((n) => n.index < at), lx) : null;
}

/**
 * "Retno" or "Smith" → the earlier full name holding that token that the article writes most often ("Donald Trump",
 * not the book title's "Real Donald Trump" nor "Trump World"); at a tie, the latest. A surname several people of
 * one family share, each named by a known first name ("Donald Trump", "Eric Trump"), is the one the article
 * brought in first: the others it keeps writing in full because the surname alone is taken.
 */
export function expandToFullName(name: string, earlier: Person[], lx?: Lexicon): string {
  if (name.split(/\s+/).length > 1) return name;
  // One person's forms count together: "Alan Mark Grayson" is "Alan Grayson" (first and last word alike).
  const person = (full: string) => {
    const words = full.split(/\s+/);
    return `${words[0]} ${words.at(-1)}`;
  };
  let best: string | null = null;
  let bestCount = 0;
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const { name: full } of earlier) {
    if (!full.split(/\s+/).includes(name)) continue;
    const key = person(full);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    const written = forms.get(key) ?? new Map<string, number>();
    written.set(full, (written.get(full) ?? 0) + 1);
    forms.set(key, written);
    if (count >= bestCount) { best = key; bestCount = count; }
  }
  if (best === null) return name;
  if (lx && counts.size > 1) {
    const family = [...counts.keys()].filter((key) => key.endsWith(` ${name}`) && startsUpper(key) && knownFirstName(key.split(' ')[0], lx));
    if (family.length > 1 && family.includes(best)) best = family[0];
  }
  // The form of that person the article writes most often; at a tie, the latest.
  let form = best;
  let formCount = 0;
  for (const [full, count] of forms.get(best)!) if (count >= formCount) { form = full; formCount = count; }
  return form;
}

/**
 * Turns a mention into the name a reader should see: titles stripped, a
 * surname or role resolved to the full name given earlier in the article.
 */
export function resolveMention(mention: string, at: number, text: string, names: Person[], lx: Lexicon): string {
  // "Edward-Isaac Dovere and Gabriel Debenedetti wrote", "state Senate leader Phil Berger and House Speaker Tim Moore
  // said": two people named in full speak together.
  const pair = / and /.test(mention) ? mention.split(' and ') : null;
  if (pair?.length === 2 && pair.every((p) => bareName(p, lx).includes(' ') && looksLikePerson(bareName(p, lx), lx))) {
    return pair.map((p) => resolveMention(p, at, text, names, lx)).join(' and ');
  }
  const earlier = names.filter((n) => n.index < at);
  const written = mention.replace(/^the\s+/i, '');
  const bare = bareName(written, lx);
  // "Fox News", "Associated Press": an organisation's name, no role in it, speaks for itself.
  const tokens = written.split(/\s+/);
  if (tokens.length > 1 && tokens.every((t) => startsUpper(t) && !isTitleWord(t, lx) && !/[’']s$/.test(t)) && isOrgWord(tokens.at(-1)!, lx)) return written;
  // "Mr. King", "Mrs. Bishop": after an honorific, a surname even when it is also a title word.
  const honoured = forText(HONORIFIC_SURNAME, written).exec(written);
  if (honoured) return expandToFullName(honoured[1], earlier, lx);
  if (isRoleOnly(written, lx)) {
    // "Menlu RI" → the person the article introduced as "Menteri Luar Negeri RI Retno Marsudi" or "Menlu Retno".
    const first = written.split(/\s+/)[0].toLowerCase();
    const forms = [written];
    if (lx.roleExpansions[first]) forms.push(lx.roleExpansions[first] + written.slice(first.length));
    forms.push(first);
    if (lx.roleExpansions[first]) forms.push(lx.roleExpansions[first]);
    for (const form of forms) {
      const found = lastNameAfter(text, at, form, lx);
      if (found) return expandToFullName(found, earlier, lx);
    }
    return written;
  }
  if (bare.split(/\s+/).length === 1) {
    const full = expandToFullName(bare, earlier, lx);
    // "The Hill", "The Blaze": a body whose name holds its article keeps it when no one earlier bears the word
    // ("Karl Rove’s PAC … The Rove ad" is Rove).
    const named = () => new RegExp(String.raw`(?<![\p{L}.’'-])(?!The\s)\p{Lu}[\p{L}.’'-]*\s+${bare}\b`, 'u').test(text.slice(0, at));
    return full === bare && /^The\s+\p{Lu}\p{Ll}+$/u.test(mention) && !isTitleWord(bare, lx) && !named() ? mention : full;
  }
  // A role stripped from the front makes what follows a name after a role ("Menko Polhukam … Keamanan Mahfud MD").
  return expandShortName(trimLeadingPlace(bare, text, lx, bare !== written.trim()), earlier);
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

/**
 * "The most telling promise Mrs. Clinton has made…: “…,” she has said": with nobody else named, the latest person
 * named by an honorific that fits the pronoun ("Mrs." and "Ms." for "she", "Mr." for "he").
 */
export function honorificName(text: string, at: number, pronoun: string, names: Person[]): string | null {
  const p = pronoun.toLowerCase();
  const fits = (h: string) => h === 'Dr' || (p === 'she' ? h !== 'Mr' : p === 'he' ? h === 'Mr' : true);
  const found = [...text.slice(Math.max(0, at - 2000), at).matchAll(HONORIFIC_NAME)].filter((m) => fits(m[1])).at(-1);
  return found ? expandToFullName(found[2], names.filter((n) => n.index < at)) : null;
}

/** Does the name's first word say the pronoun's gender ("she" and "Hillary Clinton")? */
export function matchesGender(pronoun: string, name: string, lx: Lexicon): boolean {
  const first = name.split(/\s+/)[0].toLowerCase();
  const p = pronoun.toLowerCase();
  return (p === 'she' && lx.she.has(first)) || (p === 'he' && lx.he.has(first));
}

/**
 * Would this pronoun contradict the name's evident gender ("she" for "Marco Rubio")? With the text, a word the
 * article writes right before the name says it first ("9/11 widow Terry Strada", "Mrs. …").
 */
export function genderClash(pronoun: string, name: string, lx: Lexicon, text = ''): boolean {
  const first = name.split(/\s+/)[0].toLowerCase();
  const p = pronoun.toLowerCase();
  // "the man", "the woman", "my father": a description can say it too.
  const noun = /^(?:the|his|her|my|their|our)\s/i.test(name) ? name.split(/\s+/).at(-1)!.toLowerCase() : '';
  if (noun) return (p === 'she' && MALE_NOUNS.has(noun)) || (p === 'he' && FEMALE_NOUNS.has(noun));
  const written = text && name.includes(' ') ? writtenGender(name, text) : null;
  if (written) return (p === 'she' && written === 'he') || (p === 'he' && written === 'she');
  return (p === 'she' && lx.he.has(first) && !lx.she.has(first)) || (p === 'he' && lx.she.has(first) && !lx.he.has(first));
}

/** The gender a word right before the name gives it somewhere in the text ("widow Terry Strada", "Mr. Pate"), if any. */
function writtenGender(name: string, text: string): 'he' | 'she' | null {
  for (const i of wordPositions(text, name)) {
    const before = text.slice(Math.max(0, i - 20), i).trimEnd().split(/\s+/).at(-1)?.toLowerCase().replace(/[.,]$/, '') ?? '';
    if (FEMALE_NOUNS.has(before)) return 'she';
    // Not "spokesman", "chairman": news style gives those to women too ("Trump spokesman Hope Hicks").
    if (MALE_NOUNS.has(before) && !before.endsWith('man')) return 'he';
  }
  return null;
}

const MALE_NOUNS: ReadonlySet<string> = new Set(['man', 'boy', 'father', 'husband', 'son', 'brother', 'spokesman', 'businessman', 'congressman', 'chairman', 'widower', 'grandfather', 'uncle', 'nephew', 'mr']);

const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'girl', 'mother', 'wife', 'daughter', 'sister', 'spokeswoman', 'businesswoman', 'congresswoman', 'chairwoman', 'widow', 'grandmother', 'aunt', 'niece', 'actress', 'mrs', 'ms']);

/** The name when the article names that person in full (not a headline's capitals read as a subject), else null. */
export const namedInFull = (name: string | null, names: Person[]) => (name && names.some((p) => p.name === name) ? name : null);

/** Is this one word part of a full name the article gives ("Hari" of Agung Hari Setiyono)? */
export function inFullName(word: string, names: Person[]): boolean {
  let words = nameWords.get(names);
  if (!words) nameWords.set(names, (words = new Set(names.flatMap((n) => n.name.split(' ')))));
  return words.has(word);
}

/** The words of the names of one article (asked of every capitalised word), made once per list of names. */
const nameWords = new WeakMap<Person[], Set<string>>();

/** The first place at or after `from` where `word` stands as a whole word (no letter right before or after it), or -1. */
function nextWordPosition(text: string, word: string, from: number): number {
  for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isLetter(charAt(text, i + word.length)) && !(i > 0 && isLetter(charBefore(text, i)))) return i;
  }
  return -1;
}

/** Where `word` stands in the text as a whole word. */
export function wordPositions(text: string, word: string): number[] {
  const at: number[] = [];
  for (let i = nextWordPosition(text, word, 0); i >= 0; i = nextWordPosition(text, word, i + 1)) at.push(i);
  return at;
}

/** Does `word` stand in the text as a whole word? Stops at the first ("the", "perekonomian" stand many times). */
export function hasWord(text: string, word: string): boolean {
  return nextWordPosition(text, word, 0) >= 0;
}

/** Does `word` stand somewhere in the text where `test` holds? Stops at the first. */
function someWordPosition(text: string, word: string, test: (at: number) => boolean): boolean {
  for (let i = nextWordPosition(text, word, 0); i >= 0; i = nextWordPosition(text, word, i + 1)) if (test(i)) return true;
  return false;
}

/** Does the text write this word capitalised inside a sentence ("kata Hari"), as names are and "And" is not? */
export function capitalisedMidSentence(word: string, text: string): boolean {
  // Asked of a sentence's first word for quote after quote: answered once per word of a text ("Cuaca" opening a
  // thousand sentences was a scan of them all for each quote).
  const answers = midSentenceAnswers(text);
  let answer = answers.get(word);
  if (answer === undefined) answers.set(word, (answer = writtenMidSentence(word, text)));
  return answer;
}

const midSentenceAnswers = lastTextMemo((_text: string) => new Map<string, boolean>());

function writtenMidSentence(word: string, text: string): boolean {
  return someWordPosition(text, word, (i) => {
    let j = i - 1;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    return j >= 0 && !'.!?“”"‘’(:'.includes(text[j]) && text[j] !== '\n';
  });
}

/** "The Florida senator", "the Texas senators’": a capitalised word before a role describes a person named elsewhere. */
export function beforeRole(s: string, end: number, lx: Lexicon): boolean {
  const after = s.slice(end, end + 40);
  const next = forText(LOWER_WORD_NEXT, after).exec(after);
  if (!next) return false;
  if (isRoleNoun(next[1], lx)) return true;
  // "Trump’s Virginia state director, Mike Rubino": a noun of what the role is over, then the role (not after "The":
  // "The federal judge Trump was referring to").
  if (lx.stopwords.has(s.slice(Math.max(0, end - 40), end).trimEnd().split(/\s+/).at(-1)!.toLowerCase())) return false;
  const rest = after.slice(next[0].length);
  const second = forText(LOWER_WORD_NEXT, rest).exec(rest);
  return !!second && isRoleNoun(second[1], lx) && !lx.stopwords.has(next[1]) && !lx.verbSet.has(next[1]) && !/(?:ed|ly)$/.test(next[1]);
}
