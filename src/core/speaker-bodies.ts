import { charAt, isLower } from './chars';
import { AUXILIARY_VERBS, INDEFINITE } from './cue-match';
import { datelineLength } from './dateline';
import { forText } from './latin-pattern';
import { lastTextMemo } from './text-memo';
import { nameRun, scanNames } from './names';
import { clean, isCapitalsOnly, isOrgWord, type Lexicon, PERSON_NOUN, ROLE_JOINERS, startsLower, startsUpper, VERB_AFTER_SUBJECT } from './speaker-lexicon';
import { bareName, genderClash, isFirstName, looksLikePerson, LOWER_WORD_NEXT, namedInFull, type Person, resolveMention, roleHolder, wordPositions } from './speaker-names';

/** Organisations that speak: "the ministry said", "Black Lives Matter issued a statement", a body opening a sentence. */

/** Verbs of putting a writing out: "issued", "released", "put out", "posted". */
const PUT_OUT = 'issued|released|put out|posted';

/** "Black Lives Matter issued a statement": a capitalised run that issued, released or put out a statement. */
const ISSUED_STATEMENT = new RegExp(String.raw`(\p{Lu}[\p{L}.’'&-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}.’'&-]*){0,5})\s+(?:${PUT_OUT})\s+(?:a|an)\s+(?:\p{Ll}+\s+)?statement`, 'gu');

/** "a text message", "an email", "a statement": a writing brought in with an indefinite article. */
const INDEFINITE_WRITING = /^an?\s+(?:[\p{L}-]+\s+){0,2}(?:message|statement|letter|e-?mail|tweet|memo|release|note)$/iu;

/**
 * "his campaign sent out a text message to supporters saying: “…”": is `description` a writing the text before it
 * (`left`) brings in as the object of its sending? Its words are then its sender's, not its own.
 */
export function sentWriting(description: string, left: string): boolean {
  if (!INDEFINITE_WRITING.test(description)) return false;
  return SENT_AT_END.test(left.slice(0, left.lastIndexOf(description)));
}

/** "…sent out ", "…emailed ", "…released ": a verb of sending ending the text before the writing. */
const SENT_AT_END = new RegExp(String.raw`\b(?:sent|sends|sending|emailed|${PUT_OUT})\s+(?:out\s+)?$`);

/** "the protesters", "the two senators": "the", up to two words, a plural noun (not "-ss", "-us", "-is"). */
const PLURAL_DESCRIPTION = /^the\s+(?:[\p{Ll}\d-]+\s+){0,2}\p{Ll}+[^sui\s]s$/u;

/** Organisation words that name a time, a place or a law, not a body that speaks. */
const NOT_BODIES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|feb|apr|jul|aug|sep|sept|oct|nov|dec|states|kingdom|republic|nations|city|county|street|avenue|center|centre|hall|airport|station|act|amendment|treaty|college|school|church|museum|hospital|white|house|senate|americans|republicans|democrats|muslims|christians|catholics|evangelicals|latinos|hispanics|conservatives|liberals|progressives|independents|conference|summit|forum)$/;

/** Does a capitalised run name a body that can speak ("State Department", "Trayvon Martin Foundation")? */
const namesBody = (run: string, lx: Lexicon) => run.split(/\s+/).some((w) => isOrgWord(w, lx) && !NOT_BODIES.test(clean(w)));

/**
 * The organisation named last before `at` (within about two paragraphs): a capitalised run with an organisation word
 * ("The Wall Street Journal", "China’s foreign ministry" has none; "the State Department" has one).
 */
