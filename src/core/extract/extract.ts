import { Readability } from '@mozilla/readability';
import { detectLanguage, isRtl } from '../lang/detect';
import { readBlocks, type Block } from './blocks';
import { cleanBlocks } from './clean-blocks';
import { cloneDocumentInSteps } from './clone';
import { collapseDeepWrappers, declutterDom, namedAsClutter, removeSignUpForms } from './declutter-dom';
import { readMetadata } from './metadata';
import { findStandfirst } from './standfirst';
import { denseScriptChars, normalizeSpace, wordCount } from './text';

export interface Article {
  title: string;
  byline: string | null;
  /** The sentence or two under the headline that sum the story up, when the page prints one outside the body. */
  standfirst: string | null;
  site: string | null;
  date: string | null;
  url: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  /**
   * Set instead of `lang` while the language is still to be detected (completeLanguage; the content script leaves
   * it to the background): what the page declared, and whether it declared the direction.
   */
  languageHint?: { declared: string | null; dirDeclared: boolean };
  /** Cleaned article HTML. Untrusted: sanitize before showing it anywhere. */
  html: string;
  blocks: Block[];
  /** The body as plain text, one block per line, captions left out. */
  text: string;
  words: number;
  readingMinutes: number;
  image: string | null;
}

export type NoArticleReason = 'no-article' | 'too-large' | 'empty-page';

export type ExtractResult = { ok: true; article: Article } | { ok: false; reason: NoArticleReason };

/** Pages beyond these sizes are refused rather than frozen on. */
export const LIMITS = {
  maxElements: 100_000,
  /** Characters of page text: the longest news articles have under 200,000. */
  maxTextChars: 3_000_000,
};

/** Below this many words there is no article to summarize, only a page. */
const MIN_ARTICLE_WORDS = 25;
/** About MIN_ARTICLE_WORDS of text, in characters. */
const MIN_ARTICLE_CHARS = 150;
/** Up to this many words, a page must also say it is an article (markup or metadata). */
const SHORT_ARTICLE_WORDS = 80;



/** A clone with only the deep-nesting repair, for when full decluttering left Readability nothing. */
function* lightlyCleanedClone(doc: Document): Generator<void, Document> {
  const clone = yield* cloneDocumentInSteps(doc);
  yield;
  if (clone.body) {
    collapseDeepWrappers(clone.body);
    removeSignUpForms(clone.body);
  }
  return clone;
}

/** The page's one article body or article element, when it has exactly one (listing pages have many). */
function soleArticle(doc: Document): Element | null {
  const bodies = doc.querySelectorAll('[itemprop="articleBody"]');
  if (bodies.length === 1) return bodies[0];
  const articles = doc.getElementsByTagName('article');
  return bodies.length === 0 && articles.length === 1 ? articles[0] : null;
}

/** The paragraphs of an element long enough to be prose. */
function proseParagraphs(el: Element): string[] {
  return Array.from(el.getElementsByTagName('p'), (p) => normalizeSpace(p.textContent ?? '')).filter((t) => t.length >= 80);
}

/** Characters of those paragraphs that a text leaves out. */
function charsLeftOut(paragraphs: string[], text: string): number {
  let n = 0;
  for (const p of paragraphs) if (!text.includes(p.slice(0, 40))) n += p.length;
  return n;
}

/** Does a text hold every prose paragraph of the page (there being some)? */
function holdsAllProse(prose: ProseLengths, text: string): boolean {
  return prose.size > 0 && charsLeftOut(Array.from(prose.keys(), (p) => normalizeSpace(p.textContent ?? '')), text) === 0;
}

/** The page's one article element, decluttered, taken whole as the article's container. */
function* soleArticleAsContent(doc: Document): Generator<void, ReadabilityOutput | null> {
  const clone = yield* cloneDocumentInSteps(doc);
  yield;
  declutterDom(clone);
  const content = soleArticle(clone);
  return content ? { content, byline: null } : null;
}

interface ReadabilityOutput { content: Element; byline: string | null }

