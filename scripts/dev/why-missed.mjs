// Dev helper: for one page, print the missed "with" snippets and the found "without" snippets of a prediction file.
import { readFileSync } from 'node:fs';
const [truthFile, predFile, id] = process.argv.slice(2);
const find = (f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map(JSON.parse).find((r) => r.id === id);
const t = find(truthFile), p = find(predFile);
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const text = norm(p?.text ?? '');
for (const w of t.with) if (!text.includes(norm(w))) console.log('MISSED:', w.slice(0, 200));
for (const w of t.without) if (text.includes(norm(w))) console.log('KEPT JUNK:', w.slice(0, 200));