export function lastOrganisation(text: string, at: number, lx: Lexicon, noun = ''): string | null {
  // "the board said" after "the Illinois Board of Elections", however far back: the body that noun names.
  const named = noun ? namedBody(text, at, noun) : null;
  if (named) return named;
  const from = Math.max(0, at - 600);
  const window = text.slice(from, at);
  // "Black Lives Matter issued a statement saying…": whoever issued a statement speaks, organisation word or not.
  const issuer = statementIssuer(window, lx);
  if (issuer) return issuer;
  // A body has a name beside its organisation word ("Democratic Party", not "Party’s" alone); not one named as a place
  // ("the crowd, which rallied outside Temple University": the group that shouts is the crowd).
  // Not one named inside a quote: "…will not be attending the State GOP Convention,” the release said" is no body speaking.
  const quoted = quotedRanges(window);
  const runs = scanNames(window);
  const bodies = runs.filter((r) => namesBody(r.text, lx) && /\s/.test(r.text.trim()) && !PLACE_BEFORE.test(window.slice(Math.max(0, r.index - 12), r.index))
    && !quoted.some(([a, b]) => r.index > a && r.index < b))
    // "Enter The Washington Post.": a capitalised "The" inside a run starts the body's name.
    .map((r) => {
      const the = r.text.indexOf(' The ');
      return the > 0 ? { index: r.index + the + 1, text: r.text.slice(the + 1) } : r;
    });
  // The latest that opens its sentence, as a subject ("The Trayvon Martin Foundation did not want to address it,
  // telling Fox 35…"), else the latest.
  const opensSentence = (i: number) => /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(window.slice(Math.max(0, i - 4), i));
  const body = bodies.filter((r) => opensSentence(r.index)).at(-1) ?? bodies.at(-1);
  // "Business Insider also commented… “…,” the company said": a name with no organisation word, opening the sentence
  // as its subject, no person's (its first word is no first name), is what "the company" points back to.
  const namedSubject = (r: { index: number; text: string }) => {
    const after = window.slice(r.index + r.text.length);
    return r.index > (body?.index ?? -1) && opensSentence(r.index) && /\s/.test(r.text.trim()) && !quoted.some(([a, b]) => r.index > a && r.index < b)
      && !isFirstName(r.text.split(/\s+/)[0], lx) && !lx.places.has(r.text.toLowerCase()) && forText(SUBJECT_VERB_AFTER, after).test(after);
  };
  const chosen = (noun ? runs.filter(namedSubject).at(-1) : undefined) ?? body;
  return chosen ? chosen.text.replace(/^the\s+/i, '').replace(/[’']s$/, '') : null;
}

/** " also commented", " said", " has": a verb, perhaps after an adverb, right after a subject. */
const SUBJECT_VERB_AFTER = new RegExp(String.raw`^\s+(?:(?:also|then|later|again|too|quickly|first)\s+)?${VERB_AFTER_SUBJECT}\b`, 'u');

/** Where the text's quotations run, as [opening mark, closing mark] pairs; an opening mark left open runs to the end. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) { out.push([open, i]); open = -1; }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

/** Prepositions before a body named as a place: "rallied outside Temple University", "in the Capitol" ("at" may name an employer: "finance director at Vanguard Logistics Services"). */
const PLACE_BEFORE = /\b(?:in|near|outside|inside|into|across|through|(?:rallied|gathered|met|marched|protested|assembled)\s+at)\s+(?:the\s+)?$/;

/** A body's name: an organisation word or a capitalised body noun in it ("Illinois Board of Elections"). */
export const isBodyName = (name: string, lx: Lexicon) => namesBody(name, lx) || name.split(/\s+/).some((w) => startsUpper(w) && lx.bodyNouns.has(w.toLowerCase()));

/** The latest capitalised run before `at` ending in `noun` ("Illinois Board", "Foreign Ministry"), with its "of …" ("of Elections"). */
function namedBody(text: string, at: number, noun: string): string | null {
  const word = noun[0].toUpperCase() + noun.slice(1);
  const ofAfter = (r: { index: number; text: string }) => {
    const after = text.slice(r.index + r.text.length, Math.min(at, r.index + r.text.length + 60));
    return forText(OF_NAME, after).exec(after)?.[0] ?? '';
  };
  // One capitalised word names a body only with its "of …" ("Commission on Presidential Debates").
  const runs = runsOf(text);
  // From the last run before `at` back: on a page of many quotes, not all the runs for each.
  let lo = 0;
  for (let hi = runs.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].index < at) lo = mid + 1; else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const r = runs[k];
    if (r.index + r.text.length <= at && r.text.endsWith(word) && r.text.split(/\s+/).at(-1) === word && (r.text.includes(' ') || ofAfter(r))) return (r.text + ofAfter(r)).replace(/^the\s+/i, '');
  }
  return null;
}