/** The article body read from Readability's container: cleaned blocks, text, words. */
interface Body { content: Element; byline: string | null; blocks: Block[]; text: string; words: number; paragraphs: number }

/** Text that ends as a sentence, and a sentence end before that: two sentences at least. Two linear tests (one
 * pattern with `.*` between them backtracks quadratically on a long paragraph that does not end in a full stop). */
const ENDS_SENTENCE = /[.!?。！？]["”’»)]?$/;
const SENTENCE_BREAK = /[.!?。！？]["”’»)]?\s+\S/;
const twoSentences = (t: string) => ENDS_SENTENCE.test(t) && SENTENCE_BREAK.test(t.slice(0, -2));

/** Below this many words the decluttered page's article is a stub worth checking against the light pass… */
const RETRY_BELOW_WORDS = 150;
/** …and the light pass replaces it when it finds this many times as many words… */
const RETRY_GAIN = 3;
/** …on pages up to this many elements (news pages have a few thousand; the development sets at most 7,000). */
const LIGHT_PASS_MAX_ELEMENTS = 20_000;

function readBody(found: ReadabilityOutput | null, meta: ReturnType<typeof readMetadata>): Body | null {
  if (!found) return null;
  const { content } = found;
  const byline = meta.byline ?? (found.byline && found.byline.length < 100 ? normalizeSpace(found.byline) : null);
  let blocks = cleanBlocks(readBlocks(content), { title: meta.title, byline });
  // A gallery or slideshow article tells its story in captions: there they are the body, not asides.
  const captionWords = wordCount(blocks.filter((b) => b.kind === 'caption').map((b) => b.text).join(' '));
  if (captionWords > wordCount(blocks.filter((b) => b.kind !== 'caption').map((b) => b.text).join(' '))) {
    blocks = blocks.map((b) => (b.kind === 'caption' ? { ...b, kind: 'paragraph' } : b));
  }
  const bodyBlocks = blocks.filter((b) => b.kind !== 'caption');
  const text = bodyBlocks.map((b) => b.text).join('\n');
  // A short text is still an article when the page says so, or when it is written in paragraphs.
  const paragraphs = bodyBlocks.filter((b) => b.kind === 'paragraph' && wordCount(b.text) >= 8).length;
  return { content, byline, blocks, text, words: wordCount(text), paragraphs };
}

/** One paragraph of sentences holding the page's whole article (a news brief, a teaser under an audio clip). */
function hasProseParagraph(blocks: Block[]): boolean {
  return blocks.some((b) => b.kind === 'paragraph' && b.text.length < 5000 && twoSentences(b.text) && wordCount(b.text) >= MIN_ARTICLE_WORDS);
}

function isArticle(body: Body, declaresArticle: boolean): boolean {
  return body.words >= MIN_ARTICLE_WORDS && (body.words >= SHORT_ARTICLE_WORDS || body.paragraphs >= 2 || declaresArticle || hasProseParagraph(body.blocks));
}

function runReadability(doc: Document, charThreshold: number): ReadabilityOutput | null {
  try {
    const parsed = new Readability(doc, { charThreshold, keepClasses: false, serializer: (el: Node) => el }).parse();
    const content = parsed?.content as unknown as Element | undefined;
    return content && typeof content === 'object' ? { content, byline: parsed?.byline ?? null } : null;
  } catch {
    return null;
  }
}

/** The page's paragraphs long enough to be prose (80 characters), with their lengths: read once, asked often. */
type ProseLengths = ReadonlyMap<Element, number>;

export function proseLengths(doc: Document): ProseLengths {
  const lengths = new Map<Element, number>();
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const n = (p.textContent ?? '').length;
    if (n >= 80) lengths.set(p, n);
  }
  return lengths;
}

/**
 * Prose before the element among its siblings or its parent's (not in boxes named as clutter): a lead of the
 * story outside it. What follows it is an author box, comments, a licence or a pitch far more often than story.
 */
function proseBefore(el: Element, prose: ProseLengths): boolean {
  const near: Element[] = [];
  for (let at: Element | null = el, up = 0; at && up < 2; at = at.parentElement, up++) {
    for (const sib of Array.from(at.parentElement?.children ?? [])) {
      if (sib === at) break;
      near.push(sib);
    }
  }
  return near.some((n) => !/^(?:NAV|ASIDE|FOOTER|HEADER|FORM|SCRIPT|STYLE)$/.test(n.tagName) && !namedAsClutter(n)
    && (prose.has(n) || Array.from(n.getElementsByTagName('p')).some((p) => prose.has(p))));
}

/** Characters of prose paragraphs in an element. */
function proseChars(el: Element, prose: ProseLengths): number {
  let n = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) n += prose.get(p) ?? 0;
  return n;
}

