import { expect, test } from 'vitest';
import { EarlyAnswer } from '../../src/background/early-answer';

function clock() {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

test('an answer started early is taken once by the first ask', async () => {
  const c = clock();
  const early = new EarlyAnswer<string>(3000, c.now);
  let runs = 0;
  early.start(async () => { runs++; return 'summary of the tab'; });
  c.advance(120);
  await expect(early.take()).resolves.toBe('summary of the tab');
  expect(early.take()).toBeUndefined();
  expect(runs).toBe(1);
});

test('nothing started, or started too long ago, is not taken: the asker does the work itself', () => {
  const c = clock();
  const early = new EarlyAnswer<string>(3000, c.now);
  expect(early.take()).toBeUndefined();
  early.start(async () => 'an old page');
  c.advance(3001);
  expect(early.take()).toBeUndefined();
});

test('a newer start replaces an older answer nobody took', async () => {
  const c = clock();
  const early = new EarlyAnswer<string>(3000, c.now);
  early.start(async () => 'first article');
  c.advance(500);
  early.start(async () => 'second article');
  await expect(early.take()).resolves.toBe('second article');
});
