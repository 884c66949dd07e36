import { charAt, isLetter } from '../chars';
import { packs } from './index';

/** The most frequent words of languages we can recognise but do not fully support. */
const recogniseOnly: Record<string, string> = {
  pt: 'o de a que e do da em um para com não uma os no se na por mais as dos como mas ao ele das',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er ook als bij om maar door dan',
  it: 'il di che e la per un in è del non una sono da le si con gli dei alla ma come anche',
  ms: 'yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga adalah oleh kerana atau telah boleh lebih',
};

const wordSets: [string, Set<string>][] = [
  ...Object.values(packs).map((p): [string, Set<string>] => [p.code, new Set(p.stopwords)]),
  ...Object.entries(recogniseOnly).map(([code, words]): [string, Set<string>] => [code, new Set(words.split(' '))]),
];

/** Scripts whose text alone names the language (or family), checked before word counts: [first, last, code]. */
const scripts: [number, number, string][] = [
  [0x3040, 0x30ff, 'ja'], [0xac00, 0xd7af, 'ko'], [0x4e00, 0x9fff, 'zh'], [0x0e00, 0x0e7f, 'th'],
  [0x0600, 0x06ff, 'ar'], [0x0590, 0x05ff, 'he'], [0x0400, 0x04ff, 'ru'], [0x0370, 0x03ff, 'el'],
];

/** Letters, characters per script and the lower-case words of a sample, in one pass (no Unicode regexes to compile). */
function survey(sample: string): { letters: number; perScript: number[]; words: string[] } {
  const perScript = scripts.map(() => 0);
  const words: string[] = [];
  let letters = 0;
  let wordStart = -1;
  for (let i = 0; i <= sample.length;) {
    const ch = i < sample.length ? charAt(sample, i) : '';
    const c = ch.charCodeAt(0);
    if (c >= 0x370) for (let k = 0; k < scripts.length; k++) if (c >= scripts[k][0] && c <= scripts[k][1]) perScript[k]++;
    const letter = ch !== '' && isLetter(ch);
    if (letter) letters++;
    if (letter && wordStart < 0) wordStart = i;
    if (!letter && wordStart >= 0) { words.push(sample.slice(wordStart, i).toLowerCase()); wordStart = -1; }
    i += ch.length || 1;
  }
  return { letters, perScript, words };
}

/**
 * Guesses the language of a text: by script first, then by counting frequent words.
 * `declared` (the page's lang attribute) wins when the text does not clearly say otherwise,
 * because many pages declare "en" by template default but also many are right.
 */
export function detectLanguage(text: string, declared?: string | null): string {
  const sample = text.slice(0, 5000);
  const declaredCode = declared?.toLowerCase().split(/[-_]/)[0] || '';
  const { letters, perScript, words } = survey(sample);
  if (letters === 0) return declaredCode || 'und';
  for (const [k, [, , code]] of scripts.entries()) {
    const n = perScript[k];
    // Japanese text mixes kana with kanji; kana alone decides it.
    if (n / letters > (code === 'ja' ? 0.05 : 0.3)) return code === 'zh' && declaredCode === 'ja' ? 'ja' : code;
  }
  let best = '';
  let bestHits = 0;
  const hits: Record<string, number> = {};
  for (const [code, set] of wordSets) {
    let h = 0;
    for (const w of words) if (set.has(w)) h++;
    hits[code] = h;
    if (h > bestHits) { best = code; bestHits = h; }
  }
  if (words.length < 8 || bestHits / words.length < 0.12) return declaredCode || best || 'und';
  // Keep the declared language when it is nearly as likely (Malay vs Indonesian, for instance).
  if (declaredCode && hits[declaredCode] !== undefined && hits[declaredCode] >= bestHits * 0.85) return declaredCode;
  return best;
}

/** Right-to-left languages. */
export function isRtl(lang: string): boolean {
  return ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb'].includes(lang.split('-')[0]);
}
