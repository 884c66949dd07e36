import { charAt, isLower } from './chars';
import { AGE_AFTER, AUXILIARY_VERBS, containsVerb, isAge, followsPreposition, lowerWordEnd, MODALS, nameAfterRole, namesWithVerbs } from './cue-match';
import { forText } from './latin-pattern';
import { nameEnd, nameRun, scanNames, skipSpace } from './names';
import { isOrgWord, isRoleNoun, isRoleTitle, isTitleWord, type Lexicon, openingSubordinator, startsLower, startsLowerWord, startsUpper, subjectWords } from './speaker-lexicon';
import { previousSentenceStart, sentenceStart, trailingWord } from './quote-sentences';
import { insideQuotation } from './quote-spans';
import { acronymThenName, bareName, beforeRole, capitalisedMidSentence, expandToFullName, hasWord, inFullName, isFirstName, looksLikePerson, LOWER_WORD_NEXT, namedInFull, type Person, resolveMention, trimLeadingPlace } from './speaker-names';

/**
 * The people sentences are about: a sentence's or clause's subject, the person opening the sentence before, someone
 * reported speaking. A pronoun or a quote with no cue is given to one of them.
 */

/** "his wife, Jane, offered", "On CNN Tuesday, his wife, Jane, called", "Her father, Brad, 39, worried", "Kazakhstan’s
 * foreign minister, Erlan Idrissov, plays", "One voter, Ana Ruiz, 35, showed up": a description, a name (and an
 * age), a verb. */
const DESCRIPTION_THEN_NAME = new RegExp(String.raw`^(?:\p{Lu}[^,.;:!?“”"]{1,40},\s+)?(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Oo]ne|[Aa]nother|[Aa]n?)\s+|\p{Lu}[\p{L}.-]*['’]s\s+)(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?:\s+(?:at|of|for|in)\s+(?:the\s+)?${nameRun(0, 2)})?,\s+(${nameRun(0, 3)}),(?:\s+\d{1,3},)?\s+\p{Ll}`, 'u');
/** ", Rob Subbaraman,": a name as an aside. */
const COMMA_NAME_COMMA = new RegExp(String.raw`^,\s+(${nameRun(0, 4)}),`, 'u');
/** ", who " before the lower-case word of a relative clause. */
const COMMA_WHO = /^,\s+who\s/u;
/** "even ", "then also ": adverbs between a sentence's conjunction and its subject. */
const ADVERBS_THEN_CAPITAL = /^(?:(?:even|then|also|now|still|later|again|yet|just)\s+){0,2}(?=\p{Lu})/u;

/** "…, said Robert Egge.": a verb and a name at a sentence's end, the name of two words or more. */
const VERB_NAME_END = /,["”’]?\s+(\p{Ll}+)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+)\.(?=\s|$)/gu;

const ACCORDING_NAME = /(?:[Mm]enurut|[Aa]ccording to)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*),/gu;

