import { keyPoints } from '../core/keypoints';
import { detectLanguage } from '../core/lang/detect';
import { splitSentences } from '../core/sentences';
import { readJsonl } from './jsonl';

/** `summarize FILE.jsonl`: key points of each {"id","title","text"} line, in the summary scorer's format. */
export function summarizeCommand(file: string, write: (line: string) => void): void {
  for (const { id, title, text } of readJsonl<{ id: string; title?: string | null; text: string }>(file)) {
    const t0 = performance.now();
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const lang = detectLanguage(text);
    const points = keyPoints(splitSentences(paragraphs, lang), { lang, title, count: 3 });
    const ms = performance.now() - t0;
    write(JSON.stringify({ id, points: points.map((p) => ({ text: p.text, rank: p.rank })), ms: Math.round(ms * 100) / 100 }));
  }
}
