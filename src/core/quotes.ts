import { packs, type LanguagePack } from './lang/index';
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

/** Quotes shorter than this are scare quotes or titles, not statements. */
const MIN_QUOTE_WORDS = 4;

/** Abbreviated titles that may stand inside a name ("Rep.", "Dr.", "Kol."), from the language packs. */
const TITLE_ABBR = [...new Set(Object.values(packs).flatMap((p) => p.abbreviations))]
  .filter((a) => /^[a-z]{2,4}$/.test(a))
  .map((a) => a[0].toUpperCase() + a.slice(1))
  .join('|');
const NAME_TOKEN = String.raw`(?:(?:${TITLE_ABBR})\.|\p{Lu}\.|\p{Lu}[\p{L}\p{M}\p{N}'’\-]*)`;
const CONNECTOR = String.raw`(?:bin|binti|van|von|de|del|der|da|dos|du|la|le|al|el|ibn|ul)`;
/** A capitalised name: "Retno Marsudi", "Ludwig van Beethoven", "J. Smith", "O’Malley", "Rep. John Mica". */
const NAME = String.raw`${NAME_TOKEN}(?:\s+(?:${CONNECTOR}\s+)?${NAME_TOKEN}){0,11}`;
const PRONOUN = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|[Dd]ia|[Ii]a|[Bb]eliau|I|[Ww]e)`;
/** "the senator", "a spokeswoman for the campaign": a description that points back to someone named. */
const DESCRIPTION = String.raw`(?:[Tt]he|[Aa]n?)\s+[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+){0,2}`;
const LEAD = String.raw`^[\s,.!?;:…—–-]*`;
/** "(R-Fla.)", "(45)": a short aside between a name and its verb. */
const ASIDE = String.raw`(?:\s*\([^()]{1,24}\))?`;

interface Lexicon {
  verbs: string;
  /** Whether a text holds any speech verb: a cheap test before the costly name-and-verb patterns. */
  hasVerb: RegExp;
  verbSet: Set<string>;
  pronouns: Set<string>;
  titles: Set<string>;
  orgWords: Set<string>;
  stopwords: Set<string>;
  roleExpansions: Record<string, string>;
  he: Set<string>;
  she: Set<string>;
}

let lexicon: Lexicon | null = null;

/** Speech verbs, pronouns and titles of all supported languages: articles mix them. */
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const all: LanguagePack[] = Object.values(packs);
  const verbs = [...new Set(all.flatMap((p) => p.speechVerbs))].sort((a, b) => b.length - a.length);
  const alternation = verbs.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  lexicon = {
    verbs: alternation,
    hasVerb: new RegExp(String.raw`(?:${alternation})\b`, 'u'),
    verbSet: new Set(verbs),
    pronouns: new Set(all.flatMap((p) => p.pronouns)),
    titles: new Set(all.flatMap((p) => p.titles)),
    orgWords: new Set(all.flatMap((p) => p.orgWords ?? [])),
    stopwords: new Set(all.flatMap((p) => p.stopwords)),
    roleExpansions: Object.assign({}, ...all.map((p) => p.roleExpansions ?? {})),
    he: new Set(all.flatMap((p) => p.firstNames?.he ?? [])),
    she: new Set(all.flatMap((p) => p.firstNames?.she ?? [])),
  };
  return lexicon;
}

interface Mention {
  /** As written: "Menlu RI", "he", "Smith", "the senator". */
  text: string;
  cue: string;
  /** A -nya cue, a pronoun or a description: the speaker is someone already named. */
  anaphoric: boolean;
}

const clean = (w: string) => w.toLowerCase().replace(/[.,’']+$/, '').replace(/[’']s$/, '');
const isTitleWord = (w: string, lx: Lexicon) => lx.titles.has(clean(w));
const isOrgWord = (w: string, lx: Lexicon) => lx.orgWords.has(clean(w));
const isAcronym = (w: string) => /^\p{Lu}{2,5}$/u.test(w);

/** Strips leading titles, roles and organisations: "Menteri Luar Negeri RI Retno Marsudi" → "Retno Marsudi". */
export function bareName(mention: string, lx = getLexicon()): string {
  const tokens = mention.trim().split(/\s+/);
  // The name is the last run of capitalised tokens that are neither titles, organisation words nor acronyms (RI, AS, UN).
  let start = tokens.length;
  while (start > 0) {
    const t = tokens[start - 1];
    const isName = /^\p{Lu}/u.test(t) && !isTitleWord(t, lx) && !isOrgWord(t, lx) && !isAcronym(t) && !lx.stopwords.has(clean(t));
    const isConnector = new RegExp(`^${CONNECTOR}$`).test(t) && start < tokens.length;
    if (!isName && !isConnector) break;
    start--;
  }
  return tokens.slice(start).join(' ').replace(/[’']s$/, '') || mention;
}

/**
 * "Kalsel Nurul Fajar Desira" → "Nurul Fajar Desira": a leading capitalised word
 * that the article also uses without the rest of the name is a place or body
 * ("BPS Kalsel"), not part of the name.
 */
function trimLeadingPlace(name: string, text: string): string {
  let tokens = name.split(/\s+/);
  while (tokens.length > 2) {
    const [first, second] = tokens;
    const elsewhere = new RegExp(String.raw`(?<![\p{L}\p{N}])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{N}])(?!\s+${second.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'u');
    if (!elsewhere.test(text)) break;
    tokens = tokens.slice(1);
  }
  return tokens.join(' ');
}

