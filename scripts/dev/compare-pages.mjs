// Dev helper: which pages lost recall or gained precision relative to the baseline (per-page TSVs of the scorer).
import { readFileSync } from 'node:fs';
const load = (f) => Object.fromEntries(readFileSync(f, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).map(([id, a, b, c, d]) => [id, { wf: +a, xf: +b, wm: +c, xa: +d }]));
const [base, ours] = [load(process.argv[2]), load(process.argv[3])];
let lost = [], gained = [];
for (const id in ours) {
  const b = base[id], o = ours[id];
  if (!b) continue;
  if (o.wf < b.wf) lost.push([id, b.wf - o.wf]);
  if (o.xf < b.xf) gained.push([id, b.xf - o.xf]);
}
console.log('recall lost on', lost.length, 'pages:', lost.reduce((s, x) => s + x[1], 0), 'snippets');
console.log(lost.map((x) => x.join(':')).join('\n'));
console.log('precision gained on', gained.length, 'pages:', gained.reduce((s, x) => s + x[1], 0));
