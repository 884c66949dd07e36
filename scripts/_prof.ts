import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { withDocument } from '../src/cli/dom';
import { declutterDom } from '../src/core/extract/declutter-dom';
import { extractArticle } from '../src/core/extract/extract';
import { readMetadata } from '../src/core/extract/metadata';
const [id, set = 'trafilatura'] = process.argv.slice(2);
const html = gunzipSync(readFileSync(`/work/shared/data/extraction/${set}/pages/${id}.html.gz`)).toString();
withDocument(html, undefined, (doc) => {
  let t = performance.now();
  const c = doc.cloneNode(true) as Document; console.log('clone', (performance.now() - t).toFixed(1)); t = performance.now();
  readMetadata(doc); console.log('meta', (performance.now() - t).toFixed(1)); t = performance.now();
  declutterDom(c); console.log('declutter', (performance.now() - t).toFixed(1)); t = performance.now();
  extractArticle(doc); console.log('whole', (performance.now() - t).toFixed(1));
});
import { Readability } from '@mozilla/readability';
import { readBlocks } from '../src/core/extract/blocks';
import { cleanBlocks } from '../src/core/extract/clean-blocks';
withDocument(html, undefined, (doc) => {
  const c = doc.cloneNode(true) as Document; declutterDom(c);
  let t = performance.now();
  const p = new Readability(c, { serializer: (e: any) => e } as any).parse(); console.log('readability', (performance.now() - t).toFixed(1), !!p); t = performance.now();
  const b = readBlocks(p!.content as any); console.log('blocks', (performance.now() - t).toFixed(1), b.length); t = performance.now();
  cleanBlocks(b, { title: '', byline: null }); console.log('clean', (performance.now() - t).toFixed(1)); t = performance.now();
  const c2 = doc.cloneNode(true) as Document; t = performance.now();
  new Readability(c2).parse(); console.log('readability plain', (performance.now() - t).toFixed(1));
});