/** Does a capitalised phrase look like a person (not a place, organisation or title alone)? */
function looksLikePerson(phrase: string, lx: Lexicon): boolean {
  const tokens = phrase.split(/\s+/);
  return !tokens.some((t) => isOrgWord(t, lx)) && tokens.some((t) => /^\p{Lu}\p{Ll}/u.test(t) && !isTitleWord(t, lx));
}

function classify(text: string, lx: Lexicon): boolean {
  return lx.pronouns.has(text.toLowerCase()) || /^(?:the|an?)\s+\p{Ll}/iu.test(text) && !/^(?:the|an?)\s+\p{Lu}/u.test(text);
}

/**
 * "kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Wahyu Wibowo": after a role
 * and its places, the person's name comes last among the comma-separated names.
 */
function appositiveName(mention: string, after: string, lx: Lexicon): string {
  const tokens = mention.split(/\s+/);
  const roleLed = isTitleWord(tokens[0], lx) || tokens.some((t) => isOrgWord(t, lx));
  if (!roleLed) return mention;
  const chunks = after.match(new RegExp(String.raw`^(?:,\s*${NAME})+`, 'u'))?.[0].split(/,\s*/).filter(Boolean) ?? [];
  for (let i = chunks.length - 1; i >= 0; i--) if (looksLikePerson(chunks[i], lx)) return chunks[i];
  return mention;
}

const ACCORDING = /according to|menurut/i;

function mentionAfter(right: string, lx: Lexicon): Mention | null {
  // The patterns are costly on a cold start (each page injects the script afresh): skip those that cannot match.
  const verb = lx.hasVerb.test(right);
  // , ujar Menlu RI / , said John Smith / , kata dia / , kata juru bicara X, Alamsyah
  let m = !verb ? null : right.match(new RegExp(String.raw`${LEAD}(${lx.verbs})\s+((?:[\p{Ll}\-]+\s+){0,4}?)(${NAME}|${PRONOUN})`, 'u'));
  if (m && (!m[2] || m[2].trim().split(/\s+/).every((w) => isTitleWord(w, lx) || /^(?:the|a|an|of|for)$/.test(w)))) {
    const rest = right.slice(m.index! + m[0].length);
    const text = classify(m[3], lx) ? m[3] : appositiveName(`${m[2]}${m[3]}`.trim(), rest, lx);
    return { text, cue: m[1], anaphoric: classify(m[3], lx) };
  }
  // , tegasnya / , katanya
  m = right.match(new RegExp(String.raw`${LEAD}(\p{Ll}+nya)\b`, 'u'));
  if (m && lx.verbSet.has(m[1])) return { text: m[1], cue: m[1], anaphoric: true };
  // , John Smith said / , he told reporters / , the senator said / , Smith, a spokesman for X, said
  m = !verb ? null : right.match(new RegExp(String.raw`${LEAD}(${DESCRIPTION}|${PRONOUN}|(?:[Tt]he\s+)?${NAME})${ASIDE}(?:,[^,.!?"“”]{2,90},)?\s+(?:[\p{Ll}\-]+\s+){0,2}?(${lx.verbs})\b`, 'u'));
  if (m) return { text: m[1], cue: m[2], anaphoric: classify(m[1], lx) };
  // , according to John Smith / , menurut Ketua KPU
  m = !ACCORDING.test(right) ? null : right.match(new RegExp(String.raw`${LEAD}(according to|menurut)\s+(${NAME}|${PRONOUN})`, 'u'));
  if (m) return { text: m[2], cue: m[1], anaphoric: classify(m[2], lx) };
  return null;
}

