import { charAt, isLower, isUpper } from './chars';
import { accordingTo, accordingToBefore, type CueMatch, commaNames, containsVerb, dashSignature, isAgeDescription, nameAfterRole, nyaCue, subjectThenVerb, subjectVerbBefore, verbSubjectBefore, verbThenDemonstrative, verbThenDescription, verbThenSubject } from './cue-match';
import { forText } from './latin-pattern';
import { nameRun, scanNames } from './names';
import { type QuoteSpan } from './quote-spans';
import { isCapitalsOnly, isInitials, isNameWord, isOrgWord, isRoleNoun, isRoleOnly, isRoleTitle, isTitleWord, type Lexicon, openingSubordinator, PERSON_NOUN, ROLE_JOINERS, startsLower, startsUpper, subjectWords } from './speaker-lexicon';
import { bareName, beforeRole, looksLikePerson, LOWER_WORD_NEXT } from './speaker-names';

/** Who a cue names: the subject of the verb of saying after the quote ("…,” said X") or before it ("X said: “…"). */

/** "Polri/TNI": capitals around a slash, one word of a role chain. Patterns with \p{…} are used through forText (latin-pattern.ts). */
const CAPITALS_AROUND_SLASH = /^\p{Lu}[\p{L}\d-]*\/\p{Lu}/u;

/** " dr Algazali", " ir. Budi Santoso": a title in lower case, then a capitalised name. */
const LOWER_TITLE_THEN_NAME = new RegExp(String.raw`^\s+(\p{Ll}+\.?)\s+(${nameRun(0, 4)})`, 'u');

/** "According to the newspaper," before a quote. */
const ACCORDING_DESCRIPTION = /[Aa]ccording to ([Tt]he(?:\s+[\p{Ll}-]+){1,3}),?\s*$/u;

/** "According to the Daily Caller," before a quote. */
const ACCORDING_THE_NAME = new RegExp(String.raw`[Aa]ccording to the (${nameRun(0, 4)}),?\s*$`, 'u');

/** "said his campaign manager, Jeff Weaver.", "said Rubio’s deputy campaign manager, Rich Beeson, who…": a verb, a
 * description opened by a possessive or "the" and closed by a lower-case word, then the person's name as an aside. */
const VERB_DESCRIPTION_NAME = new RegExp(String.raw`^[\s,]*(\p{Ll}+)\s+(?:his|her|their|its|the|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}’'-]+\s+){0,5}?\p{Ll}[\p{Ll}-]*,\s+(${nameRun(0, 3)})\s*(?:[,.;]|$)`, 'u');

/** ", his colleague wrote", ", my father often said": a possessive description of up to three words, perhaps an
 * adverb, then a lower-case word (the caller checks it is a verb of saying). */
const POSSESSIVE_THEN_VERB = /^[\s,]*((?:his|her|my|their|our)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:(?:\p{Ll}+ly|often|also|then|later|once|always|never)\s+)?(\p{Ll}+)\b/u;