/** The capitalised runs of a text: asked for each quote's "the board said", read once per text. */
const runsOf = lastTextMemo(scanNames);

/** " of Elections", " of the United States", " on Presidential Debates": the rest of a body's name (not " on Wednesday"). */
const OF_NAME = new RegExp(String.raw`^\s+(?:of|on|for)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:the\s+)?${nameRun(0, 3)}`, 'u');

/** "the newspaper", "the ministry": "the" and a noun of a body that speaks (the language pack's bodyNouns). */
export const describesBody = (text: string, lx: Lexicon) => /^the\s/i.test(text) && lx.bodyNouns.has(describedNoun(text));

/** The noun a description ends in, before a participle describing it: "the order released Friday" → "order". */
export function describedNoun(text: string): string {
  const words = text.split(/\s+/);
  const participle = words.findIndex((w, i) => i > 1 && DESCRIBING_PARTICIPLES.has(w));
  return words[participle > 0 ? participle - 1 : words.length - 1].toLowerCase();
}

/** Participles that follow a document's noun: "the statement released by the campaign", "the order issued Friday". */
const DESCRIBING_PARTICIPLES: ReadonlySet<string> = new Set(['released', 'issued', 'published', 'filed', 'obtained', 'posted', 'signed', 'sent']);

/** "the protesters", "the two senators": a group, not one person. */
export const describesGroup = (text: string) => forText(PLURAL_DESCRIPTION, text).test(text);

/**
 * "…the protesters also paid tribute to… As they made their way down Broad Street, they chanted “…”": the last
 * group of people ("the", up to two words, a plural person noun) the text writes as the subject of a verb.
 */
export function lastGroup(text: string): string | null {
  const group = [...text.matchAll(forText(GROUP_THEN_VERB, text))].map((m) => m[1]).filter((g) => PERSON_NOUN.test(g.slice(0, -1))).at(-1);
  return group ?? null;
}

