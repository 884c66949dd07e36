import { extractCommand } from './extract-command';
import { quotesCommand } from './quotes-command';
import { readCommand } from './read-command';
import { summarizeCommand } from './summarize-command';

const usage = `usage: npm run --silent cli -- <command>
  read PAGE.html [--url URL] [--json]   summarize a saved page, as the popup would
  extract DIR [--readability-only]      article text of DIR/index.jsonl pages (JSON lines);
                                        --readability-only: Readability alone, the baseline
  summarize FILE.jsonl                  key points of {"id","title","text"} lines
  quotes FILE.jsonl                     quotes and speakers of {"id","text"} lines`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const out = (line: string) => process.stdout.write(line + '\n');
  switch (cmd) {
    case 'extract':
      if (!rest[0]) break;
      await extractCommand(rest[0], out, rest.includes('--readability-only'));
      return 0;
    case 'read': {
      if (!rest[0]) break;
      const urlAt = rest.indexOf('--url');
      return readCommand(rest[0], urlAt >= 0 ? rest[urlAt + 1] : undefined, rest.includes('--json'), out);
    }
    case 'quotes':
      if (!rest[0]) break;
      quotesCommand(rest[0], out);
      return 0;
    case 'summarize':
      if (!rest[0]) break;
      summarizeCommand(rest[0], out);
      return 0;
    default:
      break;
  }
  process.stderr.write(usage + '\n');
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