function mentionBefore(left: string, lx: Lexicon): Mention | null {
  // Smith said: "… / Presiden mengatakan, "… / Trump said the plan was "… / Abedin, a vice chairwoman, wrote: "…
  const verb = lx.hasVerb.test(left);
  const re = new RegExp(String.raw`(?:^|[^\p{L}])(${DESCRIPTION}|${PRONOUN}|(?:[Tt]he\s+)?${NAME})${ASIDE}(?:,[^,.!?"“”]{2,90},)?\s+(?:[\p{Ll}\-]+\s+){0,3}?(${lx.verbs})\b[^.!?"“”]*$`, 'u');
  let m = verb ? left.match(re) : null;
  if (m && !/^(?:according|menurut)$/i.test(m[2])) return { text: m[1], cue: m[2], anaphoric: classify(m[1], lx) };
  m = !ACCORDING.test(left) ? null : left.match(new RegExp(String.raw`(according to|[Mm]enurut)\s+(${NAME}|${PRONOUN}),?[^.!?"“”]*$`, 'u'));
  if (m) return { text: m[2], cue: m[1], anaphoric: classify(m[2], lx) };
  // He added, "…" / Kata dia, "…"
  m = !verb ? null : left.match(new RegExp(String.raw`(?:^|[.!?]\s+)(${lx.verbs})\s+(${NAME}|${PRONOUN})[,:]?\s*$`, 'u'));
  if (m) return { text: m[2], cue: m[1], anaphoric: classify(m[2], lx) };
  return null;
}

/** A person named in the text; `titled` when a title or role stands before the name ("Kepala Dinas X Budi"). */
interface Person { name: string; index: number; titled: boolean }

/** Capitalised names of two or more tokens that look like people, with their positions. */
function fullNames(text: string, lx: Lexicon): Person[] {
  const out: Person[] = [];
  for (const m of text.matchAll(new RegExp(NAME, 'gu'))) {
    const bare = trimLeadingPlace(bareName(m[0], lx), text);
    if (bare.split(/\s+/).length < 2 || !looksLikePerson(bare, lx)) continue;
    const before = text.slice(Math.max(0, m.index! - 30), m.index!).split(/\s+/).filter(Boolean).at(-1) ?? '';
    const titled = bare !== m[0].trim() || isTitleWord(before, lx);
    out.push({ name: bare, index: m.index! + m[0].length - bare.length, titled });
  }
  return out;
}

const nameAt = new RegExp(String.raw`\s+(${NAME})`, 'uy');

/** The name that follows the latest earlier occurrence of `form` (any case) before `at`. */
function lastNameAfter(text: string, at: number, form: string, lx: Lexicon): string | null {
  const lower = text.slice(0, at).toLowerCase();
  const needle = form.toLowerCase();
  for (let i = lower.lastIndexOf(needle); i >= 0; i = i === 0 ? -1 : lower.lastIndexOf(needle, i - 1)) {
    if (i > 0 && /\p{L}/u.test(lower[i - 1])) continue;
    nameAt.lastIndex = i + needle.length;
    const m = nameAt.exec(text);
    if (m) {
      const name = bareName(m[1], lx);
      if (looksLikePerson(name, lx) && !isTitleWord(name.split(' ')[0], lx)) return name;
    }
  }
  return null;
}

/** "Retno" or "Smith" → the latest earlier full name holding that token. */
function expandToFullName(name: string, earlier: Person[]): string {
  if (name.split(/\s+/).length > 1) return name;
  for (let i = earlier.length - 1; i >= 0; i--) {
    if (earlier[i].name.split(/\s+/).includes(name)) return earlier[i].name;
  }
  return name;
}

/**
 * Turns a mention into the name a reader should see: titles stripped, a
 * surname or role resolved to the full name given earlier in the article.
 */
function resolveMention(mention: string, at: number, text: string, names: Person[], lx: Lexicon): string {
  const earlier = names.filter((n) => n.index < at);
  const written = mention.replace(/^the\s+/i, '');
  const bare = bareName(written, lx);
  const isRoleOnly = written.split(/\s+/).every((t) => isTitleWord(t, lx) || isOrgWord(t, lx) || isAcronym(t) || /^\p{Ll}/u.test(t));
  if (isRoleOnly) {
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
  return bare.split(/\s+/).length === 1 ? expandToFullName(bare, earlier) : trimLeadingPlace(bare, text);
}

/** Would this pronoun contradict the name's evident gender ("she" for "Marco Rubio")? */
function genderClash(pronoun: string, name: string, lx: Lexicon): boolean {
  const first = name.split(/\s+/)[0].toLowerCase();
  const p = pronoun.toLowerCase();
  return (p === 'she' && lx.he.has(first) && !lx.she.has(first)) || (p === 'he' && lx.she.has(first) && !lx.he.has(first));
}

/** Start of the sentence around `at` (a rough cut at . ! ? or a newline). */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i > at - 400; i--) {
    const ch = text[i];
    if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ''))) return i + 1;
  }
  return Math.max(0, at - 400);
}

const abbreviations = new Set(Object.values(packs).flatMap((p) => p.abbreviations));