const GROUP_THEN_VERB = /\b((?:[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+[^sui\s’']s)\s+(?!of\b|and\b|or\b|who\b|that\b|in\b|at\b|for\b)\p{Ll}+/gu;

/** "Bernie Sanders is releasing a new 30-second ad", "The Jeb Bush campaign released a web video": who put out an ad. */
const RELEASED_AD = /(\p{Lu}[\p{L}’'&-]*(?: (?:of |and )?\p{Lu}[\p{L}’'&-]*){0,5}(?: campaign)?)\s+(?:is\s+|was\s+|has\s+|will\s+)?(?:releas(?:ed|es|ing|e)|launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|air(?:ed|s|ing)?|ran|runs|running|put out|posted|cut)\s+(?:a|an)\s+(?:[\p{L}\d-]+\s+){0,4}(?:ad|spot|video|commercial)\b/gu;

/** Who put out the ad, spot or video the text brings in last, or null. */
export function adSponsor(text: string, lx: Lexicon): string | null {
  const sponsor = [...text.matchAll(forText(RELEASED_AD, text))].at(-1)?.[1].replace(/^the\s+/i, '');
  return sponsor && !lx.stopwords.has(sponsor.split(/\s+/)[0].toLowerCase()) ? sponsor : null;
}

/** Who issued, released or put out a statement in this text, last: "Black Lives Matter", "the DNC" → "DNC". */
export function statementIssuer(text: string, lx: Lexicon): string | null {
  const issuer = [...text.matchAll(forText(ISSUED_STATEMENT, text))].at(-1)?.[1].replace(/^the\s+/i, '');
  return issuer && !lx.stopwords.has(issuer.split(/\s+/)[0].toLowerCase()) ? issuer : null;
}

/** Did the text shortly before `at` bring in this noun with an indefinite article ("an organizer", "a second official")? */
export function introducedUnnamed(text: string, at: number, noun: string): string | null {
  // A person's noun ("organizer", "officer", "man"), not a body's ("union", "column"), which the article may name.
  if (!startsLower(noun) || !PERSON_NOUN.test(noun)) return null;
  const window = text.slice(Math.max(0, at - 600), at);
  // The noun, and up to two words before it after the article: "an organizer", "a second senior official".
  // Within its clause: not "…a big mouth,” columnist Ai Jun". The latest such, as the article wrote it.
  for (const i of wordPositions(window, noun).reverse()) {
    const words = window.slice(Math.max(0, i - 40), i).split(/[.,;:!?"“”]/).at(-1)!.split(/\s+/);
    const article = words.slice(-4, -1).findLastIndex((w) => INDEFINITE.includes(w));
    if (article >= 0) {
      const phrase = [...words.slice(words.length - 4 + article, -1), noun].join(' ').trim();
      return phrase[0].toLowerCase() + phrase.slice(1);
    }
  }
  return null;
}


/** Voices an article seldom names: "the announcer", "the narrator". */
const VOICE_NOUNS: ReadonlySet<string> = new Set(['announcer', 'narrator', 'voiceover', 'moderator', 'caller', 'heckler', 'questioner']);

/**
 * "the RNC member", "the senior Cruz adviser": a person's noun after a body's initials or a surname of the article,
 * when the article gave that noun's holder no name: someone unnamed, as written. Not "the Florida senator": a place
 * describes someone the article named.
 */
export function unnamedDescription(description: string, text: string, at: number, names: Person[], lx: Lexicon): boolean {
  const words = description.split(/\s+/);
  const noun = words.at(-1)!;
  const capitals = words.slice(1, -1).filter(startsUpper);
  // "As a phone rang, the announcer said": a voice of a kind that holds no title, named by no one in the article.
  if (words.length === 2 && /^the$/i.test(words[0]) && /^[a-z]+$/.test(noun) && VOICE_NOUNS.has(noun) && !roleHolder(text, at, noun, names, lx)) return true;
  return /^the$/i.test(words[0]) && capitals.length > 0 && /^[a-z]+$/.test(noun) && PERSON_NOUN.test(noun) && !roleHolder(text, at, noun, names, lx)
    && capitals.every((w) => isCapitalsOnly(w) || names.some((n) => n.index < at && n.name.endsWith(` ${w}`)));
}

/**
 * "The United Nations Security Council on Friday made a strong condemnation of … what it called “…”": with nobody
 * else to give the quote to, the organisation that opens its sentence.
 */
export function bodyOpening(left: string, lx: Lexicon): string | null {
  // A dateline is no subject: "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released…".
  const trimmed = left.trimStart();
  let start = left.length - trimmed.length + datelineLength(trimmed);
  // …nor a phrase of place or time: "On its official website, the FBI lists “…”".
  start += forText(OPENING_PHRASE, left.slice(start)).exec(left.slice(start))?.[0].length ?? 0;
  const head = left.slice(start, start + 120);
  const run = scanNames(head)[0];
  // "the FBI": initials after "the" name a body.
  const the = !!run && /^the\s+$/i.test(head.slice(0, run.index));
  const initials = the && isCapitalsOnly(run.text);
  // Not a headline in capitals ("OBAMA’S LAST STATE OF THE UNION").
  if (!run || (run.index > 0 && !the) || (run.text === run.text.toUpperCase() && !initials)) return null;
  if (!initials && !isBodyName(run.text, lx)) return null;
  // "the Illinois Board of Elections": with what it is of.
  const after = head.slice(run.index + run.text.length);
  const of = /^\s+of\s/.test(after) ? forText(OF_NAME, after).exec(after)?.[0] ?? '' : '';
  // "Yahoo News and former TV network anchor Katie Couric has…": a body joined to someone else is not the subject.
  const rest = after.slice(of.length);
  const next = forText(LOWER_WORD_NEXT, rest).exec(rest);
  if (next && (lx.conjunctions.has(next[1]) || ROLE_JOINERS.has(next[1]))) return null;
  return (run.text + of).replace(/^(?:the|an?)\s+/i, '');
}

/**
 * "A 2014 House Intelligence Committee report found “…”", "A campaign TV ad released Thursday accuses Trump of…":
 * a sentence opened by an indefinite description and its verb speaks as written.
 */
export function descriptionOpening(left: string): string | null {
  const trimmed = left.trimStart();
  const m = forText(INDEFINITE_THEN_VERB, trimmed).exec(trimmed) ?? ANOTHER_SAID.exec(trimmed);
  return m ? m[1].trim() : null;
}

/**
 * "…, with many marchers and spectators chanting “…”", "…where about 50 protesters had gathered on Wednesday
 * morning, chanting “…”", "The ad ends with a voice over saying: “…”": an unnamed group or voice, opening its
 * clause in lower case, whose participle of saying leads into the quote. As written.
 */
export function unnamedVoice(left: string): string | null {
  const m = forText(UNNAMED_THEN_PARTICIPLE, left).exec(left) ?? forText(UNNAMED_CALLING, left).exec(left) ?? forText(UNNAMED_RELATIVE, left).exec(left) ?? forText(SHARE_SAID, left).exec(left);
  // Not a phrase with a clause inside ("a deterrence to what it called “…”").
  return m && !/\b(?:what|who|which|that|it|to|he|she|they|we)\b/.test(m[1]) ? m[1] : null;
}

/** "…and 14 percent said “…”", "75 percent of Republicans said “…”", "52 percent of registered voters agreed that
 * Clinton is in “…”": a share of those polled, its verb right before the quote or its clause leading into it. */
const SHARE_SAID = /\b(\d[\d.,]*\s*(?:percent|per cent|%)(?:\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{Ll}-]+){0,2})?)\s+(?:(?:said|say|says|answered|chose)[,:]?|(?:said|say|says|agreed|agree|believe|believed|think|thought)\s+(?:that\s+)?[^.!?;:“”"\d]{1,80}?)\s*$/u;

/** "…was replaced by a message that said, “…”", "a man who shouted “…”": an indefinite description, its relative clause's verb of saying. */
const UNNAMED_RELATIVE = /\b((?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:that|which|who)\s+(?:said|says|read|reads|shouted|yelled|wrote)[,:]?\s*$/u;

/** A clause's start, then an unnamed group or person in lower case: "where about 50 protesters", ", one lawmaker". */
const UNNAMED_SUBJECT = String.raw`(?:^|[,;—–]\s+|\b(?:with|where|while|as|and|when|but)\s+)((?:(?:about|some|several|many|most|dozens of|hundreds of|thousands of)\s+(?:\d[\d,]*\s+)?|\d[\d,]*\s+|(?:a|an|one)\s+)(?:[\p{Ll}-]+\s+){0,4}?[\p{Ll}-]+)`;

/** "…, when many commentators called him “…”", "one lawmaker called Trump “…”": an unnamed group's or person's naming verb. */
const UNNAMED_CALLING = new RegExp(String.raw`${UNNAMED_SUBJECT}\s+(?:called|calls|call|described|describes|describe|dubbed|labeled|labelled|branded)\s+(?:[^,.!?"“”;:]{1,50}?\s+)?(?:as\s+)?(?:an?\s+)?$`, 'u');

/** "…where about 50 protesters had gathered on Wednesday morning, chanting “…”": its participle of saying, perhaps past the rest of its clause. */
const UNNAMED_THEN_PARTICIPLE = new RegExp(String.raw`${UNNAMED_SUBJECT}\s+(?:[^,.!?"“”;:]{0,60},\s+)?(?:chanting|shouting|yelling|singing|saying|asking|proclaiming)[,:]?\s*$`, 'u');

/** Capitalised quantifiers that open a group, never a name: "Many reporters noted". */
const QUANTIFIERS: ReadonlySet<string> = new Set(['Many', 'Multiple', 'Several', 'Some', 'Most', 'Few', 'Both', 'All', 'Numerous', 'Other', 'Others']);

/** "Many reporters" of "Many reporters noted": the quantifier and up to four lower-case words before the verb. */
export function groupBeforeVerb(context: string, quantifier: string, cue: string): string | null {
  const at = context.indexOf(`${quantifier} `);
  if (at < 0 || !cue) return null;
  const words = context.slice(at + quantifier.length + 1, at + quantifier.length + 80).split(/\s+/);
  const verb = words.indexOf(cue);
  return verb > 0 && verb <= 4 && words.slice(0, verb).every((w) => isLower(charAt(w, 0))) ? [quantifier, ...words.slice(0, verb)].join(' ') : null;
}

/** Is this capitalised word a quantifier ("Many", "Several")? */
export const isQuantifier = (word: string) => QUANTIFIERS.has(word);

/** "On its official website, ", "In a statement Tuesday, ": a phrase of place or time and its comma. */
const OPENING_PHRASE = /^(?:On|In|At|During|After|Before|Earlier|Later|Last|This|As|When|While|With|Following|Despite)\s[^,.;:!?"“”]{1,60},\s+/u;

/**
 * "A campaign TV ad released Thursday accuses Trump": "A", "An", "One" or "Another", up to eight words without punctuation, a verb in -s or
 * -ed and what a verb takes next (a function word, a capital, a quote), not a noun ("committee members calls").
 */
const INDEFINITE_THEN_VERB = /^((?:An?|One|Another)\s+(?:(?!(?:who|which|that|was|were|is|are|has|have|had|will|would|said|says|told|he|she|they|it|we)\s)[\p{L}\d’'&.-]+\s+){0,7}?(?!(?:of|other|the|a|an|and|or|for|to|in|on|who|which|that|said|says|told|he|she|they|it|we)\s)[\p{L}\d’'&.-]+\s+)(?:(?:also|then|later|now|recently|quickly|has|have|had|was|were|is|are|been)\s+){0,2}(?:\p{Ll}{2,}(?:ed|[^s’'\s]s)|found|wrote|gave|made|put|took|held|saw|sent|showed|told|said)\s+(?:(?:for|that|the|a|an|to|in|on|of|its|his|her|their|as|by|with|it|him|them)\s|\p{Lu}|["“‘]|$)/u;

/** "Another said he hoped…": "One" or "Another" alone, then its verb of saying. */
const ANOTHER_SAID = /^(One|Another)\s+(?:also\s+)?(?:said|says|wrote|writes|added|adds|tweeted|posted|told)\s/;

/** "The council voted 6-1 for the resolution, which said the city “…”": a body opening the sentence by description is the body named last. */
export function bodyDescribed(left: string, text: string, at: number, lx: Lexicon): string | null {
  const trimmed = left.trimStart();
  const described = forText(THE_NOUN_THEN_LOWER, trimmed).exec(trimmed);
  return described && describesBody(described[0], lx) ? lastOrganisation(text, at, lx) : null;
}

/** "The council voted": "the", a lower-case noun, then another lower-case word. */
const THE_NOUN_THEN_LOWER = /^the\s+\p{Ll}+(?=\s+\p{Ll})/iu;

/** "…, his campaign sent out…", "Rubio’s campaign sent…": a possessive opening a clause, the voice it owns, the word after. */
const POSSESSIVE_VOICE = /(?:^\s*|[,.]\s+)(His|his|Her|her|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}[’']s)\s+(campaign|office|team|staff|aides|spokesman|spokeswoman|spokesperson)\s+(?:also\s+|then\s+|quickly\s+)?(\p{Ll}+)/u;

/**
 * "Even before Sanders took the stage…, his campaign sent out a text message saying: “…”", "Rubio’s campaign sent out a
 * press release saying Murphy owes “…”": the voice a person owns, opening a clause of the text before a quote, as
 * "Bernie Sanders’s campaign". His or her person is the last one named before it in the text, else `ownerBefore()`,
 * and of no other gender. Its verb must follow ("Clinton's campaign chairman, John Podesta, said" is Podesta's).
 */
export function possessiveVoice(left: string, at: number, text: string, names: Person[], lx: Lexicon, ownerBefore: () => string | null): string | null {
  const m = forText(POSSESSIVE_VOICE, left).exec(left);
  if (!m || !(lx.verbSet.has(m[3]) || AUXILIARY_VERBS.has(m[3]) || /(?:ed|ing)$/.test(m[3]) || m[3] === 'sent' || m[3] === 'put')) return null;
  const pronoun = /^his$/i.test(m[1]) ? 'he' : /^her$/i.test(m[1]) ? 'she' : null;
  const written = pronoun ? scanNames(left.slice(0, m.index)).map((r) => bareName(r.text, lx)).filter((n) => looksLikePerson(n, lx)).at(-1) : m[1].replace(/[’']s$/, '');
  const owner = written ? namedInFull(resolveMention(written, at, text, names, lx), names) ?? (pronoun ? null : written) : ownerBefore();
  return owner && (!pronoun || !genderClash(pronoun, owner, lx, text)) ? `${owner}’s ${m[2]}` : null;
}
