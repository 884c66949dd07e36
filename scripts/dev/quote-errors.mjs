// Dev helper: prints false-positive quotes and wrong speakers of a prediction file against a quote truth file.
import { readFileSync } from 'node:fs';
const [truthFile, predFile, mode = 'fp', limit = '30'] = process.argv.slice(2);
const rd = (f) => new Map(readFileSync(f, 'utf8').split('\n').filter(Boolean).map(JSON.parse).map((r) => [r.id, r]));
const truth = rd(truthFile), pred = rd(predFile);
const toks = (s) => (s.toLowerCase().replace(/["“”„‟«»]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []);
const f1 = (a, b) => { const ca = new Map(); for (const t of a) ca.set(t, (ca.get(t) ?? 0) + 1); let o = 0; for (const t of b) if (ca.get(t) > 0) { o++; ca.set(t, ca.get(t) - 1); } return o ? 2 * o / (a.length + b.length) : 0; };
let n = 0;
for (const [id, t] of truth) {
  const p = pred.get(id); if (!p) continue;
  const gold = t.quotes.filter((q) => toks(q.text).length >= 4), pq = p.quotes.filter((q) => toks(q.text).length >= 4);
  for (const q of pq) {
    const best = gold.map((g) => [f1(toks(g.text), toks(q.text)), g]).sort((a, b) => b[0] - a[0])[0];
    if (mode === 'fp' && (!best || best[0] < 0.5)) { const i = t.text.indexOf(q.text); console.log(`FP ${id}: …${t.text.slice(Math.max(0, i - 60), i)}[[${q.text.slice(0, 120)}]]${t.text.slice(i + q.text.length, i + q.text.length + 40)}`); n++; }
    if (mode === 'sp' && best && best[0] >= 0.5 && best[1].speaker) {
      const st = (s) => new Set((s ?? '').toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
      const a = st(q.speaker), b = st(best[1].speaker);
      if (![...a].some((x) => b.has(x))) { const i = t.text.indexOf(q.text); console.log(`SP ${id}: pred=${q.speaker} gold=${best[1].speaker} (${best[1].speakerAsWritten}) | ${t.text.slice(i + q.text.length, i + q.text.length + 70).replace(/\n/g, ' ')}`); n++; }
    }
    if (n >= +limit) process.exit(0);
  }
}
