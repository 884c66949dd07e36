// The first golden test: an Indonesian article page full of clutter, written for this project
// after the structure of a real one (site menu, caption printed twice, icon labels, share bar,
// reporter/editor block, follow box, search box).
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/core/summarize';
import { docFrom, fixturePage } from '../helpers';

const CLUTTER = ['close icon', 'Scroll ke atas untuk melanjutkan', 'icon caption', 'Dunia', 'Selasa, 14 Maret 2023 10:20', 'swipe', 'img',
  'Reporter', 'Editor', 'Untuk informasi menarik lainnya,', 'follow akun media sosial Warta Contoh', 'Bagikan :', '×', 'cari', 'bagikan',
  'Menteri Luar Negeri RI Retno Marsudi saat memimpin pertemuan ASEAN-Jepang secara virtual dari Jakarta, Senin (13/3). / Dok. Kemlu'];

const result = summarize(docFrom(fixturePage('seed-like.html'), 'https://warta.example/dunia/asean-jepang'), 'https://warta.example/dunia/asean-jepang');

describe('seed-like Indonesian article', () => {
  test('is an article with its metadata', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Pimpin pertemuan ASEAN-Jepang, Menlu RI dorong kerja sama iklim');
    expect(result.article.site).toBe('Warta Contoh');
    expect(result.article.byline).toBe('Sari Wulandari');
    expect(result.article.date?.slice(0, 10)).toBe('2023-03-14');
    expect(result.article.lang).toBe('id');
  });

  test('keeps none of the clutter lines (whole-line match)', () => {
    if (!result.ok) throw new Error('no article');
    const lines = result.article.text.split('\n').map((l) => l.trim());
    for (const c of CLUTTER) expect(lines, c).not.toContain(c);
    // The caption is not in the body text at all, not even glued to a paragraph.
    expect(result.article.text).not.toContain('Dok. Kemlu');
  });

  test('finds the three quotes, all by Retno Marsudi', () => {
    if (!result.ok) throw new Error('no article');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Retno Marsudi', 'Retno Marsudi', 'Retno Marsudi']);
    expect(result.quotes.map((q) => q.cue)).toEqual(['ujar', 'tegasnya', 'imbuhnya']);
    expect(result.quotes[0].text).toMatch(/^"Banjir yang makin sering.*krisis iklim,"$/);
  });

  test('key points cover the main facts and leave quotes to the quote list', () => {
    if (!result.ok) throw new Error('no article');
    const points = result.keyPoints.map((p) => p.text).join(' ');
    expect(result.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(result.keyPoints.length).toBeLessThanOrEqual(5);
    expect(points).toContain('Yoshimasa Hayashi');
    expect(points).toMatch(/tahun ke-50/);
    for (const p of result.keyPoints) expect(p.text).not.toMatch(/^"/);
    const blocks = result.keyPoints.map((p) => p.sentence.block * 1000 + p.sentence.start);
    expect(blocks).toEqual([...blocks].sort((a, b) => a - b));
  });
});
