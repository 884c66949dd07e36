import { charAt, isLetter } from './chars';
import { AGE_AFTER, containsVerb, INDEFINITE, isAge, isAgeDescription } from './cue-match';
import { forText } from './latin-pattern';
import { scanNames } from './names';
import { findQuoteSpans, insideQuotation, joinInterrupted, type QuoteSpan, quoteWords, spanParts } from './quote-spans';
import { getLexicon, isBareRoleWord, isCapitalsOnly, isOrgWord, isRoleNoun, isRoleTitle, isTitleWord, type Lexicon, PERSON_NOUN, startsLowerWord, startsUpper, VERB_AFTER_SUBJECT } from './speaker-lexicon';
import { newSentenceAfter, previousSentenceStart, sentenceEnd, sentenceStart } from './quote-sentences';
import { bareName, beforeRole, capitalisedMidSentence, fullNames, genderClash, hasWord, honorificName, inFullName, isFirstName, looksLikePerson, matchesGender, namedInFull, resolveMention, roleHolder } from './speaker-names';
import { adSponsor, bodyDescribed, bodyOpening, possessiveVoice, sentWriting, describedNoun, describesBody, describesGroup, descriptionOpening, groupBeforeVerb, introducedUnnamed, isBodyName, isQuantifier, lastGroup, lastOrganisation, statementIssuer, unnamedDescription, unnamedVoice } from './speaker-bodies';
import { bracketedSource, cueOpensClause, cueRightBefore, DOCUMENT_NOUNS, mentionAfter, mentionBefore, nameEndingDescription, personBeforeOf, secondhandSource, signatureBelow } from './speaker-mentions';
import { clauseSubject, descriptionReportAtEnd, lastReportedSpeaker, NAMING_VERB, openingPronoun, personBeforeColon, placeOpening, previousSentenceSubject, pronounReportBefore, sentenceSubject, sourceBeforeColon, subjectAfterSubordinate } from './sentence-subjects';

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
  /** The account the article has the quote through, when that is not the speaker ("the Las Vegas Sun" of "…,”
   * O’Malley said, according to the Las Vegas Sun"): a citation names it after the speaker (cite.ts attribution). */
  via: string | null;
  start: number;
  end: number;
}

