// `npm run cli`: compiles src/cli/main.ts and its imports into one module (esbuild, ~0.2 s) and runs it.
// Why not `node --import tsx`: tsx also rewrites the ES modules that jsdom requires (parse5, its HTML
// parser) into CommonJS whose every export read is a getter call, which made jsdom parse ~40% slower
// than the same code loaded by Node itself, and the CLI's timings are measured.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// One file per run: benchmarks run the CLI in parallel.
const out = join(root, 'node_modules/.cache/ringkas-cli', `main-${process.pid}.mjs`);
mkdirSync(dirname(out), { recursive: true });
await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: out,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
try {
  await import(pathToFileURL(out).href);
} finally {
  rmSync(out, { force: true });
}