/** End of the sentence starting at `at`; a full stop after "Rep.", "Dr." or an initial does not end it. */
function sentenceEnd(text: string, at: number): number {
  const re = /[.!?](?=\s|$)|\n/g;
  re.lastIndex = at;
  for (let m = re.exec(text); m && m.index < at + 300; m = re.exec(text)) {
    if (m[0] === '.') {
      const word = text.slice(Math.max(at, m.index - 12), m.index).match(/([\p{L}.]+)$/u)?.[1] ?? '';
      if (/^\p{Lu}$/u.test(word) || abbreviations.has(word.toLowerCase())) continue;
    }
    return m.index + 1;
  }
  return Math.min(text.length, at + 300);
}

/** Left context of a quote: its sentence, or the line before when that line ends with a colon. */
function leftContext(text: string, s: QuoteSpan, prevEnd: number): string {
  let from = Math.max(prevEnd, sentenceStart(text, s.start));
  if (!text.slice(from, s.start).trim()) {
    const before = text.slice(Math.max(prevEnd, s.start - 300), s.start);
    if (/:\s*$/.test(before)) from = Math.max(prevEnd, sentenceStart(text, text.slice(0, s.start).trimEnd().length - 1));
  }
  return text.slice(from, s.start);
}

/** The last person named as the subject of a speech verb between `from` and `to`: "Smith said the plan…". */
function lastReportedSpeaker(text: string, from: number, to: number, names: Person[], lx: Lexicon): string | null {
  if (!lx.hasVerb.test(text.slice(from, to))) return null;
  const known = names.filter((n) => n.index < to);
  // "Smith said", "Smith, the mayor, said", and "The mayor, Smith, said" (the name as an aside).
  const re = new RegExp(String.raw`(${NAME})(?:,[^,.!?"“”]{2,90},|,)?\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:${lx.verbs})\b`, 'gu');
  let found: string | null = null;
  for (const m of text.slice(from, to).matchAll(re)) {
    // A single capitalised word ("Lebih lanjut, …") counts only as part of a full name given earlier.
    const name = expandToFullName(trimLeadingPlace(bareName(m[1], lx), text), known);
    if (looksLikePerson(name, lx) && name.includes(' ')) found = name;
  }
  return found;
}

/**
 * Finds every direct quote of a text and attributes it. Paragraphs are
 * separated by newlines. Pure: no DOM, no state between calls.
 */
export function findQuotes(text: string): Quote[] {
  const lx = getLexicon();
  const attribution = new RegExp(String.raw`\b(${lx.verbs})\b|\b\p{Ll}+nya\b`, 'u');
  const spans = joinInterrupted(text, findQuoteSpans(text), (between) => attribution.test(between))
    .filter((s) => quoteWords(text.slice(s.start, s.end)) >= MIN_QUOTE_WORDS);
  const names = fullNames(text, lx);
  const quotes: Quote[] = [];
  let last: { speaker: string; end: number } | null = null;
  const history: string[] = [];
  spans.forEach((s, i) => {
    const nextStart = spans[i + 1]?.start ?? text.length;
    const prevEnd = spans[i - 1]?.end ?? 0;
    // An interrupted quote is attributed in its interruption.
    const rightFrom = s.firstEnd ?? s.end;
    const right = text.slice(rightFrom, Math.min(sentenceEnd(text, rightFrom), nextStart));
    const mention = mentionAfter(right, lx) ?? mentionBefore(leftContext(text, s, prevEnd), lx);
    // Someone reported as speaking since the last quote ("Smith said the plan…") is the likeliest "he".
    const reported = lastReportedSpeaker(text, last?.end ?? 0, s.start, names, lx);
    let speaker: string | null = null;
    if (mention && !mention.anaphoric) {
      speaker = resolveMention(mention.text, s.start, text, names, lx);
    } else if (mention && /nya$/.test(mention.cue)) {
      // Indonesian "-nya" cues ("katanya", "tegasnya") continue the previous quote's speaker.
      const earlier = names.filter((n) => n.index < s.start);
      speaker = last?.speaker ?? reported ?? (earlier.filter((n) => n.titled).at(-1) ?? earlier.at(-1))?.name ?? null;
    } else if (mention) {
      // "he"/"she": the latest speaker or person that the pronoun's gender does not rule out.
      const candidates = [reported, last?.speaker, ...history.slice().reverse(), ...names.filter((n) => n.index < s.start).map((n) => n.name).reverse()]
        .filter((c): c is string => !!c);
      speaker = candidates.find((c) => !genderClash(mention.text, c, lx)) ?? candidates[0] ?? null;
    } else {
      // No cue at all: a quote continuing the previous speaker, or one introduced by reported speech.
      speaker = reported ?? last?.speaker ?? null;
    }
    if (speaker) {
      last = { speaker, end: s.end };
      history.push(speaker);
    }
    quotes.push({ text: text.slice(s.start, s.end), parts: spanParts(text, s), speaker, cue: mention?.cue ?? null, start: s.start, end: s.end });
  });
  return quotes;
}