/** "and said", "and also said", ", adding that": a verb joined to the previous quote's sentence. Patterns with \p{…} are used through forText (latin-pattern.ts). */
const JOINED_VERB = /^[”"’'\s,]*(?:(?:and|but|dan|tetapi)\s+|(?=\p{Ll}+ing\s))(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;

/** A word ending in -nya ("katanya", "ujarnya"). */
const NYA_WORD = /\b\p{Ll}+nya\b/u;

/** Quotes shorter than this are scare quotes or titles, not statements. */
const MIN_QUOTE_WORDS = 4;

/** More things written or decided, which an article brings in as "a resolution" and quotes as "the resolution". */
const WRITTEN_NOUNS = /\b(?:resolution|message|order|ruling|clip)$/;

/** "the nationalist Global Times tabloid": a name of two or more capitalised words inside a description of a body. */
const NAME_INSIDE_DESCRIPTION = /^the\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}((?:\p{Lu}[\p{L}.&'’-]*\s+){2,4})\p{Ll}+$/u;

/** "The conservative publication has…": "the", up to two lower-case words and a noun, opening a sentence before its verb. */
const THE_DESCRIPTION_OPENING = new RegExp(String.raw`^(the\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+)\s+${VERB_AFTER_SUBJECT}\b`, 'iu');
/** "With millions watching, the Slovenia-born former model delivered…": a sentence whose subject, perhaps after an
 * opening phrase, is a description of up to four words, one of them perhaps capitalised, before its verb. */
const DESCRIBED_SUBJECT = new RegExp(String.raw`^(?:[^,.;:!?“”"]{1,60},\s+)?((?:the|The)\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}[\p{Ll}-]*)\s+${VERB_AFTER_SUBJECT}\b`, 'u');

/** "the ad", "The new 30-second spot", "the video": an ad, as a speaker. */
const THE_AD = /^the\s+(?:[\p{L}\d-]+\s+){0,3}(?:ad|spot|video|commercial)$/iu;

/**
 * Writings shown as written ("the lawsuit says"), unlike an email, whose words are its sender's; an ad is too when the
 * text names no one who put it out (THE_AD, adSponsor).
 */
const IMPERSONAL_WRITING = /\b(?:lawsuit|complaint|filing|document|article|book|ruling|order|clip|indictment|affidavit|study|survey|ad|spot|commercial)s?$/;

/**
 * "Anto (45), sopir angkot, …": the last person the text brings in by one name and an age in brackets before `at`,
 * as Indonesian news does; the speaker of a "-nya" or "dia" quote when no one else is named.
 */
function agedPerson(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 2000), at);
  return [...before.matchAll(forText(NAME_THEN_AGE, before))].at(-1)?.[1] ?? null;
}

/** The last person in the text brought in by one name and an age of two digits at a sentence's start ("Dasiman (35), …"). */
function agedOpener(text: string): { name: string; index: number } | null {
  const m = [...text.matchAll(forText(OPENER_THEN_AGE, text))].at(-1);
  return m ? { name: m[1], index: m.index! + m[0].indexOf(m[1]) } : null;
}

/** "… Dasiman (35)": a sentence's start, a capitalised word, an age of two digits in brackets ("Ayat (1)" numbers a clause). */
const OPENER_THEN_AGE = /(?:^|[.!?]["”]?\s+)(\p{Lu}\p{Ll}+)\s+\(\d{2}\)/gu;

/** "Anto (45)": a capitalised word, then an age in brackets. */
const NAME_THEN_AGE = /(?<![\p{L}.])(\p{Lu}\p{Ll}+)\s+\(\d{1,3}\)/gu;

/** Left context of a quote: its sentence, or the line before when that line ends with a colon. */
function leftContext(text: string, s: QuoteSpan, prevEnd: number, ownStart: number, lx: Lexicon): string {
  let from = Math.max(prevEnd, ownStart);
  if (!text.slice(from, s.start).trim()) {
    const before = text.slice(Math.max(prevEnd, s.start - 300), s.start);
    if (/:\s*$/.test(before)) from = Math.max(prevEnd, sentenceStart(text, text.slice(0, s.start).trimEnd().length - 1, lx));
  }
  return text.slice(from, s.start);
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

/** "The Hill", or "Hill" where the article writes "… The Hill reported" mid-sentence: a body's name that holds its article. */
function theName(name: string, text: string): boolean {
  if (/^The\s/.test(name)) return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  for (let i = text.indexOf(` The ${name}`); i > 0; i = text.indexOf(` The ${name}`, i + 1)) {
    if (/[\p{Ll},”"]/u.test(text[i - 1]) && !isLetter(charAt(text, i + name.length + 5))) return true;
  }
  return false;
}

/**
 * "“…,” I said." or "I said, “…”", "I laughed and said, “…”": the writer's "I" and its verb at the quote (not "when I
 * asked him…, he said").
 */
function writerSays(mention: { text: string; cue: string } | null, left: string, right: string, lx: Lexicon): boolean {
  if (mention && !lx.firstPerson.has(mention.text.toLowerCase())) return false;
  if (mention && right.replace(/^[\s,]+/, '').startsWith(`${mention.text} ${mention.cue}`)) return true;
  const words = left.replace(/[\s,:]+$/, '').split(/\s+/);
  if (!lx.verbSet.has(words.at(-1) ?? '')) return false;
  // The verb, and up to three lower-case words ("laughed and") between it and "I".
  const at = words.findLastIndex((w) => lx.firstPerson.has(w.toLowerCase()));
  return at >= 0 && words.length - at - 1 <= 4 && words.slice(at + 1).every((w) => /^\p{Ll}+$/u.test(w));
}

/**
 * Finds every direct quote of a text and attributes it. Paragraphs are
 * separated by newlines; `lang` (BCP 47) picks the word lists; `author`, the article's byline, is whom the writer's
 * own "I said" is by (no one else: null without it). Pure: no DOM, no state between calls.
 */
export function findQuotes(text: string, lang?: string, author?: string | null): Quote[] {
  const lx = getLexicon(lang?.toLowerCase().split('-')[0]);
  // A verb, or an Indonesian -nya cue ("katanya"), between two parts of one quote.
  const isAttribution = (between: string) => containsVerb(between, lx.verbList, true) || (between.includes('nya') && forText(NYA_WORD, between).test(between));
  const spans = joinInterrupted(text, findQuoteSpans(text, (word) => lx.verbSet.has(word)), { isAttribution, isConjunction: (word) => lx.conjunctions.has(word) })
    .filter((s) => quoteWords(text.slice(s.start, s.end)) >= MIN_QUOTE_WORDS && !isTitleOfWork(text, s, lx));
  // No quote, no speakers to find: the names are the stage's dearest part, and many articles quote no one.
  if (spans.length === 0) return [];
  const names = fullNames(text, lx);
  const quotes: Quote[] = [];
  // The last quote given a speaker: who, where it ends, and where the text after its attribution begins.
  let last: { speaker: string; end: number; after: number; via: string | null } | null = null;
  const history: string[] = [];
  // The last person reported speaking between `from` (the last attributed quote's end) and `to` (this quote), read
  // on from where the previous question about the same `from` stopped: on a page of many quotes no one is named
  // for, reading from `from` each time made the stage's time grow with the square of the text.
  const reportedRead = { from: -1, to: -1, speaker: null as string | null };
  const reportedSince = (from: number, to: number): string | null => {
    if (from !== reportedRead.from || to < reportedRead.to) Object.assign(reportedRead, { from, to: from, speaker: null });
    if (to > reportedRead.to) {
      reportedRead.speaker = lastReportedSpeaker(text, reportedRead.to, to, names, lx) ?? reportedRead.speaker;
      reportedRead.to = to;
    }
    return reportedRead.speaker;
  };
  spans.forEach((s, i) => {
    const nextStart = spans[i + 1]?.start ?? text.length;
    const prevEnd = spans[i - 1]?.end ?? 0;
    // An interrupted quote is attributed in its interruption.
    const rightFrom = s.firstEnd ?? s.end;
    const right = newSentenceAfter(text, rightFrom, lx) ? '' : text.slice(rightFrom, Math.min(sentenceEnd(text, rightFrom, lx), nextStart));
    // The quote's own sentence and the one before: several rules below look back to them.
    const ownStart = sentenceStart(text, s.start, lx);
    const previousStart = previousSentenceStart(text, ownStart, lx);
    const left = leftContext(text, s, prevEnd, ownStart, lx);
    let mention = mentionAfter(right, lx) ?? signatureBelow(text, s, nextStart, lx);
    // "Japan branded North Korea an “outlaw nation.” Russia insisted that Pyongyang…": after a quote closed by a full
    // stop, a subject whose verb opens a clause of its own begins the next sentence.
    // "…Libya?” Mills then writes back, “You look cute.”": a subject and verb that lead into another quotation are its.
    const closed = mention && right && /[.!?]["”’]?$/.test(text.slice(rightFrom - 3, rightFrom)) && right.indexOf(mention.text) < right.indexOf(mention.cue);
    if (closed && (cueOpensClause(right, mention!) || /^[^“”"]*[,:]\s*[“"]/.test(right.slice(right.indexOf(mention!.cue))))) mention = null;
    // A pronoun with its verb before the quote ("South Carolina, he said, was “…”").
    let cueBefore = false;
    // “Brafman said, “…” He added, “…”: a name before the quote beats a pronoun after it. "Roberts said Friday
    // that she… but said “the question is the timing.” Gov. Pat McCrory said it would be…": a verb right before the
    // quote beats a subject after it whose verb goes on to a clause of its own.
    const clauseAfter = !!mention && cueRightBefore(left, lx) && cueOpensClause(right, mention);
    if (!mention || (mention.anaphoric && !/nya$/.test(mention.cue)) || clauseAfter) {
      const before = mentionBefore(left, lx);
      if (before && (!mention || !before.anaphoric)) { mention = before; cueBefore = lx.pronouns.has(before.text.toLowerCase()); }
      // "…,” said Rep. Bobby Scott, adding that “…” Political analyst David Bositis agreed that…": a verb with no
      // subject of its own before the quote continues the sentence's speaker, not the next sentence's.
      else if (clauseAfter) mention = null;
    }
    // "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told…": the person, not what they are of.
    const owner = mention && !mention.anaphoric && !mention.unnamed ? personBeforeOf(left, mention.text, lx) ?? personBeforeOf(right, mention.text, lx) : null;
    if (mention && owner) mention = { ...mention, text: owner };
    // "He called Burma a “…”", "He said that Rubio is “…”": a sentence opened by a pronoun is about someone already
    // named, whatever names follow in it.
    // Not when the text before the quote ends in whose saying it is ("…, he studied under Wayne Barrett; Barrett’s
    // dictum to his interns was, “…”").
    const opening = mention || sourceBeforeColon(left, text, s.start, names, lx) ? null : openingPronoun(left, lx);
    if (opening) mention = { text: opening, cue: '', anaphoric: true };
    // "…, she said she and Obama had made progress. “I really believe…”": a quote opening its sentence after one
    // reported by a pronoun, and by no name, is that pronoun's.
    const pronounReport = mention || left.trim() ? null : pronounReportBefore(text, previousStart, s.start, names, lx);
    if (pronounReport) mention = { ...pronounReport, anaphoric: true };
    // "…who has won two elections, the editorial board writes. “It's a sign…”": likewise after a description.
    const describedReport = mention || left.trim() ? null : descriptionReportAtEnd(text.slice(previousStart, ownStart), lx);
    if (describedReport) mention = { ...describedReport, anaphoric: true };
    // "Many reporters noted", "Multiple news reports reveal": a quantifier and the words up to the verb are a group.
    const group = mention && !mention.anaphoric && isQuantifier(mention.text) ? groupBeforeVerb(`${left} ${right}`, mention.text, mention.cue) : null;
    if (mention && group) mention = { ...mention, text: group, unnamed: true };
    // "“…,” the company wrote in its statement. It added, “…”": "it" is an organisation named since the last quote
    // ("The Post reported that… It added"), else the body or writing that spoke last (a person's: "…,” Bujnowski
    // wrote in the affidavit. It continued: “…”"), else the organisation named last.
    if (mention && /^it$/i.test(mention.text)) {
      const since = last ? lastOrganisation(text.slice(last.end, s.start), s.start - last.end, lx) : null;
      const body = since ?? last?.speaker ?? lastOrganisation(text, s.start, lx);
      mention = body ? { text: body, cue: mention.cue, anaphoric: false, unnamed: true } : null;
    }
    // "And he added", "As they say": a capitalised function word opening the sentence is no name; the
    // speaker is someone already named, as after a pronoun.
    if (mention && !mention.anaphoric && !mention.text.includes(' ') && lx.stopwords.has(mention.text.toLowerCase()) && !capitalisedMidSentence(mention.text, text)) {
      mention = { ...mention, anaphoric: true };
    }
    // "the conservative-leaning newspaper wrote", "the ministry said": the organisation named last.
    if (mention && describesBody(mention.text, lx)) {
      // "the nationalist Global Times tabloid noted": the body it names.
      const inside = forText(NAME_INSIDE_DESCRIPTION, mention.text).exec(mention.text)?.[1].trim();
      const body = (inside && !looksLikePerson(bareName(inside, lx), lx) ? inside : null) ?? lastOrganisation(text, s.start, lx, describedNoun(mention.text));
      mention = body ? { text: body, cue: mention.cue, anaphoric: false, unnamed: true } : { ...mention, anaphoric: false, unnamed: true };
    }
    // "Bernie Sanders is releasing a new ad… The ad says “…”": an ad speaks for whoever put it out.
    const sponsor = mention?.anaphoric && forText(THE_AD, mention.text).test(mention.text) ? adSponsor(text.slice(Math.max(last?.end ?? 0, s.start - 1200), s.start), lx) : null;
    if (mention && sponsor) {
      const person = looksLikePerson(bareName(sponsor, lx), lx);
      mention = { ...mention, text: sponsor, anaphoric: false, unnamed: !person };
    }
    // "his campaign sent out a text message to supporters saying: “…”": a message brought in as the object of its
    // sending speaks for its sender, whom the sentence names (below, as a quote with no cue).
    if (mention?.anaphoric && sentWriting(mention.text, left)) mention = null;
    // "the lawsuit says", "the survey found": a writing in no one's voice, as written.
    if (mention?.anaphoric && /^the\s/i.test(mention.text) && IMPERSONAL_WRITING.test(mention.text)) {
      mention = { ...mention, anaphoric: false, unnamed: true };
    }
    // "…,” said the man who built his political career on his blue collar credentials": "the man" or "the woman" that
    // a clause without a comma picks out is someone the article is about, not someone unnamed.
    if (mention?.unnamed && /^the\s+(?:man|woman)$/i.test(mention.text) && right.includes(`${mention.text} who `)) mention = { ...mention, anaphoric: true, unnamed: false };
    // "the protesters chanted": a group, as written, never one person named before.
    if (mention?.anaphoric && describesGroup(mention.text)) mention = { ...mention, anaphoric: false, unnamed: true };
    // "…were greeted by an organizer at a field office. “…,” the organizer told them": a description whose noun the
    // article brought in unnamed ("an organizer") is that unnamed person.
    const introduced = mention?.anaphoric && /^the\s+\S/i.test(mention.text) && !DOCUMENT_NOUNS.test(mention.text) && !WRITTEN_NOUNS.test(mention.text)
      ? introducedUnnamed(text, s.start, mention.text.split(/\s+of\s+/)[0].split(/\s+/).at(-1)!) : null;
    if (mention && introduced) mention = { ...mention, anaphoric: false, unnamed: true };
    // "the RNC member said" when the article gave no RNC member a name: that unnamed person, as written.
    if (mention?.anaphoric && unnamedDescription(mention.text, text, s.start, names, lx)) mention = { ...mention, anaphoric: false, unnamed: true };
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
    // Asked only where needed: after a named cue it is not.
    const reported = () => reportedSince(last?.end ?? 0, s.start);
    let speaker: string | null = null;
    // With no one else to name, the last person brought in with an age ("Anto (45), sopir angkot, …").
    let aged = false;
    const byAge = () => {
      const person = agedPerson(text, s.start);
      aged = person !== null;
      return person;
    };
    // "When Maddow asked about the plan, Clinton shook her head: “…”": the subject after a subordinate clause.
    const afterSubordinate = subjectAfterSubordinate(left.trimStart(), s.start - left.trimStart().length, text, names, lx);
    // "He said that Clinton is playing the “…” and said that Rubio is “…”": a verb joined to the previous quote's
    // sentence shares its subject.
    const joined = !mention && last && s.start - prevEnd < 200 ? forText(JOINED_VERB, left).exec(left) : null;
    // "and said", "and also said", ", adding that…".
    // "…,” and contrasted the Republican candidate… with Clinton: “…”": any verb of the sentence hands on to a colon.
    // "…thanked its members “…” and called National Nurses United “…”": a verb of naming, whose object is no speaker.
    if (lx.firstPerson.size && writerSays(mention, left, right, lx)) {
      // "“I am not shy,” I said.": the writer's own words, in a first-person piece, are the author's.
      speaker = author ?? null;
    } else if (joined && (lx.verbSet.has(joined[1]) || lx.verbSet.has(joined[2] ?? '') || NAMING_VERB.test(joined[1]) || (/:\s*$/.test(left) && /ed$/.test(joined[1])))) {
      speaker = last!.speaker;
    } else if (mention?.pointing) {
      // "Puan Maharani berharap… Selain itu, … ”…,” kata politisi dari PDI-P ini": the person, named in full, who opens
      // one of the two sentences before; else the description.
      const subject = previousSentenceSubject(text, Math.max(prevEnd, previousSentenceStart(text, previousStart, lx)), s.start, names, lx);
      speaker = namedInFull(subject, names) ?? mention.text;
    } else if (mention?.unnamed) {
      speaker = nameEndingDescription(mention.text, lx) ?? mention.text;
    } else if (mention && !mention.anaphoric) {
      speaker = resolveMention(mention.text, s.start, text, names, lx);
    } else if (mention && /nya$/.test(mention.cue)) {
      // Indonesian "-nya" cues ("katanya", "tegasnya") continue the previous quote's speaker.
      const earlier = names.filter((n) => n.index < s.start);
      // With no speaker yet, the person opening the sentence before ("Bambang mendorong peneliti… ”…,” ujarnya").
      const opener = last || reported() ? null : previousSentenceSubject(text, 0, s.start, names, lx);
      // "Menurut Ekhel, pelaku usaha… ”…,” ujarnya": someone reported in the sentence right before the quote.
      const near = left.trim() ? null : lastReportedSpeaker(text, previousStart, s.start, names, lx);
      // "”…,” ujar perempuan yang ingin menjadi model ini. … Pembina Komunitas B2W Toto Sugito yakin, … ”…,” katanya":
      // after a quote whose speaker was only described, someone reported speaking, or named in full after a role, since then.
      const newcomer = last && !startsUpper(last.speaker) ? reported() ?? earlier.filter((n) => n.titled && n.index > last!.end).at(-1)?.name ?? null : null;
      // With no speaker yet, the person named in full opening the sentence right before beats one reported further
      // back ("Iqbal Ilham (31), …, menyatakan… Fikri Nur Fakhmi (29), … juga khawatir… ”…,” ujarnya").
      // Only a person the article brings in with an age ("Fikri Nur Fakhmi (29)"): a body can open a sentence too.
      const openerBefore = () => {
        const subject = last ? null : namedInFull(previousSentenceSubject(text, previousStart, s.start, names, lx), names);
        const at = subject ? text.indexOf(`${subject} (`, previousStart) : -1;
        return subject && at >= 0 && at < s.start && AGE_AFTER.test(text.slice(at + subject.length)) ? subject : null;
      };
      // "”…,” kata Mario. … Dasiman (35), misalnya, masih waswas… ”…,” katanya": someone brought in with an age at a
      // sentence's start since the last quote.
      // Not when someone named after a role comes after them ("Minuk (28), … Imam Besar Masjid Istiqlal Nasaruddin Umar
      // memaklumi… ”…”").
      const aged = last ? agedOpener(text.slice(last.end, s.start)) : null;
      const agedSince = aged && !names.some((n) => n.titled && n.index > last!.end + aged.index && n.index < s.start && n.name !== aged.name) ? aged.name : null;
      speaker = near ?? newcomer ?? agedSince ?? last?.speaker ?? openerBefore() ?? reported() ?? namedInFull(opener, names)
        ?? (earlier.filter((n) => n.titled).at(-1) ?? earlier.at(-1))?.name ?? byAge();
    } else if (mention) {
      // "he"/"she": someone reported speaking, the person opening the sentence before, the latest speaker or
      // person: the first that the pronoun's gender does not rule out.
      const subject = previousSentenceSubject(text, last?.end ?? 0, s.start, names, lx);
      // Reported speech counts first only when it is as near as that sentence ("Trump also took swipes at Jeb
      // Bush. “…,” he wrote" after "Calderon said …" further back is Trump's).
      // Not from a subordinate clause before it ("When Maddow pointed out…, Clinton seized upon…" is about Clinton).
      const sentenceBefore = text.slice(previousStart, ownStart).trimStart();
      const subordinateBefore = subject !== null && subject === subjectAfterSubordinate(sentenceBefore, ownStart - sentenceBefore.length, text, names, lx);
      const near = subject ? lastReportedSpeaker(text, subordinateBefore ? ownStart : previousStart, s.start, names, lx) : reported();
      // "Mosman saw Santilli's words differently: “…,” he said": the person opening the quote's own sentence first.
      const own = sentenceSubject(left, text, names, lx);
      const ownAt = own ? left.length - own.fromEnd : -1;
      const ownRest = own ? left.slice(ownAt + own.text.length) : '';
      // …or the clause after an opening phrase ("During an interview in April, Trump was talking… when he told…").
      const ownOpens = own !== null && (own.fromEnd === left.trimStart().length || /,\s+$/.test(left.slice(0, ownAt)));
      const ownName = own && ownOpens && !/^['’]s\b/.test(ownRest) ? resolveMention(own.text, s.start - own.fromEnd, text, names, lx) : null;
      // With the pronoun and its verb before the quote, only a subject followed by its own verb: "South Carolina, he
      // said, was “…”" is about the state.
      const opener = afterSubordinate ?? (!cueBefore || startsLowerWord(ownRest) ? namedInFull(ownName, names) : null);
      // "the Republican presidential candidate said": whoever the article named after that role ("Republican
      // presidential candidate Donald Trump"), when it did.
      const head = /^the\s/i.test(mention.text) ? mention.text.split(/\s+/).at(-1)!.toLowerCase() : '';
      const holder = head && isRoleNoun(head, lx) ? roleHolder(text, s.start, head, names, lx) : null;
      // "Sanders captured Vermont. His opponent, Hillary Clinton, won Georgia. He told the crowd…": a subject of the
      // other gender passes "he" to the sentence before.
      const earlierSubject = subject && genderClash(mention.text, subject, lx, text)
        ? previousSentenceSubject(text, last?.end ?? 0, previousStart, names, lx) : null;
      // A group ("the protesters") or a body ("the board") is no "he" or "she"; nor is a named one ("Illinois Board of
      // Elections") a "he".
      const gendered = /^(?:he|she)$/i.test(mention.text);
      // "the senator said" after "“…,” The Hill reported": a person's noun is no body either.
      const personal = gendered || (head !== '' && isRoleNoun(head, lx));
      // "the columnist suggested" after "columnist Ai Jun wrote": a description the article gave a name to, word for
      // word, is that name ("the former president" is not "President Obama").
      const named = holder ? roleHolder(text, s.start, mention.text.replace(/^the\s+/i, ''), names, lx) : null;
      // "…the protesters also paid tribute… As they made their way down Broad Street, they chanted “…”": "they" is a group.
      const group = /^they$/i.test(mention.text) ? lastGroup(text.slice(previousSentenceStart(text, previousStart, lx), s.start)) : null;
      // "A reporter for Agence France-Presse called it “absolute chaos.” “We saw people hit…,” he said": the sentence
      // before opened by someone unnamed, a person's noun, with no one else the article names there ("A reporter
      // asked Sanders how he's feeling. He replied: “…”" is Sanders's answer) and no one reported.
      const previousSentence = text.slice(previousStart, ownStart);
      const opening = !subject && gendered ? descriptionOpening(previousSentence.trimStart()) : null;
      const unnamedBefore = opening && PERSON_NOUN.test(opening.split(/\s+(?:for|of|at|from|with|in)\s+/)[0].split(/\s+/).at(-1)!)
        && !names.some((n) => hasWord(previousSentence.trimStart().slice(opening.length), n.name.split(' ').at(-1)!))
        && !lastReportedSpeaker(text, previousStart, ownStart, names, lx) ? opening : null;
      // "…the Slovenia-born former model delivered a defense of her husband. “…,” said the 46-year-old": an age
      // describes whoever the sentence before was about, even someone only described there.
      const agedDescription = !subject && isAgeDescription(mention.text) ? forText(DESCRIBED_SUBJECT, previousSentence.trimStart()).exec(previousSentence.trimStart())?.[1] ?? null : null;
      const candidates = [named, opener, subject ? near : null, subject, unnamedBefore, agedDescription, earlierSubject, holder, reported(), last?.speaker, ...history.slice().reverse(), ...names.filter((n) => n.index < s.start).map((n) => n.name).reverse()]
        .filter((c): c is string => !!c && (c === unnamedBefore || (!describesGroup(c) && !describesBody(c, lx) && !(personal && (isBodyName(c, lx) || theName(c, text))) && !(gendered && (INDEFINITE.includes(c.split(' ')[0]) || c.includes(' and '))))));
      // "Clinton herself also signaled… “…,” she said" after "Bill Clinton": the sentence's surname is that of another
      // full name, one of the pronoun's gender.
      const sameSurname = (c: string) => {
        const last = c.split(' ').at(-1)!;
        return names.filter((n) => n.index < s.start && n.name !== c && n.name.split(' ').at(-1) === last).map((n) => n.name).reverse()
          .find((n) => matchesGender(mention.text, n, lx));
      };
      // Not when the article wrote the full name right there ("His opponent, Hillary Clinton, won…").
      const local = new Set([opener, subject].filter((c) => c && !text.slice(previousStart, s.start).includes(c)));
      speaker = group ?? candidates.map((c) => (local.has(c) && genderClash(mention.text, c, lx, text) ? sameSurname(c) ?? c : c)).find((c) => !genderClash(mention.text, c, lx, text))
        ?? candidates[0] ?? honorificName(text, s.start, mention.text, names) ?? byAge();
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
      // …or after an age ("76-year-old Morton Blackwell, founder of…, endorsed Cruz, saying he “…”").
      const opens = subject !== null && (subject.fromEnd === left.trimStart().length || isAge(lead)
        || (/,\s+$/.test(left.slice(0, subjectAt)) && startsLowerWord(left.slice(subjectAt + subject.text.length)))
        || (lead !== '' && lead.split(/\s+/).some((w) => isRoleTitle(w, lx)) && lead.split(/\s+/).every((w) => isTitleWord(w, lx) || isOrgWord(w, lx) || startsUpper(w))));
      // "…, the DNC issued a statement apologizing to Sanders. “On behalf of everyone at the DNC…”": the quote that
      // follows a statement's announcement is the statement.
      // "President Obama released a statement Thursday night condemning “…”": a person's, in the quote's own sentence
      // too (a body there is found by the rules below, in full).
      const written = statementIssuer(left, lx);
      const people = written?.split(/\s+and\s+/) ?? [];
      const ownIssuer = people.length && people.every((p) => looksLikePerson(bareName(p, lx), lx)) ? people.map((p) => resolveMention(p, s.start, text, names, lx)).join(' and ') : null;
      const issuer = left.trim() ? ownIssuer : statementIssuer(text.slice(previousStart, s.start), lx);
      // "The timing doesn't surprise Republican pollster Daron Shaw: “…”": the person the colon hands the quote to.
      const colonPerson = personBeforeColon(left, text, names, lx);
      // "… overhype - HuffPollster: “…”": a roundup's source after a dash.
      const source = sourceBeforeColon(left, text, s.start, names, lx);
      const nearest = clauseSubject(left, text, names, lx);
      const fromNearest = nearest ? resolveMention(nearest.text, s.start - nearest.fromEnd, text, names, lx) : null;
      // "The Trayvon Martin Foundation did not want to address him, telling Fox 35 that the group is focused on “…”":
      // an organisation opening the sentence speaks before anyone reported earlier.
      // "…, with many marchers and spectators chanting “…”", "…replaced by a message that said, “…”": an unnamed
      // group or voice.
      const voice = unnamedVoice(left);
      // "Marco Rubio is launching his campaign. The Florida senator is telling reporters that he will have “…”": a
      // sentence opened by a description is about the person the sentence before opens with, not one reported further back.
      // "“…” [WaPo.]": a news roundup's source in brackets after the quote comes before anyone reported earlier.
      // "…,” Carson replied. Quintanilla seemed taken aback and mentioned that… “…”": when the last quote's own
      // attribution is all that reports anyone since, a person opening a sentence after it is newer.
      const reportedOrNewer = () => {
        const since = reported();
        if (!last || since !== last.speaker || lastReportedSpeaker(text, last.after, s.start, names, lx)) return since;
        return previousSentenceSubject(text, last.after, s.start, names, lx) ?? since;
      };
      // "The National Review is hosting… The conservative publication has been outspoken…, arguing he is “…”": a
      // sentence opened by a description of a body is that body's.
      const bodyDescription = forText(THE_DESCRIPTION_OPENING, left.trimStart()).exec(left.trimStart())?.[1];
      // The body opening the sentence before, or reported there ("…, the FBI confirmed that… The agency declined…"),
      // else the one named last.
      const bodyBefore = () => {
        const sentence = text.slice(previousStart, ownStart);
        const bodies = scanNames(sentence).filter((r) => !insideQuotation(sentence, r.index)
          && (isBodyName(r.text, lx) || (isCapitalsOnly(r.text) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, r.index - 4), r.index)))));
        return bodyOpening(sentence, lx) ?? bodies.at(-1)?.text.replace(/^the\s+/i, '') ?? null;
      };
      const describedBody = bodyDescription && describesBody(bodyDescription, lx)
        ? bodyBefore() ?? lastOrganisation(text, s.start, lx, describedNoun(bodyDescription)) : null;
      // "Even before Sanders took the stage…, his campaign sent out a text message saying: “…”": the person's campaign,
      // office or spokesman; a pronoun's person unnamed in the sentence is the one opening the sentence before.
      const ownersVoice = possessiveVoice(left, s.start, text, names, lx, () => namedInFull(previousSentenceSubject(text, last?.end ?? 0, s.start, names, lx), names));
      const firstRun = scanNames(left.trimStart().slice(0, 80))[0];
      const described = firstRun?.index === 0 && /^the\s/i.test(firstRun.text) && beforeRole(left.trimStart(), firstRun.text.length, lx)
        ? previousSentenceSubject(text, last?.end ?? 0, s.start, names, lx) : null;
      speaker = voice ?? source ?? (colonPerson ? resolveMention(colonPerson, s.start, text, names, lx) : null) ?? ownersVoice ?? afterSubordinate ?? (ownIssuer ? issuer : null) ?? placeOpening(left, lx) ?? fromNearest ?? (opens ? fromSubject : null) ?? issuer ?? bodyOpening(left, lx) ?? describedBody ?? descriptionOpening(left) ?? described ?? bracketedSource(text, s.end) ?? reportedOrNewer() ?? fromSubject
        ?? previousSentenceSubject(text, last?.end ?? 0, s.start, names, lx) ?? last?.speaker ?? bodyDescribed(left, text, s.start, lx);
    }
    // German capitalises every noun ("Respekt", "Gericht"): there, one capitalised word is a speaker only as part of a
    // full name the text gives, or as a first name.
    if (speaker && lx.capitalisedNouns && !speaker.includes(' ') && startsUpper(speaker) && !inFullName(speaker, names) && !isFirstName(speaker, lx)) speaker = null;
    // "Ils", "Cependant", "Tras": one function word of the language is no speaker, unless it is the surname of a full name
    // the article gives ("George Will"). Not where common words are names too (Indonesian "Hari").
    if (speaker && !lx.wordsAsNames && !speaker.includes(' ') && lx.stopwords.has(speaker.toLowerCase()) && !INDEFINITE.includes(speaker) && !inFullName(speaker, names)) speaker = null;
    // "“…,” one user wrote. “…,” another wrote": another of those the last quote's unnamed speaker is one of.
    const kind = speaker && /^another$/i.test(speaker) && last ? /^(?:one|an?|another)\s+(\S.*)$/i.exec(last.speaker) : null;
    if (kind) speaker = `${speaker} ${kind[1]}`;
    // "“…,” Conason writes in his book, according to the Times. “…”": a quote with no cue that goes on with the last
    // speaker in the same paragraph comes through the same account.
    const via = mention ? secondhandSource(right, text.slice(ownStart, s.start), mention.cue)
      : last?.via && speaker === last.speaker && !text.slice(last.end, s.start).includes('\n') ? last.via : null;
    // A speaker found only as the last person brought in with an age is a guess the next quote does not build on.
    if (speaker && !aged) {
      const attributed = !!mention?.cue && !!right && right.includes(mention.cue);
      last = { speaker, end: s.end, after: attributed ? Math.min(rightFrom + right.length, nextStart) : s.end, via };
      history.push(speaker);
    }
    // Shown as the article brought the person in ("a Republican committee aide"), which says more than "the aide".
    const shown = introduced && speaker === mention?.text ? introduced : speaker;
    quotes.push({ text: text.slice(s.start, s.end), parts: spanParts(text, s), speaker: shown, cue: mention?.cue ?? null, via, start: s.start, end: s.end });
  });
  return quotes;
}
