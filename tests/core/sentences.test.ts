import { expect, test } from 'vitest';
import { splitParagraph, splitSentences } from '../../src/core/sentences';

const split = (t: string, lang = 'en') => splitParagraph(t, lang).map((s) => s.text);

test('abbreviations do not end sentences', () => {
  expect(split('Mr. Smith went to the U.S. on Monday. Dr. J. Doe agreed.')).toEqual(['Mr. Smith went to the U.S. on Monday.', 'Dr. J. Doe agreed.']);
  expect(split('Kantor PT Maju Tbk. di Jl. Sudirman No. 5 ditutup. Warga kecewa.', 'id')).toEqual(['Kantor PT Maju Tbk. di Jl. Sudirman No. 5 ditutup.', 'Warga kecewa.']);
});

test('a quote holding several sentences stays one sentence', () => {
  expect(split('"Kami rugi. Sangat rugi," ujarnya. Ia pergi.', 'id')).toEqual(['"Kami rugi. Sangat rugi," ujarnya.', 'Ia pergi.']);
});

test('offsets point into the paragraph', () => {
  const text = 'One sentence here. Another one there.';
  for (const s of splitParagraph(text, 'en')) expect(text.slice(s.start, s.end)).toBe(s.text);
});

test('Chinese and Japanese text is split at its full stops', () => {
  expect(split('今天天气很好。我们去公园散步。', 'zh')).toEqual(['今天天气很好。', '我们去公园散步。']);
});

test('a paragraph of 300,000 characters is split in linear time, every sentence found', () => {
  const sentence = 'The council met again on Monday and said the bridge would open soon. ';
  const text = sentence.repeat(Math.ceil(300_000 / sentence.length)).trim();
  const t0 = performance.now();
  const out = splitSentences([text], 'en');
  expect(performance.now() - t0).toBeLessThan(1500);
  expect(out).toHaveLength(Math.ceil(300_000 / sentence.length));
  expect(out.every((s) => s.text === sentence.trim())).toBe(true);
});
