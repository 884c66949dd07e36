import { readFileSync } from 'node:fs';

/** Reads a JSON Lines file; blank lines are skipped. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