/** ", federal prosecutors wrote": up to three lower-case words, the last a plural, then a lower-case word. */
const PLURAL_THEN_VERB = /^[\s,]*((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*s)\s+(\p{Ll}+)/u;

/** A verb ending the text before a quote: "but said ", "claimed on Tuesday that ", "wrote: ". */
const VERB_AT_END = /(\p{Ll}+)(?:\s+on\s+\p{Lu}\p{Ll}+)?(?:\s+that)?[,:]?\s*$/u;

/** "what aide Kevin Phillips called ", "what Trump has described as ", "what Bay Buchanan, national treasurer for…, called ": a
 * role-led name (and an aside) naming what is quoted. */
const WHAT_X_CALLED = new RegExp(String.raw`\bwhat\s+((?:\p{Ll}+\s+){0,3}${nameRun(0, 3)})(?:,[^,.;:!?"“”]{2,80},)?\s+(?:has\s+|had\s+)?(?:called|termed|dubbed|described\s+as)\s*$`, 'u');

/**
 * " dari UGM", " of the Brookings Institution", " 008 RW 009": a place, an owner or a number before the comma that
 * gives a name.
 */
const OWNER_THEN_COMMA = /^\s+(?:(?:dari|di|pada|of|at|from)\s+(?:the\s+)?\p{Lu}[^,.;:!?]{0,60}|(?:[\p{Lu}\d][\p{L}\d./-]*\s*){1,6})(?=,)/u;

/** ", according to a court document filed by …": an indefinite or definite source of up to 80 characters. */
const ACCORDING_SOURCE = /^[\s,]*according to ((?:a|an|the)\s+(?:[^,.;:!?"“”]|\.(?=\S)){1,80}?)\s*(?:[,;]|\.(?=\s|$)|$)/u;

interface Mention {
  /** As written: "Menlu RI", "he", "Smith", "the senator". */
  text: string;
  cue: string;
  /** A -nya cue, a pronoun or a description: the speaker is someone already named. */
  anaphoric: boolean;
  /** An unnamed source ("one senior Democrat"): the speaker as written. */
  unnamed?: boolean;
  /** A description pointing back ("ibu dua anak ini"): written as is unless the sentences before name the person. */
  pointing?: boolean;
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
  // "The Washington Post’s Ed O’Keefe explained": a person named after an organisation's possessive.
  const owner = rest.findIndex((w) => /[’']s$/.test(w));
  if (owner >= 0 && owner < rest.length - 1 && rest.slice(owner + 1).every(startsUpper) && looksLikePerson(bareName(text, lx), lx)) return false;
  // "The RNC, in its daily summary, emailed": initials name a body; "The Blaze reported", "The Hill reported": one
  // capitalised word that is no title or role names one too ("The Senator" describes someone).
  if (rest.length === 1 && (isCapitalsOnly(rest[0]) || (/^\p{Lu}\p{Ll}+$/u.test(rest[0]) && !isTitleWord(rest[0], lx) && !isRoleNoun(rest[0].toLowerCase(), lx)))) return false;
  // "the 43-year-old": an age describes someone too.
  return (isLower(next) || isUpper(next) || /\d/.test(next)) && !(/^(?:the|an?)\s/.test(text) && isUpper(next));
}

/** Adverbs that end like nouns for people. */
const ADVERB_LIKE_NOUN = /^(?:later|earlier|never|ever|further|rather|together|after|over|under|once|recent|frequent|apparent|repeatedly)$/;

/** "the RNC member said", "the Clinton aide told": one lower-case noun for a person between "the <Name>" and the verb. */
function nounBeforeCue(right: string, subject: string, cue: string, lx: Lexicon): string | null {
  const at = right.indexOf(subject);
  const between = right.slice(at + subject.length, right.indexOf(cue, at + subject.length)).trim();
  // Not an adverb with a noun's ending ("the RNC later said").
  return /^[a-z]+$/.test(between) && !lx.stopwords.has(between) && PERSON_NOUN.test(between) && !ADVERB_LIKE_NOUN.test(between) ? between : null;
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
export const DOCUMENT_NOUNS = /\b(?:statement|report|letter|release|ad|video|post|article|paper|book|memo|email|tweet|complaint|lawsuit|filing|document)s?$/;

export function mentionAfter(right: string, lx: Lexicon, nested = false): Mention | null {
  const verb = containsVerb(right, lx.verbList);
  // ", ujar ibu dua anak ini": a description pointing back to someone the article has just written about, often by
  // one name only; shown as written, which is never wrong.
  const pointing = verb && lx.demonstratives.size ? verbThenDemonstrative(right, lx.verbList, lx.demonstratives, (w) => lx.stopwords.has(w) && !isTitleWord(w, lx)) : null;
  if (pointing) return { text: pointing.subject, cue: pointing.cue, anaphoric: false, unnamed: true, pointing: true };
  const describedName = verb ? forText(VERB_DESCRIPTION_NAME, right).exec(right) : null;
  const asideName = describedName?.[2].replace(/(?<=\p{Ll}{2})\.$/u, '');
  if (describedName && asideName && lx.verbSet.has(describedName[1]) && looksLikePerson(bareName(asideName, lx), lx)) return { text: asideName, cue: describedName[1], anaphoric: false };
  // "“…,” his colleague wrote": someone described by whose they are, shown as written (not the owner).
  const owned = verb ? forText(POSSESSIVE_THEN_VERB, right).exec(right) : null;
  if (owned && lx.verbSet.has(owned[2]) && !owned[1].split(/\s+/).slice(1).some((w) => lx.verbSet.has(w))) return { text: owned[1], cue: owned[2], anaphoric: false, unnamed: true };
  // , ujar Menlu RI / , said John Smith / , kata dia / , kata juru bicara X, Alamsyah
  const vs = verb ? verbThenSubject(right, lx.verbList) : null;
  const words = vs?.between?.trim();
  if (vs?.unnamed) return { text: vs.subject, cue: vs.cue, anaphoric: false, unnamed: true };
  // ", ujar perempuan asal Depok": a description right after the verb whose name is where the person is from, shown
  // as written; after a -nya verb the words are no speaker ("katanya lewat unggahan di Instagram").
  const from = words ? words.split(/\s+/) : [];
  if (vs && from.length >= 2 && !vs.cue.endsWith('nya') && lx.originWords.has(from.at(-1)!) && !isTitleWord(from[0], lx)
    && from.slice(0, -1).every((w) => startsLower(w) && !lx.stopwords.has(w))) {
    return { text: `${words} ${vs.subject}`, cue: vs.cue, anaphoric: false, unnamed: true };
  }
  if (vs && (!words || words.split(/\s+/).every((w) => isTitleWord(w, lx) || /^(?:the|a|an|of|for)$/.test(w)) || describesByName(words, lx))) {
    const rest = right.slice(vs.end);
    // "said the Florida senator": a description of someone named before, not a person called Florida.
    const described = /^the$/i.test(words ?? '') ? forText(LOWER_WORD_NEXT, rest).exec(rest) : null;
    if (described && isTitleWord(described[1], lx)) return { text: `the ${vs.subject} ${described[1]}`, cue: vs.cue, anaphoric: true };
    // "said Republican party boss Reince Priebus": a role word, more role words, then the person.
    const role = !words && isRoleOnly(vs.subject, lx) ? nameAfterRole(rest, 0, (w) => !lx.stopwords.has(w)) : null;
    if (role) return { text: rest.slice(...role), cue: vs.cue, anaphoric: false };
    // "kata Juru Bicara Gugus Tugas … Kendari dr Algazali": a title in lower case, then the person.
    const titled = forText(LOWER_TITLE_THEN_NAME, rest).exec(rest);
    if (titled && isTitleWord(titled[1], lx) && !lx.stopwords.has(titled[1].toLowerCase()) && looksLikePerson(bareName(titled[2], lx), lx)) return { text: titled[2].replace(/(?<=[a-z]{2})\.$/, ''), cue: vs.cue, anaphoric: false };
    const text = classify(vs.subject, lx) ? vs.subject : appositiveName(`${vs.between}${vs.subject}`.trim(), rest, lx);
    return { text, cue: vs.cue, anaphoric: classify(vs.subject, lx) };
  }
  // , tegasnya / , katanya
  const nya = nyaCue(right);
  if (nya && lx.verbSet.has(nya)) return { text: nya, cue: nya, anaphoric: true };
  // , John Smith said / , he told reporters / , the senator said / , Smith, a spokesman for X, said. Not after "and":
  // "…sand “glow in the dark,” for instance, and Trump vowed to…" is the next clause's subject; so is one after
  // "while" ("…,” while Sen. Susan Collins suggested…") or another subordinator ("Sims say he was “…” until Haley said…").
  const sv = verb && !/^[\s,.]*(?:and|but|or|while|whereas|until|when|because|although|though|unless|dan|tetapi|namun|sementara|sedangkan)\s/.test(right) ? subjectThenVerb(right, lx.verbList) : null;
  // "the RNC member said": the lower-case noun after "the" and a name is the description's head, not a gap.
  const head = sv && /^the\s/i.test(sv.subject) && startsUpper(sv.subject.split(/\s+/)[1] ?? '') ? nounBeforeCue(right, sv.subject, sv.cue, lx) : null;
  if (sv && head) return { text: `${sv.subject} ${head}`, cue: sv.cue, anaphoric: true };
  if (sv) return { text: sv.subject, cue: sv.cue, anaphoric: !sv.unnamed && (classify(sv.subject, lx) || describesSomeone(right, sv.subject, sv.cue, lx)), unnamed: sv.unnamed };
  // ", federal prosecutors wrote", "officials said", "some protesters chanted": people left unnamed, shown as written.
  const plural = verb ? forText(PLURAL_THEN_VERB, right).exec(right) : null;
  if (plural && lx.verbSet.has(plural[2]) && plural[1].split(/\s+/).every((w, i) => (i === 0 && /^(?:his|her|their|some|many|several|most|other)$/.test(w)) || !lx.stopwords.has(w))) {
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
  if (described && !DOCUMENT_NOUNS.test(described.between ?? described.subject) && !lx.stopwords.has(described.subject.split(/\s+/).at(-1)!)) {
    // "said the senior Cruz adviser": with a name inside, the article may have named the person (findQuotes decides).
    // What it is of or to does not count ("the former top aide to President George W. Bush" is not Bush).
    const named = (described.between ?? described.subject).split(/\s+/).slice(1).some(startsUpper);
    // "said the 46-year-old": an age alone describes someone the article is writing about.
    const aged = isAgeDescription(described.subject);
    return { text: described.subject, cue: described.cue, anaphoric: named || aged, unnamed: !named && !aged };
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

/**
 * "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told…", "Jean-Marc Ayrault, the foreign
 * minister of France, …, said": a name ending a chain of "of" is what someone is of; the person named right before
 * the chain (or before a description leading into it) speaks. That person's name as written, or null.
 */
export function personBeforeOf(context: string, name: string, lx: Lexicon): string | null {
  const at = context.lastIndexOf(name);
  if (at <= 0) return null;
  const before = context.slice(Math.max(0, at - 160), at);
  const chain = forText(OF_CHAIN_END, before).exec(before);
  if (!chain) return null;
  const head = before.slice(0, chain.index);
  const run = scanNames(head).at(-1);
  if (!run) return null;
  const between = head.slice(run.index + run.text.length);
  if (!/^\s*$/.test(between) && !forText(ASIDE_DESCRIPTION, between).test(between)) return null;
  const bare = bareName(run.text, lx);
  return bare.includes(' ') && looksLikePerson(bare, lx) ? bare : null;
}

/** "…of the Armenian Patriarchate of ": "of", perhaps "the", capitalised words and more "of", up to the name. */
const OF_CHAIN_END = /\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+(?:of\s+(?:the\s+)?)?)*$/u;

/** ", the foreign minister ": an aside describing the name before it, up to its "of". */
const ASIDE_DESCRIPTION = /^,\s+(?:the|a|an)\s+[\p{Ll}\s-]+$/u;

/** Does the text before the quote end in a verb of saying ("but said “", "claimed on Tuesday that “", "wrote: “")? */
export function cueRightBefore(left: string, lx: Lexicon): boolean {
  const m = forText(VERB_AT_END, left).exec(left);
  return !!m && lx.verbSet.has(m[1]);
}

/** After the quote, does the subject's verb go on to a clause ("Gov. Pat McCrory said it would be…")? */
export function cueOpensClause(right: string, mention: Mention): boolean {
  const at = right.indexOf(mention.cue);
  if (at < 0 || !/^(?:said|says|argued|claimed|noted|added|wrote|agreed|acknowledged|conceded|insisted|warned|explained)$/.test(mention.cue)) return false;
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

/**
 * "When Maddow asked about the plan, Clinton shook her head: “…”": a subject and verb in a subordinate clause that a
 * comma closes before the quote speak no quote of the main clause.
 */
function inSubordinateClause(left: string, sv: CueMatch, lx: Lexicon): boolean {
  // The clause opens the sentence: "…, as he later explained, was an “…”" is a report, not a clause before one.
  const opener = openingSubordinator(left, lx);
  if (!opener || opener === 'as') return false;
  const at = left.indexOf(sv.subject);
  return at >= 0 && at <= opener.length + 2 + left.search(/\S/) && left.indexOf(', ', at + sv.subject.length) > 0;
}

export function mentionBefore(left: string, lx: Lexicon): Mention | null {
  const passive = passiveAgent(left, lx);
  if (passive) return passive;
  // Smith said: "… / Presiden mengatakan, "… / Trump said the plan was "… / Abedin, a vice chairwoman, wrote: "…
  const verb = containsVerb(left, lx.verbList);
  const sv = verb ? subjectVerbBefore(left, lx.verbList, subjectWords(lx)) : null;
  // "…a series of tweets early Friday saying": a day or a month is no subject.
  if (sv && !/^(?:according|menurut)$/i.test(sv.cue) && !lx.timeWords.has(sv.subject.toLowerCase()) && !inSubordinateClause(left, sv, lx)) {
    // "the Democrat convention committee said": the lower-case words before the verb end a body's description.
    const at = left.indexOf(sv.subject);
    const between = at < 0 ? '' : left.slice(at + sv.subject.length, left.indexOf(sv.cue, at + sv.subject.length)).trim();
    if (/^the\s/i.test(sv.subject) && between && between.split(/\s+/).length <= 2 && lx.bodyNouns.has(between.split(/\s+/).at(-1)!)) {
      return { text: `${sv.subject} ${between}`, cue: sv.cue, anaphoric: true };
    }
    // "the Christie supporter retorted:": a person's noun after "the" and a name, as after the quote.
    const head = /^the\s/i.test(sv.subject) && startsUpper(sv.subject.split(/\s+/)[1] ?? '') ? nounBeforeCue(left.slice(Math.max(0, at)), sv.subject, sv.cue, lx) : null;
    if (head) return { text: `${sv.subject} ${head}`, cue: sv.cue, anaphoric: true };
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
 * "retired neurosurgeon", "former tech executive", "election lawyer": lower-case words of a description before a
 * name, without an article ("said the senior Cruz adviser" describes someone else) or a word of grammar.
 */
function describesByName(words: string, lx: Lexicon): boolean {
  // "added his campaign manager Jeff Weaver": a possessive may open the description.
  // "master of ceremonies": "of" inside the description.
  const list = words.replace(/^(?:his|her|their)\s+(?=\S)/, '').split(/\s+/);
  return list.every((w, i) => (/^[a-z-]+$/.test(w) || /^\d[\d/]*$/.test(w)) && (!lx.stopwords.has(w) || (w === 'of' && i > 0 && i < list.length - 1)));
}

/** "A Plus reporter Isaac Saul": a description that ends in a role word and a person's name is that person. */
export function nameEndingDescription(description: string, lx: Lexicon): string | null {
  const tokens = description.split(/\s+/);
  let start = tokens.length;
  while (start > 0 && isNameWord(tokens[start - 1], lx)) start--;
  return tokens.length - start >= 2 && start > 0 && startsLower(tokens[start - 1]) && !lx.stopwords.has(tokens[start - 1]) ? tokens.slice(start).join(' ') : null;
}

/** ", according to the Las Vegas Sun", "said in a statement according to The Blaze": the account a quote reaches
 * the article through, up to the clause's end; without a comma, only a name or "the …" ("voted according to plan"). */
const ACCORDING_AFTER = /^[^“”"]*?(?:,\s+according\s+to\s+|\s+according\s+to\s+(?=\p{Lu}|the\s))([^,.;:!?“”"()]{2,80}?)\s*(?:[,.;:!?()]|$)/u;
/** "According to Yahoo News, Clinton spokesman Jesse Lehrich said…": the same account opening the quote's sentence. */
const ACCORDING_OPENING = /^\s*According\s+to\s+([^,.;:!?“”"()]{2,80}?),/u;
/** "according to him", "according to plan": no account of anyone's. */
const NO_ACCOUNT = /^(?:him|her|them|me|us|it|his|plan|schedule)$/i;

/**
 * A quote the article has second-hand: "“…,” O’Malley said, according to the Las Vegas Sun" or "According to GMA
 * News, Salceda said the “…”" → the account it came through ("the Las Vegas Sun"), which a citation names after the
 * speaker. `right` is the quote's attribution after it, `opening` its sentence before it. Null when the account is
 * the speaker's own cue ("…,” according to CNN").
 */
export function secondhandSource(right: string, opening: string, cue: string): string | null {
  if (/^(?:according to|menurut)$/i.test(cue)) return null;
  const source = forText(ACCORDING_AFTER, right).exec(right)?.[1] ?? forText(ACCORDING_OPENING, opening).exec(opening)?.[1] ?? null;
  return source && !NO_ACCOUNT.test(source) ? source : null;
}

/**
 * "“…” [WaPo.]", "“…” [Reuters]": a news roundup's source in brackets right after the quote, as written. Null
 * otherwise.
 */
export function bracketedSource(text: string, end: number): string | null {
  return BRACKETED_SOURCE.exec(text.slice(end, end + 50))?.[1].replace(/\.$/, '') ?? null;
}

/** " [WaPo.]", " [Lee Moran, HuffPost]": a capitalised source of up to four words (the outlet after a writer's comma), in brackets. */
const BRACKETED_SOURCE = /^[^\S\n]*\[(?:[^\],\n]{1,40},\s*)?(\p{Lu}[\p{L}.&'’-]*(?:\s+[\p{L}.&'’-]+){0,3}?)\.?\]/u;

/**
 * A quote that is a paragraph of its own, signed on the line below ("- Bernie Sanders.", "― Martha Aguilar"), as
 * in collections of readers' comments or of candidates' lines.
 */
export function signatureBelow(text: string, s: QuoteSpan, nextStart: number, lx: Lexicon): Mention | null {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  if (text.slice(lineStart, s.start).trim()) return null;
  const m = /^[\s.,]*\n\s*/.exec(text.slice(s.end, nextStart));
  if (!m) return null;
  const lineEnd = text.indexOf('\n', s.end + m[0].length);
  const line = text.slice(s.end + m[0].length, Math.min(lineEnd < 0 ? text.length : lineEnd, nextStart));
  const signed = dashSignature(line);
  if (signed && looksLikePerson(bareName(signed.subject, lx), lx)) return { text: signed.subject, cue: signed.cue, anaphoric: false };
  // "…for her here.⏎S.C. Rep. Jim Clyburn."": a quote left open on its paragraph, closed after the line that signs it
  // (a role and a name, perhaps the body after a comma), with no verb.
  const closed = SIGNED_THEN_CLOSED.exec(line);
  const person = closed && !containsVerb(line, lx.verbList) ? bareName(closed[1], lx) : '';
  return person.includes(' ') && looksLikePerson(person, lx) ? { text: person, cue: '', anaphoric: false } : null;
}

/** "Dean Baker, Center for Economic and Policy Research."": a name's line, perhaps a body after a comma, then the closing mark. */
const SIGNED_THEN_CLOSED = /^([^,\n"“”]{3,60}?)(?:,\s+[^,\n"“”]{2,60})?\.?["”]\s*$/;