/** The page's one article element, or among several (teaser cards) the one holding three times the prose of the rest. */
export function mainArticle(doc: Document, prose = proseLengths(doc)): Element | null {
  const sole = soleArticle(doc);
  if (sole) return sole;
  const bodies = Array.from(doc.querySelectorAll('[itemprop="articleBody"]'));
  const candidates = bodies.length ? bodies : Array.from(doc.getElementsByTagName('article'));
  if (candidates.length < 2) return null;
  const sized = candidates.map((el) => ({ el, n: proseChars(el, prose) })).sort((a, b) => b.n - a.n);
  const main = sized[0].el;
  const others = sized.slice(1).filter((c) => !c.el.contains(main) && !main.contains(c.el));
  // Prose in an article element before it may be the story's lead; teaser cards come after.
  if (others.some((c) => c.n > 0 && c.el.compareDocumentPosition(main) & 4)) return null;
  const rest = others.reduce((t, c) => t + c.n, 0);
  return sized[0].n >= 400 && sized[0].n >= 3 * rest ? main : null;
}

/** Share of the page's prose that the smallest box holding it must hold… */
const PROSE_BOX_SHARE = 0.95;
/** …counted in paragraphs of 80 characters or more, of which the page must have this many. */
const PROSE_BOX_MIN_PARAGRAPHS = 5;

/**
 * On a page without article markup: the smallest element holding nearly all its prose paragraphs, below the
 * body. Null when that is the body itself, or when the page has few such paragraphs (its text is in other boxes).
 */
export function proseBox(doc: Document, prose = proseLengths(doc)): Element | null {
  if (prose.size < PROSE_BOX_MIN_PARAGRAPHS) return null;
  const held = new Map<Element, number>();
  let total = 0;
  for (const [p, n] of prose) {
    total += n;
    for (let at = p.parentElement; at && at !== doc.body; at = at.parentElement) held.set(at, (held.get(at) ?? 0) + n);
  }
  // Boxes holding most of the prose nest in one another: the innermost is the smallest.
  let best: Element | null = null;
  for (const [el, n] of held) if (n >= total * PROSE_BOX_SHARE && (!best || best.contains(el))) best = el;
  return best;
}

/** The element the fast way reads alone: the main article element, else the prose box, when no prose stands before it. */
export function readAlone(doc: Document, prose = proseLengths(doc)): Element | null {
  const main = mainArticle(doc, prose) ?? proseBox(doc, prose);
  return main && !proseBefore(main, prose) ? main : null;
}

/**
 * The fast way, for a page with one main article element (else a box holding nearly all its prose) and no
 * prose next to it: only that element is copied, decluttered and read, so Readability looks at the article
 * instead of the whole page. Null when that gives no article of some length.
 */
