import { expect, test } from 'vitest';
import { lastTextMemo } from '../../src/core/text-memo';

test('what is read off a text is read once while the same text is asked about, and again for another', () => {
  const read: string[] = [];
  const length = lastTextMemo((text) => { read.push(text); return text.length; });
  expect([length('abc'), length('abc'), length('de'), length('de'), length('abc')]).toEqual([3, 3, 2, 2, 3]);
  expect(read).toEqual(['abc', 'de', 'abc']);
});
