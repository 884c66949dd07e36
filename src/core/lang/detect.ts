import { pageWords } from './page-words';
import { forText } from '../latin-pattern';

/** The most frequent words of languages we can recognise but do not fully support. */
const recogniseOnly: Record<string, string> = {
  nl: 'de het een en van in is dat op te zijn met voor niet aan er ook als bij om maar door dan',
  it: 'il di che e la per un in è del non una sono da le si con gli dei alla ma come anche',
  ms: 'yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga adalah oleh kerana atau telah boleh lebih',
};

const wordSets: [string, Set<string>][] = [
  ...pageWords.map((p): [string, Set<string>] => [p.code, new Set(p.stopwords)]),
  ...Object.entries(recogniseOnly).map(([code, words]): [string, Set<string>] => [code, new Set(words.split(' '))]),
];

const LETTER = /\p{L}/gu;
const LETTERS = /\p{L}+/gu;

/** Scripts whose text alone names the language (or family), checked before word counts. */
const scripts: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'], [/[\uac00-\ud7af]/g, 'ko'], [/[\u4e00-\u9fff]/g, 'zh'], [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0600-\u06ff]/g, 'ar'], [/[\u0590-\u05ff]/g, 'he'], [/[\u0400-\u04ff]/g, 'ru'], [/[\u0370-\u03ff]/g, 'el'],
];

/**
 * Guesses the language of a text: by script first, then by counting frequent words.
 * `declared` (the page's lang attribute) wins when the text does not clearly say otherwise,
 * because many pages declare "en" by template default but also many are right.
 */
export function detectLanguage(text: string, declared?: string | null): string {
  const sample = text.slice(0, 5000);
  const declaredCode = declared?.toLowerCase().split(/[-_]/)[0] || '';
  const letters = sample.match(forText(LETTER, sample))?.length ?? 0;
  if (letters === 0) return declaredCode || 'und';
  for (const [re, code] of scripts) {
    const n = sample.match(re)?.length ?? 0;
    // Japanese text mixes kana with kanji; kana alone decides it.
    if (n / letters > (code === 'ja' ? 0.05 : 0.3)) return code === 'zh' && declaredCode === 'ja' ? 'ja' : code;
  }
  const lower = sample.toLowerCase();
  const words = lower.match(forText(LETTERS, lower)) ?? [];
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