function fromMainArticle(doc: Document, prose: ProseLengths, charThreshold: number, article: (found: ReadabilityOutput | null) => Body | null): Body | null {
  const main = readAlone(doc, prose);
  if (!main) return null;
  const small = doc.implementation.createHTMLDocument(doc.title);
  const base = small.createElement('base');
  base.setAttribute('href', doc.baseURI);
  small.head.append(base);
  small.body.append(small.importNode(main, true));
  declutterDom(small);
  const copy = soleArticle(small);
  const soleParagraphs = copy ? proseParagraphs(copy) : [];
  const found = runReadability(small, charThreshold);
  // Readability keeps "#part" links only when the document's address is its base; the copy has no address.
  const page = doc.baseURI.replace(/#.*$/, '');
  for (const a of Array.from(found?.content.querySelectorAll('a[href]') ?? [])) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith(`${page}#`)) a.setAttribute('href', href.slice(page.length));
  }
  const body = article(found);
  if (!body || body.words < RETRY_BELOW_WORDS) return null;
  if (soleParagraphs.length && charsLeftOut(soleParagraphs, body.text) > body.text.length * 0.5) return null;
  return body;
}

/**
 * The whole page, decluttered, for Readability to find the article in. It pauses between copying, decluttering
 * and reading, each of which takes tens of ms on a page of tens of thousands of elements.
 */
function* fromWholePage(doc: Document, prose: ProseLengths, bodyText: string, elements: number, charThreshold: number, article: (found: ReadabilityOutput | null) => Body | null): Generator<void, Body | null> {
  const clone = yield* cloneDocumentInSteps(doc);
  yield;
  declutterDom(clone);
  yield;
  // Read before Readability rearranges the clone.
  const sole = soleArticle(clone);
  const soleParagraphs = sole ? proseParagraphs(sole) : [];
  const decluttered = bodyText.length - (clone.body?.textContent?.length ?? 0) > MIN_ARTICLE_CHARS;
  let body = article(runReadability(clone, charThreshold));
  // Decluttering can, on odd templates, leave too little for Readability: then try the page with only the
  // deep-nesting repair, and keep that when it is an article where the decluttered page gave none or a stub.
  // Only worth it when decluttering took away enough text to hold an article: else the light pass sees the same page.
  // Nor when the stub already holds every prose paragraph of the page, nor on a page of tens of thousands of
  // elements: the light pass reads the whole page again, which there holds its main thread for most of a second.
  // (Checked in this order so that the prose, the costly test, is only read for a stub.)
  if (decluttered && (!body || body.words < RETRY_BELOW_WORDS) && elements <= LIGHT_PASS_MAX_ELEMENTS && !(body && holdsAllProse(prose, body.text))) {
    const lightClone = yield* lightlyCleanedClone(doc);
    yield;
    const light = article(runReadability(lightClone, charThreshold));
    if (light && (!body || light.words > body.words * RETRY_GAIN)) body = light;
  }
  // Readability can settle on one part of the article (a table of names with many commas beats the prose
  // around it): when the prose it leaves out of the page's one article element is over half what it keeps,
  // take that element whole, if that gives half as much text again.
  if (body && soleParagraphs.length && charsLeftOut(soleParagraphs, body.text) > body.text.length * 0.5) {
    const inArticle = article(yield* soleArticleAsContent(doc));
    if (inArticle && inArticle.text.length > body.text.length * 1.5) body = inArticle;
  }
  return body;
}

/**
 * Finds the article in a page: copy its main article element (or else the whole page), declutter the copy, run
 * Readability on it, clean its output block by block. Never touches `doc` itself.
 */
export function extractArticle(doc: Document, url?: string): ExtractResult {
  const steps = extractionSteps(doc, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return withLanguage(step.value);
  }
}

/**
 * Extraction as steps: it pauses (yields) where the page could get its main thread back, between reading the page,
 * the fast way, and each part of reading the whole page when the fast way found nothing. extractArticle runs it
 * through; the content script gives the page its thread back at a pause when it has held it long enough.
 */
