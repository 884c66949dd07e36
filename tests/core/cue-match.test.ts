import { describe, expect, test } from 'vitest';
import { accordingTo, accordingToBefore, commaNames, DESCRIPTION_ENDS, nameAfter, namesWithVerbs, nyaCue, ID_PREPOSITIONS, PREPOSITIONS, subjectThenVerb, subjectVerbBefore, verbsOf, verbSubjectBefore, verbThenDemonstrative, verbThenSubject, type CueMatch } from '../../src/core/cue-match';
import { packs } from '../../src/core/lang/index';
import { NAME_CONNECTORS, scanNames, TITLE_ABBREVIATIONS } from '../../src/core/names';
import { rng } from '../fuzz/pages.mjs';

/*
 * The hand-written matchers replaced regexes of thousands of characters (too
 * costly to compile on every page). These are those regexes, kept here as the
 * specification: on thousands of generated snippets, each matcher must find
 * exactly what its regex found.
 */
const verbList = [...new Set(Object.values(packs).flatMap((p) => p.speechVerbs))].sort((a, b) => b.length - a.length);
const VERBS = verbList.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const NAME_TOKEN = String.raw`(?:(?:${TITLE_ABBREVIATIONS.join('|')})\.|\p{Lu}\.|\p{Lu}[\p{L}\p{M}\p{N}'’\-]*)`;
const NAME = String.raw`${NAME_TOKEN}(?:[^\S\n]+(?:(?:${[...NAME_CONNECTORS].join('|')})(?:\s+|-))?${NAME_TOKEN}){0,11}`;
const PRONOUN = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|[Dd]ia|[Ii]a|[Bb]eliau|I|[Ww]e)(?!\p{L})`;
// After its first word, a description stops at a verb of saying ("the aide said in an emailed statement").
const DESCRIPTION = String.raw`(?:[Tt]he|[Aa]n?)\s+[\p{Ll}\-]+(?:\s+(?!(?:${VERBS})\b)[\p{Ll}\-]+){0,2}`;
const LEAD = String.raw`^[\s,.!?;:…—–-]*`;
const ASIDE = String.raw`(?:\s*\([^()]{1,24}\))?`;
const re = {
  verbThenSubject: new RegExp(String.raw`${LEAD}(${VERBS})\s+((?:(?:[\p{Ll}\-]+|\d[\d/]*)\s+){0,4}?)(${NAME}|${PRONOUN})`, 'u'),
  nya: new RegExp(String.raw`${LEAD}(\p{Ll}+nya)\b`, 'u'),
  subjectThenVerb: new RegExp(String.raw`${LEAD}(${DESCRIPTION}|${PRONOUN}|(?:[Tt]he\s+)?${NAME})${ASIDE}(?:,(?:[^,.!?"“”]|\.(?=\S)){2,120},)?\s+(?:[\p{Ll}\-]+\s+){0,2}?(${VERBS})\b`, 'u'),
  accordingTo: new RegExp(String.raw`${LEAD}(according to|menurut)\s+(${NAME}|${PRONOUN})`, 'u'),
  subjectVerbBefore: new RegExp(String.raw`(?:^|[^\p{L}])(${DESCRIPTION}|${PRONOUN}|(?:[Tt]he\s+)?${NAME})${ASIDE}(?:,(?:[^,.!?"“”]|\.(?=\S)){2,120},)?\s+(?:[\p{Ll}\-]+\s+){0,3}?(${VERBS})\b[^.!?"“”]*$`, 'u'),
  accordingToBefore: new RegExp(String.raw`([Aa]ccording to|[Mm]enurut)\s+(${NAME}|${PRONOUN}),?[^.!?"“”]*$`, 'u'),
  verbSubjectBefore: new RegExp(String.raw`(?:^|[.!?,]\s+)(${VERBS})\s+(${NAME}|${PRONOUN})[,:]?\s*$`, 'u'),
  namesWithVerbs: new RegExp(String.raw`(${NAME})(?: \([RDI]-[^()]{0,22}\)| \(\d{1,3}\))?(?:,(?:[^,.!?"“”]|\.(?=\S)){2,120},|,)?\s+(?:[\p{Ll}\-]+\s+){0,2}?(${VERBS})\b`, 'gu'),
  names: new RegExp(NAME, 'gu'),
  commaNames: new RegExp(String.raw`^(?:,\s*${NAME})+`, 'u'),
  nameAfter: new RegExp(String.raw`\s+(${NAME})`, 'uy'),
};
const verbs = verbsOf(verbList);

const PIECES = [
  'John Smith', 'Rep. John Mica', 'Ludwig van Beethoven', 'J. Smith', 'O’Malley', 'Menlu RI', 'Retno Marsudi', 'Kepala Dinas Budi',
  'The Senator', 'the senator', 'a spokeswoman for the campaign', 'An aide', 'he', 'He', 'she', 'they', 'I', 'We', 'dia', 'Dia', 'ia', 'beliau',
  'Helen', 'Iago', 'Theresa May', 'said', 'says', 'told reporters', 'told', 'added', 'kata', 'ujar', 'ujarnya', 'katanya', 'tegasnya',
  'kata-katanya', 'añadió', 'a dit', 'erklärte', 'wrote', 'according to', 'menurut', 'Menurut', 'according', '(R-Fla.)', '(45)',
  'on Tuesday', 'the plan', 'was', 'that', 'mengatakan', 'pada', 'Selasa', 'iPhone', 'McDonald', 'St. Louis', 'binti', 'van', 'de la',
  ',', ',', '.', ':', '!', '?', '“', '”', '"', '—', '…', ', a spokesman for the city,', ',  the mayor,', '\n', '  ', 'É', 'Émile Zola', 'Ødegaard',
];

function snippets(seed: number, n: number): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const parts = Array.from({ length: 1 + Math.floor(r() * 9) }, () => PIECES[Math.floor(r() * PIECES.length)]);
    return parts.reduce((s, p) => s + (r() < 0.8 ? ' ' : '') + p, r() < 0.5 ? ', ' : '');
  });
}

