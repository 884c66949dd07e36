import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { withDocument } from '../src/cli/dom';
import { declutterDom } from '../src/core/extract/declutter-dom';
import { readBlocks } from '../src/core/extract/blocks';
const [id, set = 'trafilatura'] = process.argv.slice(2);
const html = gunzipSync(readFileSync(`/work/shared/data/extraction/${set}/pages/${id}.html.gz`)).toString();
withDocument(html, undefined, (doc) => {
  const c = doc.cloneNode(true) as Document;
  declutterDom(c);
  const p = new Readability(c, { serializer: (e: any) => e } as any).parse();
  console.log('decluttered:', p ? readBlocks(p.content as any).map((b) => b.kind[0] + ' ' + b.text.slice(0, 80)).join('\n') : null);
  const p2 = new Readability(doc.cloneNode(true) as Document).parse();
  console.log('\nplain:', p2?.textContent?.trim().slice(0, 600));
});
