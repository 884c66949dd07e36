import { expect, test } from 'vitest';
import { latinSentenceRanges } from '../../src/core/latin-sentences';

const icu = (lang: string) => {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return (s: string) => Array.from(segmenter.segment(s), (x) => [x.index, x.index + x.segment.length]);
};

test('the sentences of plain Latin text are the ones Intl.Segmenter finds, in every language ICU does not tailor', () => {
  const alphabet = 'aAbZéÉßÿ09 \u00a0\t\n\r.!?,;:-–—"\'()[]‘’“”„‚«»‹›…•·©®°€×#$';
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (const lang of ['en', 'id', 'de', 'fr', 'und']) {
    const segments = icu(lang);
    for (let n = 0; n < 4000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(latinSentenceRanges(text), `${lang} ${JSON.stringify(text)}`).toEqual(segments(text));
    }
  }
});

test('news sentences: abbreviations, numbers, quotes, lower-case continuations and line breaks as ICU splits them', () => {
  const segments = icu('en');
  for (const text of [
    'Mr. Smith went to Washington. He said: “It is 3.5 percent.” Then he left!',
    'The U.S. Army said so. (It did.) “Why?” she asked. e.g. this continues… and ends here.\r\nA new line.',
    'Jakarta, 1 Mei 2021 — Menlu Retno Marsudi tiba. ”Kami siap,” katanya.',
    '',
  ]) expect(latinSentenceRanges(text), text).toEqual(segments(text));
});

test('a long run of spaces or terminators is split in linear time', () => {
  const text = `End.${' '.repeat(200_000)}Next.${'.'.repeat(200_000)}`;
  const t0 = performance.now();
  expect(latinSentenceRanges(text).length).toBeGreaterThan(0);
  expect(performance.now() - t0).toBeLessThan(500);
});