const VERB_NAME_ASIDE = /,["”’]?\s+(\p{Ll}+)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*),/gu;

/** "Neilson Barnard via Getty Images.": a name, "via", a capitalised source, alone on its line. */
const CREDIT_LINE = new RegExp(String.raw`^${nameRun(0, 3)}\s+via\s+\p{Lu}[^.!?\n]{0,40}\.?\s*$`, 'u');

/** " icon Phyllis Schlafly": one or two lower-case words, then a name of two words or more. */
const LOWER_WORDS_THEN_NAME = new RegExp(String.raw`^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(${nameRun(1, 3)})`, 'u');

/** ", he says." ending a sentence. */
const PRONOUN_CUE_AT_END = /,\s+(\p{Ll}+)\s+(\p{Ll}+)\.\s*$/u;

const CAPITALISED_WORD_THEN_SPACE = /^(\p{Lu}\p{Ll}*)\s+/u;

/** "’s", "’d", "’ll", "’ve", "’re" after a pronoun. */
const CONTRACTION = /^['’](?:s|d|ll|ve|re)(?=\s)/u;

/** After the subject (and its party or age in brackets: " (R-Tex.)"): its verb or an aside (", who…", " — who is listed as an attorney —"), in lower case. */
const COMMA_THEN_LOWER = /^(?:\s\([^()]{1,24}\))?(?:,|\s+[—–])?\s+\p{Ll}/u;

/** Where a clause begins: the text's start, a comma or a sentence's end, "while", "whereas", "but". */
const CLAUSE_OPENS = /(?:^|[,;:]|[.!?]["”’]?|\bwhile|\bwhereas|\bbut)\s*$/u;
/** "would be what Sroka called a “…”": a clause of naming opened by "what". */
const WHAT_BEFORE = /\bwhat\s*$/u;
/** Verbs of naming: "called him “…”", "dubbed the plan “…”", "what Sroka called a “…”". */
export const NAMING_VERB = /^(?:called|calls|call|dubbed|dubs|termed|terms|labeled|labelled|labels|branded|brands|described|describes)$/;
/** A place's name of one or two words opening the text, then a lower-case word. */
const PLACE_THEN_WORD = /^\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(\p{Ll}+)\s/u;

/** ", the former Arkansas governor,", ", 13,", ", hoping to surge in New Hampshire,", " (I-Vt.)": an aside between a name and its verb. */
const APPOSITIVE = /^(?:,\s+(?:the|a|an|\d+|\p{Ll}+ing)\b[^,.;:!?“”"]{0,80},|\s*\([^()\n]{1,24}\))/u;

/** The last person named as the subject of a speech verb between `from` and `to`: "Smith said the plan…". */
export function lastReportedSpeaker(text: string, from: number, to: number, names: Person[], lx: Lexicon): string | null {
  // "Menurut Ekhel, …" opening a sentence is capitalised, which the verb search does not match.
  if (!containsVerb(text.slice(from, to), lx.verbList) && !/\b(?:Menurut|According to)\s/.test(text.slice(from, to))) return null;
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
  for (const report of reports) {
    // "The Independent Vermont senator vowed…": a place or party before a role describes someone, names no one.
    if (beforeRole(span, report.at + report.written.length, lx)) continue;
    // "…the Office of Immigrant Affairs Clinton had announced earlier": a clause about a noun, in the past before the
    // past, is background, not someone reported ("…told CBS that Harry had said…" is).
    const pluperfect = /^\s+had\s/.test(span.slice(report.at + report.written.length, report.at + report.written.length + 6));
    const before = span.slice(Math.max(0, report.at - 30), report.at);
    const afterNoun = /\p{L}\s+$/u.test(before) && !lx.stopwords.has(trailingWord(before.trimEnd()).toLowerCase());
    if (pluperfect && (afterNoun || report.written.split(/\s+/).some((w) => isOrgWord(w, lx)))) continue;
    // "Head of Global Macro Research Nomura, Rob Subbaraman, Rabu (9/12/2020), mengatakan": a role (or a body after
    // a title and "of"), then the person as an aside; not an abbreviation ("Alexandria, Va.,").
    // The last of several: "…, Cipinang, Jatinegara, Jakarta Timur, Fikri Husin, mengatakan".
    let aside: string | null = null;
    const wordBefore = trailingWord(span.slice(Math.max(0, report.at - 20), report.at).trimEnd());
    if (report.written.split(/\s+/).some((w) => isTitleWord(w, lx) || isOrgWord(w, lx)) || isTitleWord(wordBefore, lx) || wordBefore === 'of') {
      for (let at = report.at + report.written.length, m; (m = forText(COMMA_NAME_COMMA, span).exec(span.slice(at, at + 80))); at += m[0].length - 1) aside = m[1];
    }
    const written = aside && !aside.endsWith('.') && looksLikePerson(bareName(aside, lx), lx) ? aside : report.written;
    // A single capitalised word ("Lebih lanjut, …") counts only as part of a full name given earlier.
    const bare = bareName(written, lx);
    const name = expandToFullName(trimLeadingPlace(bare, text, lx, bare !== written.trim()), known, lx);
    // …or after an honorific: "Mr. Obama said".
    // …or after a role ("Kepala Satpol PP DKI Jakarta Arifin menjelaskan", "Kepala UPT Bandara X, Suharno, mengatakan").
    // …or a first name the article goes by, written capitalised mid-sentence too ("Bob said he arrived…" after
    // "accuses Bob of").
    // …or one name and an age in brackets ("Amir (37), mengaku, …"), as Indonesian news brings people in.
    const introduced = (isFirstName(name, lx) && capitalisedMidSentence(name, text))
      || AGE_AFTER.test(span.slice(report.at + report.written.length, report.at + report.written.length + 8));
    if (looksLikePerson(name, lx) && (name.includes(' ') || /^(?:Mr|Mrs|Ms|Dr)\.?\s+\S+$/.test(written) || bare !== written.trim() || name !== bare || written !== report.written || introduced)) found = name;
  }
  return found;
}

/**
 * A capitalised name found in a sentence, bare, when it can be a person. One capitalised word is often
 * just the sentence's first word ("That", "Earlier", "Holding"): it is a person only when it is part of a
 * full name the article gives, or written capitalised mid-sentence too.
 */
function personNamed(written: string, text: string, names: Person[], lx: Lexicon): string | null {
  const bare = bareName(written, lx);
  // "West landed a sharp dig" after "Cornel West": a compass word that ends a full name of the article is that person.
  const surname = !bare.includes(' ') && lx.places.has(bare.toLowerCase()) && names.some((n) => n.name.endsWith(` ${bare}`));
  // "They’re getting…": a pronoun or function word with its contraction is no name either.
  const word = bare.toLowerCase().replace(/['’](?:s|re|ve|ll|d|m)$/, '');
  // A function word is no name, unless it is the surname of a full name the article gives and stands capitalised
  // mid-sentence too ("George Will" … "Instead, Will called for…").
  const surnameWord = lx.stopwords.has(word) && !bare.includes(' ') && names.some((n) => n.name.endsWith(` ${bare}`)) && capitalisedMidSentence(bare, text);
  if ((!looksLikePerson(bare, lx) && !surname && !surnameWord) || lx.pronouns.has(word) || (lx.stopwords.has(word) && !surnameWord)) return null;
  // "Sirius XM Vice President for news and talk Dave Gorab": a run ending in a role is the role, not the person.
  if (isRoleTitle(bare.split(/\s+/).at(-1)!, lx)) return null;
  // (Not in German, which capitalises every noun: "Auf Sorgen vor … ging Diess ein".)
  if (!bare.includes(' ') && !inFullName(bare, names) && (lx.capitalisedNouns || !capitalisedMidSentence(bare, text))) return null;
  // "but Muslim refugees from Syria": one of a people or a faith ("Muslims", "Americans") is no person's name.
  if (!bare.includes(' ') && isOrgWord(`${bare}s`, lx) && !inFullName(bare, names)) return null;
  // "in Aspen, Colo., the…": a word written with a full stop and a comma is an abbreviation (a state), no person.
  if (!bare.includes(' ') && text.includes(`${bare}.,`)) return null;
  return bare;
}

/**
 * The person who opens the sentence before the quote ("Trump also took swipes at Jeb Bush. “…,” he said"):
 * who a "he" after the quote most often means. Only a sentence after `from` (the previous quote) counts.
 */
export function previousSentenceSubject(text: string, from: number, at: number, names: Person[], lx: Lexicon, hops = 0): string | null {
  const ownStart = sentenceStart(text, at, lx);
  if (ownStart <= from + 1) return null;
  const start = Math.max(previousSentenceStart(text, ownStart, lx), from);
  const sentence = text.slice(start, ownStart).trimStart();
  // "Kasich is trumpeting a positive message. But he says… He tells the crowd: “…”": a sentence about "he" passes
  // the question to the one before it.
  const conjunction = forText(CAPITALISED_WORD_THEN_SPACE, sentence).exec(sentence);
  const afterConjunction = conjunction && lx.conjunctions.has(conjunction[1].toLowerCase()) ? sentence.slice(conjunction[0].length) : null;
  // "But his wife, Jane, offered…", "Her father, Brad, 39, worried…", "Kazakhstan’s foreign minister, Erlan Idrissov,
  // plays down…": a description, then the name as an aside, then the verb; before a possessive hands the question back.
  const clause = afterConjunction ?? sentence;
  const aside = describedSubject(clause, start, text, names, lx);
  if (aside) return aside;
  // "China may outnumber…, but its progress represents good news, he says.": reported at its end by a pronoun, too.
  const endCue = forText(PRONOUN_CUE_AT_END, sentence).exec(sentence);
  const reportedByPronoun = !!endCue && lx.pronouns.has(endCue[1]) && lx.verbSet.has(endCue[2]);
  // "Neilson Barnard via Getty Images.": a photo's credit line between the paragraphs says nothing.
  const credit = forText(CREDIT_LINE, sentence).test(sentence);
  if (hops < 2 && (credit || reportedByPronoun || openingPronoun(sentence, lx))) return previousSentenceSubject(text, from, start, names, lx, hops + 1);
  // "And even Obama tried to help them off the hook": past a conjunction and an adverb or two, the name and its verb.
  const lead = afterConjunction === null ? null : forText(ADVERBS_THEN_CAPITAL, afterConjunction).exec(afterConjunction);
  if (lead) {
    const rest = afterConjunction!.slice(lead[0].length);
    const run = scanNames(rest.slice(0, 80))[0];
    if (run?.index === 0 && startsLowerWord(rest.slice(run.text.length)) && personNamed(run.text, text, names, lx)) return resolveMention(run.text, start, text, names, lx);
  }
  const subordinate = subjectAfterSubordinate(sentence, start, text, names, lx);
  if (subordinate) return subordinate;
  // "But the former president showed considerable restraint": a role in lower case describes someone named before.
  const role = forText(THE_ROLE_OPENING, clause).exec(clause);
  // One person ("The moderators were ready to move on, but Christie…" is about Christie), and no one named after it.
  if (role && !role[1].endsWith('s') && (isRoleNoun(role[1], lx) || isTitleWord(role[1], lx)) && !lx.stopwords.has(role[1]) && !scanNames(clause.slice(role[0].length)).some((n) => personNamed(n.text, text, names, lx))) {
    return hops < 2 ? previousSentenceSubject(text, from, start, names, lx, hops + 1) : null;
  }
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
    return subjectAfterOpening(sentence, start, text, names, lx) ?? personActing(sentence, start, text, names, lx)
      // "That worries environmentalists.": a sentence about no one passes the question to the one before it.
      ?? (hops < 2 && aboutNoOne(sentence, text, names, lx) ? namedInFull(previousSentenceSubject(text, from, start, names, lx, hops + 1), names) : null);
  }
  // "Clinton spokeswoman Jennifer Palmieri criticized…": the person after the role; "The Florida senator…": nobody new.
  if (beforeRole(sentence, first.text.length, lx)) {
    const after = personAfterRole(sentence, first.text.length, lx);
    if (after) return resolveMention(after, start, text, names, lx);
    // "The moderators were ready to move on, but Christie wasn't having it": the clause after the comma; "The
    // Independent Vermont senator vowed…" with none describes someone named before.
    const clause = subjectAfterOpening(sentence, start, text, names, lx);
    if (clause || !/^the\s/i.test(first.text)) return clause;
    return hops < 2 ? previousSentenceSubject(text, from, start, names, lx, hops + 1) : null;
  }
  // "Conservative icon Phyllis Schlafly, who died…, used…": one capitalised word, no one's surname, and a lower-case
  // noun describe the full name after them ("Roloson supports Democrat Hillary Clinton" is Roloson).
  const described = first.text.includes(' ') || names.some((n) => n.name.endsWith(` ${first.text}`)) ? null : forText(LOWER_WORDS_THEN_NAME, sentence.slice(first.text.length)).exec(sentence.slice(first.text.length));
  if (described && names.some((n) => n.name === bareName(described[1], lx))) return resolveMention(described[1], start, text, names, lx);
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
    const after = nameAfterRole(sentence, at, (w) => isRoleNoun(w, lx) || isOrgWord(w, lx));
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
  return !hasWord(text, word.toLowerCase());
}

/** Adverbs and auxiliaries that may stand between a one-word subject and its verb. */
const ACT_LEADS: ReadonlySet<string> = new Set(['also', 'then', 'later', 'again', 'still', 'has', 'had', 'have', 'quickly', 'never', 'herself', 'himself']);

/** Words after a subject that make it one: "Garcia would vote", "Ayotte hoped", "Trump is", "Clinton doesn’t". */
const AUXILIARIES: ReadonlySet<string> = new Set([...MODALS, ...AUXILIARY_VERBS, 'doesn', 'didn', 'isn', 'wasn', 'hasn', 'hadn', 'won', 'wouldn', 'couldn']);

/** Words that open a reported or subordinate clause inside a sentence: "said that Bujnowski had seen", "whether Trump will be". */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'whether', 'bahwa', 'apakah']);

/**
 * "This is not the kind of campaign Ayotte hoped to be running.", "Did that mean Garcia would vote for Trump?": in a
 * sentence whose opening names no one, the first person named who acts (a verb or an auxiliary follows the name).
 */
function personActing(sentence: string, start: number, text: string, names: Person[], lx: Lexicon): string | null {
  // "(Marc Fisher Footwear produces her shoe line.)": an aside in brackets is about no one the story follows.
  if (sentence.startsWith('(')) return null;
  for (const n of scanNames(sentence)) {
    // "…, with Hillary Clinton — who’s called for… — lambasting Trump’s plan": "with", a name and a participle act.
    if (n.index > 0 && /\bwith\s+$/.test(sentence.slice(Math.max(0, n.index - 6), n.index)) && !/['’]s?$/.test(n.text)) {
      const rest = sentence.slice(n.index + n.text.length).replace(DASH_ASIDE, '');
      const acting = /^\s+\p{Ll}+ing\b/u.test(rest) && personNamed(n.text, text, names, lx) ? namedInFull(resolveMention(n.text, start, text, names, lx), names) : null;
      if (acting) return acting;
    }
    if (n.index === 0 || followsPreposition(sentence, n.index) || /['’]s?$/.test(n.text) || !personNamed(n.text, text, names, lx)) continue;
    // "…said that Bujnowski had seen", "whether Trump will be": the subject of a reported or subordinate clause.
    const before = trailingWord(sentence.slice(0, n.index).trimEnd()).toLowerCase();
    if (COMPLEMENTIZERS.has(before) || lx.subordinators.has(before) || lx.verbSet.has(before)) continue;
    const next = forText(LOWER_WORD_NEXT, sentence.slice(n.index + n.text.length)).exec(sentence.slice(n.index + n.text.length));
    if (!next || !(lx.verbSet.has(next[1]) || AUXILIARIES.has(next[1]) || (next[1].length > 3 && /(?:ed|[^su'’]s)$/.test(next[1])))) continue;
    // Someone the article names in full: not "Cleveland hosted", "Fed raised".
    const named = namedInFull(resolveMention(n.text, start, text, names, lx), names);
    if (named) return named;
  }
  return null;
}

/** " — who’s called for big tax hikes —": an aside between dashes. */
const DASH_ASIDE = /^\s+[—–]\s[^—–]{1,120}\s[—–]/;

/** A sentence that names no person and holds no pronoun: "That worries environmentalists." */
function aboutNoOne(sentence: string, text: string, names: Person[], lx: Lexicon): boolean {
  return !sentence.toLowerCase().split(/[^a-z]+/).some((w) => lx.pronouns.has(w)) && !scanNames(sentence).some((n) => n.index > 0 && personNamed(n.text, text, names, lx));
}

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
  return !hasWord(text, word.toLowerCase());
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
    // "…, 62-year-old Brenda Johnson also railed…": an age before the name.
    const aged = lead.length === 1 && isAge(lead[0]);
    if (!name || (name.index > 0 && !aged && !(lx.conjunctions.has(lead[0]) && lead.length <= 3 && lead.every(startsLower)))) continue;
    // "Just a few months ago, Florida developer Mel Sembler expressed…": the person after a role.
    const role = beforeRole(rest, name.index + name.text.length, lx) ? personAfterRole(rest, name.index + name.text.length, lx) : null;
    // A place ("Portland, Maine,") continues the phrase; anyone else decides here.
    if (!role && !looksLikePerson(bareName(name.text, lx), lx)) continue;
    const afterName = role ? rest.slice(rest.indexOf(role) + role.length) : rest.slice(name.index + name.text.length);
    if (!forText(COMMA_THEN_LOWER, afterName).test(afterName)) return null;
    const resolved = resolveMention(role ?? name.text, start, text, names, lx);
    return namedInFull(resolved, names);
  }
  return null;
}

/**
 * "When Maddow pointed out that Sanders calls it “Medicare for all,” Clinton seized upon the reference": a sentence
 * opened by a subordinate clause has its subject after the clause's comma. Null when the sentence opens otherwise.
 */
export function subjectAfterSubordinate(sentence: string, start: number, text: string, names: Person[], lx: Lexicon): string | null {
  return openingSubordinator(sentence, lx) ? subjectAfterOpening(sentence, start, text, names, lx) : null;
}

/** The first person named in a sentence before its quote, and how far before the quote that name stands. */
export function sentenceSubject(left: string, text: string, names: Person[], lx: Lexicon): { text: string; fromEnd: number } | null {
  // "Here in Columbia, Sanders stepped up…": a name after a preposition is a place or a body, not the subject.
  // Nor a title inside quotation marks ("an interview with “The View,”").
  const m = scanNames(left).find((n) => !followsPreposition(left, n.index) && !beforeRole(left, n.index + n.text.length, lx) && !insideQuotation(left, n.index) && personNamed(n.text, text, names, lx));
  return m ? { text: m.text, fromEnd: left.length - m.index } : null;
}

/**
 * The subject of the clause the quote stands in: the last person named at a clause's start (the sentence's,
 * or after a comma or "while") and followed, perhaps past an aside, by a verb. "Fifteen minutes after Pence was
 * picked, Clinton campaign chairman John Podesta called the governor “…”"; "Jindal signed an order, while Mike
 * Huckabee, the former Arkansas governor, proposed we “…”".
 */
export function clauseSubject(left: string, text: string, names: Person[], lx: Lexicon): { text: string; fromEnd: number } | null {
  for (const n of scanNames(left).reverse()) {
    if (/['’]s$/.test(n.text) || !personNamed(n.text, text, names, lx)) continue;
    // "…, Clinton campaign chairman John Podesta": a role may stand between the clause's start and the name.
    const words = left.slice(0, n.index).split(/(?<=\s)(?=\S)/);
    const inRole = (w: string) => /^[^\s,;:]+\s+$/.test(w) && (startsUpper(w) || isTitleWord(w.trim(), lx) || isOrgWord(w.trim(), lx));
    while (words.length > 0 && inRole(words.at(-1)!)) words.pop();
    const before = words.join('');
    let after = left.slice(n.index + n.text.length);
    // "…praised evangelist Franklin Graham, who has publicly vowed…": a relative clause's subject.
    // Closed by a comma, the name's own clause goes on after it ("John O'Donnell, who worked for Trump…, published
    // “…”"), or another's does ("Cruz is praising Jeb Bush, who ended his bid…, as “…”" is Cruz's).
    const relative = forText(COMMA_WHO, after).exec(after);
    const closed = relative !== null && after.includes(',', relative[0].length);
    if (relative) after = after.slice(closed ? after.lastIndexOf(',') + 1 : relative[0].length - 1);
    const naming = !relative && WHAT_BEFORE.test(before);
    if ((!relative || closed) && before.trim() && !CLAUSE_OPENS.test(before) && !naming) continue;
    after = after.slice(forText(APPOSITIVE, after).exec(after)?.[0].length ?? 0);
    const verb = forText(LOWER_WORD_NEXT, after).exec(after);
    if (naming && !NAMING_VERB.test(verb?.[1] ?? '')) continue;
    if (!verb || lx.stopwords.has(verb[1]) && !ACT_LEADS.has(verb[1])) continue;
    if (!(lx.verbSet.has(verb[1]) || ACT_LEADS.has(verb[1]) || /(?:ed|[^su]s)$/.test(verb[1]))) continue;
    return { text: n.text, fromEnd: left.length - n.index };
  }
  return null;
}

/**
 * "The leader of the Anti-Defamation League, Jonathan Greenblatt, warned…", "But his wife, Jane, offered…": a
 * description, then the person's name as an aside, then the verb: that person, resolved; else null.
 */
function describedSubject(clause: string, start: number, text: string, names: Person[], lx: Lexicon): string | null {
  const aside = forText(DESCRIPTION_THEN_NAME, clause).exec(clause);
  return aside && personNamed(aside[1], text, names, lx) ? resolveMention(aside[1], start, text, names, lx) : null;
}

/**
 * "Japan branded North Korea an “outlaw nation.”": a country (or state) opening the quote's sentence with a verb of
 * saying or naming speaks for its government. The place as written, or null.
 */
export function placeOpening(left: string, lx: Lexicon): string | null {
  const m = forText(PLACE_THEN_WORD, left).exec(left);
  return m && lx.places.has(m[1].toLowerCase()) && (lx.verbSet.has(m[2]) || NAMING_VERB.test(m[2])) ? m[1] : null;
}

/** A capitalised pronoun opening the text, then a lower-case word ("He called…", "Dia menyebut…"). */
export function openingPronoun(left: string, lx: Lexicon, afterPhrase = false): string | null {
  // …or after an opening phrase and its comma ("Eight years ago, he supported Obama and said, “…”").
  const comma = afterPhrase ? -1 : left.indexOf(', ');
  if (comma > 0 && comma < 60) {
    const after = openingPronoun(left.slice(comma + 1), lx, true);
    if (after) return after;
  }
  const start = skipSpace(left, 0);
  // "And she is sure…", "…,” but he gave the Texan…": past a conjunction.
  const first = lowerWordEnd(left, start) > start ? lowerWordEnd(left, start) : nameEnd(left, start);
  if (!afterPhrase && first > start && lx.conjunctions.has(left.slice(start, first).toLowerCase())) {
    // "But on Sunday he finally gave…": a day after the conjunction, without a comma, too.
    const rest = left.slice(first);
    const day = forText(DAY_PHRASE, rest).exec(rest);
    return openingPronoun(day ? rest.slice(day[0].length) : rest, lx, true);
  }
  const end = afterPhrase ? lowerWordEnd(left, start) : nameEnd(left, start);
  const word = end > start ? left.slice(start, end) : '';
  // "And he’s predicted…": a contraction after the pronoun.
  const contraction = forText(CONTRACTION, left.slice(end, end + 4)).exec(left.slice(end, end + 4))?.[0].length ?? 0;
  const next = skipSpace(left, end + contraction);
  if (!word || next <= end + contraction || !isLower(charAt(left, next))) return null;
  // "His standing improved after…": a possessive is about the person its pronoun would be.
  return lx.pronouns.has(word.toLowerCase()) ? word : POSSESSIVE_PRONOUNS[word] ?? null;
}

/** " on Sunday", " last Tuesday night": a day, as a short phrase without a comma. */
const DAY_PHRASE = /^\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=\s)/;

/** Sentence-opening possessives and the pronoun they stand for. */
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { His: 'he', Her: 'she' };

/**
 * "The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “…”": the person (as written, bare) a
 * colon ending the text hands the quote to. Not the object of a verb of saying ("telling Breitbart London:"), a name after a
 * preposition, nor a body ("the Dutch newspaper NRC Handelsblad:").
 */
export function personBeforeColon(left: string, text: string, names: Person[], lx: Lexicon): string | null {
  const colon = forText(NAME_THEN_COLON, left).exec(left);
  if (!colon || followsPreposition(left, colon.index)) return null;
  const before = trailingWord(left.slice(0, colon.index).trimEnd()).toLowerCase();
  if (lx.verbSet.has(before) || before.endsWith('ing') || lx.bodyNouns.has(before)) return null;
  return personNamed(colon[1], text, names, lx);
}

/** "… overhype - HuffPollster: ", "More from Blumenthal and Cohen: ", "“…,” by DNAinfo's Eddie Small: ": a source after a dash, "from" or "by", then a colon. */
const SOURCE_THEN_COLON = new RegExp(String.raw`(?:^|\s)(?:[-–—]|[Ff]rom|by)\s*(${nameRun(0, 3)}(?:\s+and\s+${nameRun(0, 3)})?):\s*$`, 'u');

/** "From Bush's Facebook post: ", "In Clinton’s statement: ": a name's possessive, a piece of writing or speech, a colon. */
const OWNER_WRITING_THEN_COLON = new RegExp(String.raw`(${nameRun(0, 3)})['’]s?\s+(?:\p{Lu}[\p{L}-]*\s+|\p{Ll}+\s+){0,2}(?:post|statement|tweet|letter|email|e-mail|speech|remarks|message|memo|op-ed|column|blog|note):\s*$`, 'u');

/** "Barrett’s dictum to his interns (repeated to me over the years) was, ": a name's saying, then "was" or "is". */
const OWNER_SAYING_WAS = new RegExp(String.raw`(${nameRun(0, 3)})['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:dictum|motto|mantra|advice|refrain|slogan|catchphrase|response|reply|answer|message|verdict)\b[^.“”"]{0,80}\s(?:was|is)[,:]?\s*$`, 'u');

/**
 * A roundup's line "HEADLINE - Mark Blumenthal and Jon Cohen: “…”": the source the dash or "from" hands the quote to,
 * as written, each name in full. Null when the text before the quote ends otherwise.
 */
export function sourceBeforeColon(left: string, text: string, at: number, names: Person[], lx: Lexicon): string | null {
  // "From Bush's Facebook post: “…”": whose writing it is; "Barrett’s dictum to his interns was, “…”": whose saying.
  const owner = forText(OWNER_WRITING_THEN_COLON, left).exec(left) ?? forText(OWNER_SAYING_WAS, left).exec(left);
  // Not the phrase's opening word ("From Bush").
  const writer = owner?.[1].split(/\s+/).filter((w, i) => i > 0 || !lx.stopwords.has(w.toLowerCase())).join(' ');
  if (writer) return resolveMention(writer, at, text, names, lx);
  const m = forText(SOURCE_THEN_COLON, left).exec(left);
  if (!m || lx.stopwords.has(m[1].toLowerCase())) return null;
  return m[1].split(/\s+and\s+/).map((part) => resolveMention(part, at, text, names, lx)).join(' and ');
}

/** "…Daron Shaw: ": a capitalised name, then a colon, ending the text before a quote. */
const NAME_THEN_COLON = new RegExp(String.raw`(${nameRun(1, 3)}):\s*$`, 'u');

/** "the former president showed…": "the", up to two lower-case words, a lower-case noun, then a lower-case word. */
const THE_ROLE_OPENING = /^[Tt]he\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s+\p{Ll}/u;

/** ", the editorial board writes." ending a sentence: a description and its verb. */
const DESCRIPTION_CUE_AT_END = /,\s+(the\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(\p{Ll}+)\.\s*$/u;

/**
 * The sentence before a quote reported at its end by a description ("Haley is an “articulate conservative,” the
 * editorial board writes."): the description and its verb, or null.
 */
export function descriptionReportAtEnd(sentence: string, lx: Lexicon): { text: string; cue: string } | null {
  const m = forText(DESCRIPTION_CUE_AT_END, sentence).exec(sentence);
  return m && lx.verbSet.has(m[2]) ? { text: m[1], cue: m[2] } : null;
}

/** "she said", "he told": a pronoun and a word after it. */
const PRONOUN_REPORT = /\b([Hh]e|[Ss]he)\s+(\p{Ll}+)\b/gu;

/**
 * The text from `from` (the sentence before the quote's) to `at` reported by a pronoun and a verb of saying, and by no
 * name ("…, she said she and Obama had made progress."): the pronoun and its verb.
 */
export function pronounReportBefore(text: string, from: number, at: number, names: Person[], lx: Lexicon): { text: string; cue: string } | null {
  const before = text.slice(from, at);
  const report = [...before.matchAll(forText(PRONOUN_REPORT, before))].find((m) => lx.verbSet.has(m[2]));
  return report && !lastReportedSpeaker(text, from, at, names, lx) ? { text: report[1], cue: report[2] } : null;
}
