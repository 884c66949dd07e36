// Measures Ringkas on the seed article of ../shared (a text capture of a real page, clutter included):
// each line of the capture becomes a <p> of a bare page, so only the text-level cleaning can tell
// clutter from article. Usage: node --import tsx scripts/seed-check.ts ../shared/data/seed [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDocument } from '../src/cli/dom';
import { tokens } from '../src/core/keypoint-features';
import { summarize } from '../src/core/summarize';

const dir = process.argv[2] ?? '../shared/data/seed';
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const lines = readFileSync(join(dir, 'alinea-asean-rusia.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = `<!doctype html><html><head><meta charset="utf-8"><title>${esc(expected.title)}</title></head><body>${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}</body></html>`;
const r = withDocument(html, 'https://www.alinea.id/', (doc) => summarize(doc, 'https://www.alinea.id/'));
if (!r.ok) { console.log(JSON.stringify({ ok: false, reason: r.reason })); process.exit(1); }
const textLines = new Set(r.article.text.split('\n').map((l) => l.trim()));
const clutterKept = (expected.clutter as string[]).filter((c) => textLines.has(c.trim()));
const quotes = (expected.quotes as { text: string; speaker: string }[]).map((q) => {
  const found = r.quotes.find((p) => p.text === q.text);
  return { found: !!found, speaker: found?.speaker ?? null, ok: found?.speaker === q.speaker };
});
const pointTokens = new Set(r.keyPoints.flatMap((p) => tokens(p.text)));
const factCoverage = (expected.keyFacts as string[]).map((f) => { const t = tokens(f); return t.filter((x) => pointTokens.has(x)).length / t.length; });
const result = {
  clutterLinesKept: clutterKept,
  quotesFound: quotes.filter((q) => q.found).length,
  quotesWithRightSpeaker: quotes.filter((q) => q.ok).length,
  extraQuotes: r.quotes.length - quotes.filter((q) => q.found).length,
  keyPoints: r.keyPoints.length,
  keyFactTokenCoverage: factCoverage.map((x) => Math.round(x * 100) / 100),
};
console.log(JSON.stringify(result));
