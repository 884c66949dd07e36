import { packs, type LanguagePack } from './lang/index';
import { findQuoteSpans, joinInterrupted, quoteWords } from './quote-spans';

/** A direct quote of the article and who said it. */
export interface Quote {
  /** The quoted words, quote marks included, exactly as in the text. */
  text: string;
  /** The speaker as a reader should see it: a full name where the article gives one. */
  speaker: string | null;
  /** The words that attributed it ("said", "ujar", "tegasnya"). */
  cue: string | null;
  start: number;
  end: number;
}

/** Quotes shorter than this are scare quotes or titles, not statements. */
const MIN_QUOTE_WORDS = 4;

const NAME_TOKEN = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’\-]*)`;
const CONNECTOR = String.raw`(?:bin|binti|van|von|de|del|der|da|dos|du|la|le|al|el|ibn|ul)`;
/** A capitalised name: "Retno Marsudi", "Ludwig van Beethoven", "J. Smith", "O’Malley". */
const NAME = String.raw`${NAME_TOKEN}(?:\s+(?:${CONNECTOR}\s+)?${NAME_TOKEN}){0,6}`;

interface Lexicon {
  verbs: string;
  pronouns: Set<string>;
  titles: Set<string>;
  roleExpansions: Record<string, string>;
}

let lexicon: Lexicon | null = null;

/** Speech verbs, pronouns and titles of all supported languages: articles mix them. */
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const all: LanguagePack[] = Object.values(packs);
  const verbs = [...new Set(all.flatMap((p) => p.speechVerbs))].sort((a, b) => b.length - a.length);
  lexicon = {
    verbs: verbs.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    pronouns: new Set(all.flatMap((p) => p.pronouns)),
    titles: new Set(all.flatMap((p) => p.titles)),
    roleExpansions: Object.assign({}, ...all.map((p) => p.roleExpansions ?? {})),
  };
  return lexicon;
}

interface Mention {
  /** As written: "Menlu RI", "he", "Smith", "the senator". */
  text: string;
  cue: string;
  /** A -nya cue or a pronoun: the speaker is someone already named. */
  anaphoric: boolean;
}

const isTitleWord = (w: string, lx: Lexicon) => lx.titles.has(w.toLowerCase().replace(/[.,]$/, ''));

/** Strips leading titles and roles: "Menteri Luar Negeri RI Retno Marsudi" → "Retno Marsudi". */
export function bareName(mention: string, lx = getLexicon()): string {
  const tokens = mention.split(/\s+/);
  // The name is the last run of capitalised tokens that are neither titles nor short acronyms (RI, AS, UN).
  let start = tokens.length;
  while (start > 0) {
    const t = tokens[start - 1];
    const isName = /^\p{Lu}/u.test(t) && !isTitleWord(t, lx) && !/^\p{Lu}{1,3}$/u.test(t);
    const isConnector = new RegExp(`^${CONNECTOR}$`).test(t) && start < tokens.length;
    if (!isName && !isConnector) break;
    start--;
  }
  const name = tokens.slice(start).join(' ');
  return name || mention;
}

function mentionAfter(right: string, lx: Lexicon): Mention | null {
  // , ujar Menlu RI / , said John Smith / , kata dia
  let m = right.match(new RegExp(String.raw`^[\s,.!?;:…—–-]*(${lx.verbs})\s+(${NAME}|dia|ia|beliau|he|she|they)`, 'u'));
  if (m) return { text: m[2], cue: m[1], anaphoric: lx.pronouns.has(m[2].toLowerCase()) };
  // , tegasnya / , katanya
  m = right.match(/^[\s,.!?;:…—–-]*(\p{Ll}+nya)\b/u);
  if (m && new RegExp(`^(?:${lx.verbs})$`).test(m[1])) return { text: m[1], cue: m[1], anaphoric: true };
  // , John Smith said / , he told reporters / , the senator said / , Smith also said
  m = right.match(new RegExp(String.raw`^[\s,.!?;:…—–-]*((?:the|a|an)\s+[\p{Ll}\- ]{2,40}?|he|she|they|I|we|${NAME})\s+(?:\p{Ll}+\s+){0,2}?(${lx.verbs})\b`, 'u'));
  if (m) {
    const anaphoric = lx.pronouns.has(m[1].toLowerCase()) || /^(the|a|an)\s/i.test(m[1]);
    return { text: m[1], cue: m[2], anaphoric };
  }
  // , according to John Smith / , menurut Ketua KPU
  m = right.match(new RegExp(String.raw`^[\s,.!?;:…—–-]*(according to|menurut)\s+(${NAME}|dia|ia|beliau)`, 'u'));
  if (m) return { text: m[2], cue: m[1], anaphoric: lx.pronouns.has(m[2].toLowerCase()) };
  return null;
}

function mentionBefore(left: string, lx: Lexicon): Mention | null {
  // Smith said: "… / Presiden mengatakan, "… / Trump said the plan was "…
  const re = new RegExp(String.raw`(?:^|[^\p{L}])((?:the|a|an)\s+[\p{Ll}\- ]{2,40}?|[Hh]e|[Ss]he|[Tt]hey|[Dd]ia|[Ii]a|[Bb]eliau|${NAME})\s+(?:\p{Ll}+\s+){0,3}?(${lx.verbs})\b[^.!?"“”]*$`, 'u');
  let m = left.match(re);
  if (m && !/^(according|menurut)$/i.test(m[2])) {
    const anaphoric = lx.pronouns.has(m[1].toLowerCase()) || /^(the|a|an)\s/i.test(m[1]);
    return { text: m[1], cue: m[2], anaphoric };
  }
  m = left.match(new RegExp(String.raw`(according to|[Mm]enurut)\s+(${NAME}|dia|ia|beliau),?[^.!?"“”]*$`, 'u'));
  if (m) return { text: m[2], cue: m[1], anaphoric: lx.pronouns.has(m[2].toLowerCase()) };
  return null;
}

