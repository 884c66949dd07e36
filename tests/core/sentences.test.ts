import { expect, test } from 'vitest';
import { splitParagraph } from '../../src/core/sentences';

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