function* extractionSteps(doc: Document, url?: string): Generator<void, ExtractResult> {
  // Read once: textContent walks the whole page.
  const bodyText = doc.body?.textContent ?? '';
  // Any visible character at all (normalizeSpace would copy the whole page text twice to say so).
  if (!doc.body || !/[^\s\u00a0\u200b-\u200d\u2060\ufeff\u00ad]/.test(bodyText)) return { ok: false, reason: 'empty-page' };
  const elements = doc.getElementsByTagName('*').length;
  if (bodyText.length > LIMITS.maxTextChars || elements > LIMITS.maxElements) return { ok: false, reason: 'too-large' };
  yield;
  const meta = readMetadata(doc, url);

  // Pages in scripts without spaces say as much in far fewer characters.
  const dense = denseScriptChars(bodyText.slice(0, 20000)) / Math.max(1, Math.min(bodyText.length, 20000));
  const charThreshold = dense > 0.2 ? 120 : 500;

  const article = (found: ReadabilityOutput | null) => {
    const body = readBody(found, meta);
    return body && isArticle(body, meta.declaresArticle) ? body : null;
  };
  const prose = proseLengths(doc);
  yield;
  let body = fromMainArticle(doc, prose, charThreshold, article);
  if (!body) {
    yield;
    body = yield* fromWholePage(doc, prose, bodyText, elements, charThreshold, article);
  }
  if (!body) return { ok: false, reason: 'no-article' };
  const { content, byline, blocks, text, words } = body;
  // Header matter like the title and byline: shown under the title, not part of the body text.
  const standfirst = findStandfirst(doc, meta.description, bodyText, text);

  // The language is detected after the steps (withLanguage); the content script leaves it to the background, where
  // the detector's tables are built once, not on every injection into a page (a first call costs 1–2 ms).
  return {
    ok: true,
    article: {
      title: meta.title || normalizeSpace(doc.title ?? ''),
      byline,
      standfirst,
      site: meta.site,
      date: meta.date,
      url: url ?? null,
      lang: '',
      dir: meta.dir ?? 'ltr',
      languageHint: { declared: meta.declaredLang, dirDeclared: meta.dir !== null },
      html: content.innerHTML,
      blocks: blocks.map(({ kind, text: t }) => ({ kind, text: t })),
      text,
      words,
      readingMinutes: Math.max(1, Math.round(words / 230)),
      image: meta.image,
    },
  };
}

/** An extraction with the time it took: what the content script hands to the background. */
export type TimedExtraction = ExtractResult & { ms: number };

/** Work between two returns of the main thread to the page, at most (~a frame), where a step allows it. */
export const SLICE_MS = 10;

/**
 * The same in steps, giving the page its main thread back at a pause once it has worked SLICE_MS since the
 * last one (the content script's way): a quick page is read in one go. The time is the work, not the time the
 * page spent on its own tasks in between.
 */
export async function extractInSteps(doc: Document, url: string | undefined, yieldToPage: () => Promise<void>, now: () => number = () => performance.now(), detect = true): Promise<TimedExtraction> {
  const t0 = now();
  let waited = 0;
  let resumed = t0;
  const steps = extractionSteps(doc, url);
  for (;;) {
    const step = steps.next();
    if (step.done) return { ...(detect ? withLanguage(step.value) : step.value), ms: now() - t0 - waited };
    const waitStart = now();
    if (waitStart - resumed < SLICE_MS) continue;
    await yieldToPage();
    resumed = now();
    waited += resumed - waitStart;
  }
}

/** An article whose language is still to be detected (languageHint), with its language and direction. */
export function completeLanguage(article: Article): Article {
  if (!article.languageHint) return article;
  const { languageHint: hint, ...rest } = article;
  const lang = detectLanguage(article.text, hint.declared);
  return { ...rest, lang, dir: hint.dirDeclared ? article.dir : isRtl(lang) ? 'rtl' : 'ltr' };
}

/** An extraction's article with its language detected. */
const withLanguage = (result: ExtractResult): ExtractResult => (result.ok ? { ok: true, article: completeLanguage(result.article) } : result);

/** Extraction, timed: the part of the pipeline that needs the page's DOM. */
export function extractTimed(doc: Document, url?: string, now: () => number = () => performance.now()): TimedExtraction {
  const t0 = now();
  const extracted = extractArticle(doc, url);
  return { ...extracted, ms: now() - t0 };
}
