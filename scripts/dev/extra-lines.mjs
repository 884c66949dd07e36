// Dev helper (ScrapingHub truth): the lines of a prediction that are not in the truth text, per page.
import { readFileSync } from 'node:fs';
const [truthFile, predFile, prefix] = process.argv.slice(2);
const rd = (f) => new Map(readFileSync(f, 'utf8').split('\n').filter(Boolean).map(JSON.parse).map((r) => [r.id, r]));
const truth = rd(truthFile), pred = rd(predFile);
const toks = (s) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
for (const [id, p] of pred) {
  if (prefix && !id.startsWith(prefix)) continue;
  const t = truth.get(id); if (!t) continue;
  const tt = ' ' + toks(t.text).join(' ') + ' ';
  const extra = p.text.split('\n').filter((l) => { const k = toks(l); return k.length && !tt.includes(' ' + k.join(' ') + ' '); });
  if (extra.length) console.log(`== ${id.slice(0, 12)} ${t.url}\n` + extra.map((l) => '  + ' + l.slice(0, 140)).join('\n'));
}