/** "… today. He added," / "Kata dia:": a verb opening a sentence, its subject ending the text (rare in random snippets). */
function sentenceOpeners(seed: number, n: number): string[] {
  const r = rng(seed);
  const pick = (xs: string[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: n }, () => `${pick(['', 'It rained. ', 'Done!  ', 'Why? ', 'x.'])}${pick(['Said', 'said', 'Kata', 'kata', 'added', 'told', 'a dit', 'añadió'])}${pick([' ', '  ', ''])}${pick(['John Smith', 'he', 'dia', 'Menlu RI', 'the senator', 'Rep. Mica'])}${pick(['', ',', ':', ', ', ' x', '.'])}`);
}

/** A party and state after a name ("Mitch McConnell, R-Ky., said"): full stops inside a word are no sentence end. */
const PARTY_STATE = [
  '“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.',
  ', Rep. Nita Lowey, D-N.Y., told reporters',
  'Sen. Rand Paul, R-Ky., told Fox News that polls could be "',
  ', Bernie Sanders, I-Vt. said',
];
const CASES = [...snippets(42, 4000), ...sentenceOpeners(7, 400), ...PARTY_STATE];

/** Unnamed sources ("an aide", "one senior Democrat") came after the regexes: the matchers report them, marked. */
const isUnnamed = (got: CueMatch) => !!got.unnamed && /^(?:an?|one|another)\s/i.test(got.subject);
/** The regexes let a participle after a comma take the name before it ("Adelson, telling Reuters"); the matchers do not. */
function participleAfterComma(m: RegExpMatchArray | null): boolean {
  if (!m || !/ing$/.test(m[2])) return false;
  const after = m[0].slice(m[0].indexOf(m[1]) + m[1].length);
  return after.slice(0, after.indexOf(m[2])).includes(',');
}
/** The regexes took a possessive for a subject ("Trump’s comments"); the matchers do not. */
const isPossessive = (m: RegExpMatchArray | null) => !!m && /[’']s$/.test(m[1]);

/**
 * The regexes took a name right after a preposition for a subject ("a rally in Orlando and said"); the matchers
 * skip it (after an Indonesian preposition, only its first word: "dari Fraksi Nasdem Willy Aditya").
 */
const PREPOSITION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${[...PREPOSITIONS, ...ID_PREPOSITIONS].join('|')})\s+$`, 'u');
const PREPOSITION_THEN_NAME = new RegExp(String.raw`(?:^|[^\p{L}])(?:${[...PREPOSITIONS, ...ID_PREPOSITIONS].join('|')})\s+\p{Lu}`, 'u');
const afterPreposition = (s: string, m: RegExpMatchArray | null) => !!m && PREPOSITION_BEFORE.test(s.slice(0, m.index! + m[0].indexOf(m[1])).replace(/\S+$/, ''));
/** The matchers let a time stand between a subject and its verb ("Obama on Friday declared"); the regexes did not. */
const timeAside = (s: string, got: CueMatch | null) => !!got &&
  new RegExp(String.raw`${got.subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s+(?:on|last|this|later|earlier)\s+(?:[Tt]he\s+)?\p{Lu}`, 'u').test(s);

/** The matchers end a description ("the plan", "an activist") at a clause word or pronoun ("as she", "to"); the regexes ran on. */
const descriptionRunsOn = (m: RegExpMatchArray | null) => !!m && /^(?:the|an?)\s/i.test(m[1]) && m[1].split(/\s+/).slice(2).some((w) => DESCRIPTION_ENDS.has(w));

/**
 * The matchers let a description hold one or two capitalised words and "and" before a second description ("the
 * independent Vermont senator and Democratic presidential candidate"); the regexes ended it at the capital.
 */
const descriptionHoldsName = (got: CueMatch | null) => !!got && /^(?:the|an?)\s/i.test(got.subject) && /\s\p{Lu}\S*\s+(?:\S+\s+)*\p{Ll}+$/u.test(got.subject);

const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The matchers allow up to three comma asides after a name ("Umbu Rauta, saat dihubungi, Jumat (5/2/2021), mengatakan"); the regexes one. */
const severalAsides = (s: string, got: CueMatch | null) => !!got &&
  new RegExp(String.raw`${escape(got.subject)}(?:\s*\([^()]{1,24}\))?(?:,[^,.!?"“”]{2,120}){2,},\s+(?:[\p{Ll}\-]+\s+){0,3}?${escape(got.cue)}`, 'u').test(s);

describe('hand matchers find what the regexes found', () => {
  test('names', () => {
    for (const s of CASES) expect(scanNames(s).map((m) => [m.index, m.text]), s).toEqual([...s.matchAll(re.names)].map((m) => [m.index, m[0]]));
  });

  test('verb, then a name or pronoun (after a quote)', () => {
    for (const s of CASES) {
      const m = s.match(re.verbThenSubject);
      const got = verbThenSubject(s, verbs);
      if (got && isUnnamed(got)) continue;
      expect(got && [got.cue, got.between, got.subject, got.end], s).toEqual(m && [m[1], m[2], m[3], m.index! + m[0].length]);
    }
  });

  test('-nya cue', () => {
    for (const s of [...CASES, ', katanya.', ', kata-katanya', ',tegasnyaé', ', nya', ' ujarnyaku']) {
      expect(nyaCue(s), s).toBe(s.match(re.nya)?.[1] ?? null);
    }
  });

  // Where the regex found no subject, the matcher may still find a role-led one ("former Florida governor Jeb Bush"),
  // which the regex did not know: it must then hold a lower-case role word and end in a capitalised name.
  const roleLed = (subject: string) => /\s\p{Ll}/u.test(` ${subject}`) && /\p{Lu}[^\s]*$/u.test(subject);

  /** The matcher's two fields against the regex's groups 1 and 2 on every snippet (or a role-led subject, if allowed). */
  function agrees(regex: RegExp, match: (s: string) => CueMatch | null, fields: ('subject' | 'cue')[], allowRoleLed = false, deviates = (_s: string, _got: CueMatch | null, _m: RegExpMatchArray | null) => false): void {
    for (const s of CASES) {
      const m = s.match(regex);
      const got = match(s);
      if ((got && isUnnamed(got)) || deviates(s, got, m)) continue;
      if (allowRoleLed && !m && got) expect(roleLed(got.subject), `${s} → ${got.subject}`).toBe(true);
      else expect(got && fields.map((f) => got[f]), s).toEqual(m && [m[1], m[2]]);
    }
  }

  test('subject, then verb (after a quote)', () => agrees(re.subjectThenVerb, (s) => subjectThenVerb(s, verbs), ['subject', 'cue'], true, (s, got, m) => (!!got && ((isPossessive(m) && got.subject !== m![1]) || participleAfterComma(m))) || timeAside(s, got) || severalAsides(s, got) || descriptionRunsOn(m) || descriptionHoldsName(got)));

  test('role-led names: lower-case role words between capitalised words, the name last', () => {
    expect(subjectThenVerb(' Senate minority leader Harry Reid told reporters.', verbs)?.subject).toBe('Senate minority leader Harry Reid');
    expect(subjectThenVerb(' former Florida governor Jeb Bush said.', verbs)?.subject).toBe('former Florida governor Jeb Bush');
    expect(subjectThenVerb(' John Smith said.', verbs)?.subject).toBe('John Smith');
    expect(subjectThenVerb(' the plan was dropped, officials said.', verbs)).toBeNull();
    expect(subjectVerbBefore('Tulsa police Chief Chuck Jordan said on Monday: ', verbs)?.subject).toBe('Chief Chuck Jordan');
  });

  test('according to (after a quote)', () => agrees(re.accordingTo, accordingTo, ['cue', 'subject']));

  // Where the regex took the leftmost subject, the matcher may take a later one whose verb follows it directly
  // and stands nearer the quote.
  const nearer = (s: string, got: CueMatch | null, m: RegExpMatchArray | null) => {
    if (!m || !got) return false;
    const verbEnd = m.index! + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length) + m[2].length;
    const escaped = got.subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return got.end > verbEnd && new RegExp(String.raw`${escaped}(?:\s*\([^()]{1,24}\))?,?\s+${got.cue}`, 'u').test(s);
  };
  test('subject and verb before a quote', () => agrees(re.subjectVerbBefore, (s) => subjectVerbBefore(s, verbs), ['subject', 'cue'], true, (s, got, m) => (!!got && (isPossessive(m) || participleAfterComma(m) || nearer(s, got, m))) || afterPreposition(s, m) || timeAside(s, got) || severalAsides(s, got) || descriptionHoldsName(got)));

  test('according to, before a quote', () => agrees(re.accordingToBefore, accordingToBefore, ['cue', 'subject']));

  /** The matcher takes no lower-case pronoun that runs into the quote without a comma ("saying he “has…”"); the regex did. */
  const pronounIntoQuote = (s: string, m: RegExpMatchArray | null) => !!m && /^\p{Ll}/u.test(m[2]) && !/[,:]\s*$/.test(s);
  test('verb, then subject, ending the text before a quote', () => agrees(re.verbSubjectBefore, (s) => verbSubjectBefore(s, verbs), ['cue', 'subject'], false, (s, _got, m) => pronounIntoQuote(s, m)));

  test('every name with its verb, as matchAll', () => {
    for (const s of CASES) {
      const all = [...s.matchAll(re.namesWithVerbs)];
      // Names after a preposition are skipped whole: from there on the matcher's names can differ from the regex's.
      if (all.some((m) => participleAfterComma(m) || isPossessive(m)) || PREPOSITION_THEN_NAME.test(s)) continue;
      expect(namesWithVerbs(s, verbs), s).toEqual(all.map((m) => m[1]));
    }
  });

  test('comma-separated names and the name after a position', () => {
    for (const s of CASES) {
      expect(commaNames(s), s).toEqual(s.match(re.commaNames)?.[0].split(/,\s*/).filter(Boolean) ?? []);
      for (let i = 0; i < s.length; i += 3) {
        re.nameAfter.lastIndex = i;
        expect(nameAfter(s, i), `${s} @ ${i}`).toBe(re.nameAfter.exec(s)?.[1] ?? null);
      }
    }
  });
});

describe('a description pointing back after the verb ("kata ibu dua anak ini")', () => {
  const idVerbs = verbsOf(packs.id.speechVerbs);
  const pointing = new Set(packs.id.demonstratives);
  const functionWord = (w: string) => ['saat', 'yang', 'di'].includes(w);
  test.each([
    [', kata ibu dua anak ini.', 'ibu dua anak'],
    [', ujar dokter di Puskesmas Kecamatan Palmerah ini. Dalam ketakutan…', 'dokter di Puskesmas Kecamatan Palmerah'],
    [', kata politisi dari PDI-P itu, Senin.', 'politisi dari PDI-P'],
    // Not a description: a time after a -nya cue, a name, a clause that goes on past the pointing word.
    [', ujarnya saat dikontak Kompas hari ini.', null],
    [', kata Budi Santoso ini.', null],
    [', kata ibu itu sambil tersenyum.', null],
  ])('%s', (s, subject) => {
    expect(verbThenDemonstrative(s, idVerbs, pointing, functionWord)?.subject ?? null).toBe(subject);
  });
});

test('a name connector may join the next token with a hyphen ("Anwar al-Awlaki", "Bashar al-Assad"), as the regex spelling does', () => {
  const s = 'the cleric Anwar al-Awlaki, who was killed, and Bashar al-Assad spoke';
  expect(scanNames(s).map((n) => n.text)).toEqual(['Anwar al-Awlaki', 'Bashar al-Assad']);
  expect([...s.matchAll(re.names)].map((m) => m[0])).toEqual(['Anwar al-Awlaki', 'Bashar al-Assad']);
});
