import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { withDocument } from '../src/cli/dom';
const [id, needle, set = 'trafilatura'] = process.argv.slice(2);
const html = gunzipSync(readFileSync(`/work/shared/data/extraction/${set}/pages/${id}.html.gz`)).toString();
withDocument(html, undefined, (doc) => {
  const w = doc.createTreeWalker(doc.body, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) if (n.nodeValue!.includes(needle)) {
    for (let e = n.parentElement; e; e = e.parentElement) console.log(e.tagName, JSON.stringify(e.getAttribute('class')), e.id, e.getAttribute('role') ?? '', e.getAttribute('aria-hidden') ?? '', e.hasAttribute('hidden') ? 'HIDDEN' : '', (e.getAttribute('style') ?? '').slice(0, 40));
    break;
  }
});
