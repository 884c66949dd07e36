import { describe, expect, test } from 'vitest';
import { keyPoints, pointCount } from '../../src/core/keypoints';
import { splitSentences } from '../../src/core/sentences';

const story = [
  'JAKARTA, KOMPAS — The city council approved a new bridge over the river on Monday after a long debate.',
  'The bridge will cost 40 million euros and should open in 2027, the council said.',
  '"We have waited for this bridge for twenty years and it will change our lives," said resident Ana Lopez.',
  'Critics said the money should go to schools instead of the bridge.',
  'The council approved a new bridge over the river on Monday after a long debate.',
  'Work begins in May.',
];

describe('key points', () => {
  const sentences = splitSentences(story, 'en');
  const points = keyPoints(sentences, { lang: 'en', title: 'Council approves new river bridge' });

  test('three points for a short article, listed in article order, ranked 1..3', () => {
    expect(points).toHaveLength(3);
    const order = points.map((p) => p.sentence.block);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(points.map((p) => p.rank).sort()).toEqual([1, 2, 3]);
  });

  test('no near-duplicates', () => {
    const texts = points.map((p) => p.sentence.text);
    expect(texts.filter((t) => t.includes('approved a new bridge'))).toHaveLength(1);
  });

  test('a sentence that is mostly a quote is left to the quote list', () => {
    const withQuotes = keyPoints(sentences, { lang: 'en', title: 'Council approves new river bridge', quoteRanges: [{ block: 2, start: 0, end: 80 }] });
    expect(withQuotes.some((p) => p.sentence.block === 2)).toBe(false);
  });

  test('the lead dateline is trimmed from the point shown', () => {
    expect(points[0].text.startsWith('The city council approved')).toBe(true);
  });

  test('longer articles get more points, up to six', () => {
    expect([pointCount(8), pointCount(20), pointCount(40), pointCount(200)]).toEqual([3, 4, 5, 6]);
  });

  test('languages without spaces still get points', () => {
    const zh = ['市议会周一批准了在河上修建一座新桥的计划。这座桥将耗资四千万欧元。', '批评者说这笔钱应该用于学校。工程将于五月开始。'];
    const p = keyPoints(splitSentences(zh, 'zh'), { lang: 'zh' });
    expect(p.length).toBe(3);
    expect(p[0].text).toBe('市议会周一批准了在河上修建一座新桥的计划。');
  });
});