/** Capitalised names of two or more tokens, with their positions: the people an article introduces. */
function fullNames(text: string, lx: Lexicon): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const m of text.matchAll(new RegExp(NAME, 'gu'))) {
    const bare = bareName(m[0], lx);
    if (bare.split(/\s+/).length >= 2) out.push({ name: bare, index: m.index! + m[0].length - bare.length });
  }
  return out;
}

/**
 * Turns a mention into the name a reader should see: titles stripped, a
 * surname or role resolved to the full name given earlier in the article.
 */
function resolveMention(mention: string, at: number, text: string, names: { name: string; index: number }[], lx: Lexicon): string {
  const earlier = names.filter((n) => n.index < at);
  const bare = bareName(mention, lx);
  const tokens = bare.split(/\s+/);
  const isRoleOnly = mention.split(/\s+/).every((t) => isTitleWord(t, lx) || /^\p{Lu}{1,4}$/u.test(t) || /^\p{Ll}/u.test(t));
  if (isRoleOnly) {
    // "Menlu RI" → the person the article introduced as "Menteri Luar Negeri RI Retno Marsudi" or "Menlu Retno".
    const forms = [mention];
    const first = mention.split(/\s+/)[0].toLowerCase();
    if (lx.roleExpansions[first]) forms.push(lx.roleExpansions[first] + mention.slice(first.length));
    // Then the role word alone before a name: "Menlu Retno", "Presiden Joko Widodo".
    forms.push(first);
    if (lx.roleExpansions[first]) forms.push(lx.roleExpansions[first]);
    for (const form of forms) {
      const found = lastNameAfter(text, at, form, lx);
      if (found) return expandToFullName(found, earlier);
    }
    return mention;
  }
  if (tokens.length === 1) return expandToFullName(bare, earlier);
  return bare;
}

const nameAt = new RegExp(`\\s+(${NAME})`, 'uy');

/** The name that follows the latest earlier occurrence of `form` (any case) before `at`. */
function lastNameAfter(text: string, at: number, form: string, lx: Lexicon): string | null {
  const lower = text.slice(0, at).toLowerCase();
  const needle = form.toLowerCase();
  for (let i = lower.lastIndexOf(needle); i >= 0; i = i === 0 ? -1 : lower.lastIndexOf(needle, i - 1)) {
    if (i > 0 && /[\p{L}]/u.test(lower[i - 1])) continue;
    nameAt.lastIndex = i + needle.length;
    const m = nameAt.exec(text);
    if (m) {
      const name = bareName(m[1], lx);
      if (name !== m[1] || !isTitleWord(name.split(' ')[0], lx)) return name;
    }
  }
  return null;
}

/** "Retno" or "Smith" → the latest earlier full name holding that token. */
function expandToFullName(name: string, earlier: { name: string; index: number }[]): string {
  if (name.split(/\s+/).length > 1) return name;
  for (let i = earlier.length - 1; i >= 0; i--) {
    if (earlier[i].name.split(/\s+/).includes(name)) return earlier[i].name;
  }
  return name;
}

/** Start of the sentence around `at` (a rough cut at . ! ? or a newline). */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i > at - 400; i--) {
    const ch = text[i];
    if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ''))) return i + 1;
  }
  return Math.max(0, at - 400);
}

function sentenceEnd(text: string, at: number): number {
  const m = text.slice(at, at + 300).search(/[.!?](?=\s|$)|\n/);
  return m < 0 ? Math.min(text.length, at + 300) : at + m + 1;
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
  let lastSpeaker: string | null = null;
  spans.forEach((s, i) => {
    const nextStart = spans[i + 1]?.start ?? text.length;
    const prevEnd = spans[i - 1]?.end ?? 0;
    // An interrupted quote is attributed in its interruption.
    const rightFrom = s.firstEnd ?? s.end;
    const right = text.slice(rightFrom, Math.min(sentenceEnd(text, rightFrom), nextStart));
    let leftStart = Math.max(prevEnd, sentenceStart(text, s.start));
    // "Cruz continued:\n\n“…”": a paragraph that is only the quote takes the line before it.
    if (leftStart === s.start && /:\s*$/.test(text.slice(Math.max(prevEnd, s.start - 200), s.start))) {
      leftStart = Math.max(prevEnd, sentenceStart(text, text.slice(0, s.start).trimEnd().length - 1));
    }
    const left = text.slice(leftStart, s.start);
    const mention = mentionAfter(right, lx) ?? mentionBefore(left, lx);
    let speaker: string | null = null;
    if (mention) {
      if (mention.anaphoric) {
        // A person named earlier in the same paragraph, after the previous quote, is who "he" is;
        // otherwise the previous quote's speaker; otherwise the last person named.
        const paraStart = text.lastIndexOf('\n', s.start) + 1;
        const inPara = names.filter((n) => n.index >= Math.max(prevEnd, paraStart) && n.index < s.start).at(-1)?.name;
        speaker = inPara ?? lastSpeaker ?? names.filter((n) => n.index < s.start).at(-1)?.name ?? null;
      } else {
        speaker = resolveMention(mention.text, s.start, text, names, lx);
      }
    }
    if (speaker) lastSpeaker = speaker;
    quotes.push({ text: text.slice(s.start, s.end), speaker, cue: mention?.cue ?? null, start: s.start, end: s.end });
  });
  return quotes;
}
