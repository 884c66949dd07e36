import { expect, test } from 'vitest';
import { summarize, summarizeInSteps } from '../../src/core/summarize';
import { docFrom, fixturePage } from '../helpers';

test('the stepwise pipeline gives the page its thread back once and returns the same summary', async () => {
  const doc = docFrom(fixturePage('reader-rich.html'), 'http://127.0.0.1/reader-rich.html');
  let yields = 0;
  const stepped = await summarizeInSteps(doc, 'http://127.0.0.1/reader-rich.html', async () => { yields++; });
  const whole = summarize(doc, 'http://127.0.0.1/reader-rich.html');
  expect(yields).toBe(1);
  expect({ ...stepped, ms: 0 }).toEqual({ ...whole, ms: 0 });
  expect(stepped.ok && stepped.quotes.map((q) => q.speaker)).toEqual(['Harriet Osei', 'Tomas Reyes']);
});

test('time spent by the page while we yield is not counted as our work', async () => {
  let clock = 0;
  const doc = docFrom(fixturePage('reader-rich.html'));
  const r = await summarizeInSteps(doc, undefined, async () => { clock += 1000; }, () => clock);
  expect(r.ms).toBe(0);
});
