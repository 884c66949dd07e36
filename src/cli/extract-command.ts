import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../core/extract/extract';
import { readabilityOnly } from './readability-only';
import { withDocument } from './dom';
import { readJsonl } from './jsonl';

/**
 * `extract DIR`: one JSON line per page of DIR/index.jsonl, in the extraction
 * scorer's format. A page that fails gives empty text and an error; never stops early.
 */
export async function extractCommand(dir: string, write: (line: string) => void, baseline = false): Promise<void> {
  const run = baseline ? readabilityOnly : extractArticle;
  for (const { id, url } of readJsonl<{ id: string; url: string | null }>(join(dir, 'index.jsonl'))) {
    let text = '';
    let error: string | undefined;
    let ms = 0;
    try {
      const html = gunzipSync(readFileSync(join(dir, 'pages', `${id}.html.gz`))).toString('utf8');
      const result = withDocument(html, url ?? undefined, (doc) => {
        const t0 = performance.now();
        const r = run(doc, url ?? undefined);
        ms = performance.now() - t0;
        return r;
      });
      if (result.ok) text = result.article.text;
      else error = result.reason;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    write(JSON.stringify({ id, text, ms: Math.round(ms * 100) / 100, ...(error ? { error } : {}) }));
    // A closed jsdom window is only freed once the event loop turns.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
