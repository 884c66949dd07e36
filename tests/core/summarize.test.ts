import { expect, test } from 'vitest';
import { extractInSteps, extractTimed } from '../../src/core/extract/extract';
import { summarize, summaryOf } from '../../src/core/summarize';
import { docFrom, fixturePage } from '../helpers';

const URL = 'http://127.0.0.1/reader-rich.html';

test('the text stages on an extraction that crossed to another context give the same summary as the whole pipeline', () => {
  const doc = docFrom(fixturePage('reader-rich.html'), URL);
  // What the content script returns reaches the background as a structured clone.
  const split = summaryOf(structuredClone(extractTimed(doc, URL)));
  const whole = summarize(doc, URL);
  expect({ ...split, ms: 0, pageMs: 0 }).toEqual({ ...whole, ms: 0, pageMs: 0 });
  expect(split.ok && split.quotes.map((q) => q.speaker)).toEqual(['Harriet Osei', 'Tomas Reyes']);
});

test('the content script\'s extraction leaves the language to the text stages, which detect what the whole pipeline does', async () => {
  const pages = ['reader-rich.html', 'rtl-article.html', 'seed-like.html', 'cjk-article.html'].map(fixturePage);
  for (const page of pages) {
    const fromPage = await extractInSteps(docFrom(page, URL), URL, async () => {}, undefined, false);
    expect(fromPage.ok && fromPage.article.lang).toBe('');
    const split = summaryOf(structuredClone(fromPage));
    const whole = summarize(docFrom(page, URL), URL);
    expect({ ...split, ms: 0, pageMs: 0 }).toEqual({ ...whole, ms: 0, pageMs: 0 });
    expect(split.ok && split.article.lang).not.toBe('');
  }
});

test('the summary counts the work of both parts, and says which part ran on the page', () => {
  let clock = 0;
  const tick = (ms: number) => () => (clock += ms);
  const doc = docFrom(fixturePage('reader-rich.html'));
  // Every reading of the clock advances it: 7 ms per reading during extraction, 2 ms during the text stages.
  const extracted = extractTimed(doc, undefined, tick(7));
  const r = summaryOf(extracted, tick(2));
  expect(extracted.ms).toBe(7);
  expect(r.ok && r.pageMs).toBe(7);
  expect(r.ms).toBe(9);
});

test('no article: the reason and the time pass through', () => {
  const doc = docFrom('<html><body><p>Short.</p></body></html>');
  const r = summaryOf({ ...extractTimed(doc), ms: 3 });
  expect(r).toEqual({ ok: false, reason: 'no-article', ms: 3 });
});

test('in a first-person piece, the writer\'s own "I said" is attributed to the byline', () => {
  const filler = 'The hearing ran long into the afternoon, and the courtroom was full of reporters, lawyers and relatives who had come to watch the sentencing.';
  const html = `<html lang="en"><head><title>My day in court</title><meta name="author" content="Jane Writer"></head><body><article>
    <h1>My day in court</h1><p class="byline">By Jane Writer</p>
    <p>${filler} ${filler}</p>
    <p>"Judge," my lawyer Ben Brafman said, "I have never had that happen in any case in thirty years of practice."</p>
    <p>"I am not shy," I said. "I have not been reluctant to express my views in public for many years."</p>
    <p>${filler} ${filler} ${filler}</p></article></body></html>`;
  const r = summarize(docFrom(html, URL), URL);
  expect(r.ok && r.article.byline).toBe('Jane Writer');
  expect(r.ok && r.quotes.map((q) => q.speaker)).toEqual(['Ben Brafman', 'Jane Writer']);
});
