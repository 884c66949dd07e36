import { expect, test } from 'vitest';
import { groupBySpeaker } from '../../src/popup/group-quotes';

test('quotes are grouped by speaker in order of first appearance, unattributed last', () => {
  const q = (text: string, speaker: string | null) => ({ text, speaker });
  const groups = groupBySpeaker([q('a', 'Ann'), q('b', null), q('c', 'Bo'), q('d', 'Ann')]);
  expect(groups.map((g) => [g.speaker, g.quotes.map((x) => x.text).join('')])).toEqual([['Ann', 'ad'], ['Bo', 'c'], [null, 'b']]);
  expect(groupBySpeaker([])).toEqual([]);
});
