import { childElements, childNodesOf } from './children';
import { linkDensity } from './link-density';

/**
 * Cleans a cloned page before Readability sees it: page UI, hidden text and
 * boxes whose class or role says what they are. Every rule is generic: none
 * names a site.
 */

/** Elements that never hold article text. */
const DROP_TAGS = 'script, style, noscript, template, button, select, textarea, input, dialog, svg, canvas, object, embed, iframe, nav, aside, menu';

/** ARIA roles of page furniture. */
const DROP_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'tooltip', 'tablist'];

/** Class/id words that name clutter. Matched as whole words of the class or id. */
const CLUTTER_WORDS = new Set(`share shares sharing sharebar sharer social socials newsletter newsletters subscribe subscription signup
related recommended recommendation recommendations promo promos promoted sponsor sponsored advert adverts advertisement advertising ads ad adslot
adunit dfp outbrain taboola popular trending mostread breadcrumb breadcrumbs tags tagcloud comments comment disqus bio follow cookie cookies
consent modal popup overlay toolbar widget widgets sidebar rail footer masthead navbar nav menu
credit credits copyright author-box byline-social donate donation banner more-stories newsfeed ticker`.split(/\s+/));


/** Splits a class or id into lower-case words: "share-bar_top", "shareBar" → share, bar, top. */
export function classWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function joinedClass(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function isClutterByName(name: string): boolean {
  // "non-paywall", "no-ads", "not-related": a negated name says the opposite; "section--has-ads",
  // "with-sidebar": a box that holds the thing, not the thing.
  const raw = name.replace(/(?:^|\s)(?:non|no|not)[-_]\S*/gi, ' ').replace(/(?:^|[\s_-])(?:has|with|contains)[-_]+[a-z0-9]+/gi, ' ');
  if (!raw.trim()) return false;
  const words = classWords(raw);
  return words.some((w) => CLUTTER_WORDS.has(w)) || /(?:^|[\s_-])(?:share|social|related|newsletter)[a-z]*(?:$|[\s_-])/i.test(raw);
}

function isHiddenByName(name: string): boolean {
  const raw = name.toLowerCase();
  // Whole class names only: "hide-on-mobile" or "hidden-xs" text is shown on other screens.
  return /(?:^|\s)(?:sr-only|sr-only-focusable|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|screenreader|a11y-hidden|u-hidden|is-hidden|d-none|hidden|element-invisible|offscreen)(?:$|\s)/.test(raw);
}

function isHiddenByStyle(el: Element): boolean {
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return /display:none|visibility:hidden|clip:rect\(0/.test(style);
}

/** Paragraph-like descendants with real text: a box holding several is probably the article, whatever its class says. */
function substantialParagraphs(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    if ((p.textContent ?? '').trim().length > 120) n++;
    if (n > 2) break;
  }
  return n;
}


const ARTICLE_HOLDERS = 'article, main, [role="main"], [itemprop="articleBody"]';

/**
 * Posts embedded in the story (a tweet, an Instagram or TikTok post) as their networks' blockquote
 * markup. Sites wrap them in boxes named "widget" or "embed"; the post is still part of the article.
 */
const EMBEDDED_POSTS = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.mastodon-embed, blockquote.reddit-embed-bq, blockquote.threads-post';

const DIALOG_WORDS = new Set(['modal', 'popup', 'overlay', 'dialog', 'login', 'signup', 'registration']);

/** The page's own article or main elements, embedded posts, and every box around them: never clutter, whatever their class says. */
function structuralElements(doc: Document): Set<Element> {
  const keep = new Set<Element>();
  for (const holder of Array.from(doc.querySelectorAll(`${ARTICLE_HOLDERS}, ${EMBEDDED_POSTS}`))) {
    // A log-in or sign-up dialog written as an <article> ("registration-modal") is no story.
    if (holder.tagName === 'ARTICLE' && classWords(joinedClass(holder)).some((w) => DIALOG_WORDS.has(w))) continue;
    for (let e: Element | null = holder; e && !keep.has(e); e = e.parentElement) keep.add(e);
  }
  return keep;
}

const INLINE_WRAPPERS = new Set(['B', 'I', 'U', 'EM', 'STRONG', 'SPAN', 'FONT', 'SMALL', 'BIG', 'MARK', 'S', 'STRIKE', 'TT']);

/** Nesting deeper than this is never layout a reader needs; Readability slows down sharply on it. */
const MAX_DEPTH = 40;

/** An element below MAX_DEPTH levels of the root. */
const TOO_DEEP = `:scope${' > *'.repeat(MAX_DEPTH + 1)}`;

/**
 * Unwraps chains of single-child wrappers below MAX_DEPTH (broken or hostile
 * markup: hundreds of nested <div>s), keeping every text and element that has content.
 */
export function collapseDeepWrappers(root: Element): void {
  // Almost every page is shallower: one native query says so, where walking every element in script is slow.
  if (!root.querySelector(TOO_DEEP)) return;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    let current = el;
    // Unclosed <b>, <font> or <span> tags nest text thousands deep; the formatting is worth nothing there.
    if (depth > MAX_DEPTH && INLINE_WRAPPERS.has(current.tagName) && current.parentNode) {
      const kids = childElements(current);
      current.replaceWith(...childNodesOf(current));
      for (const child of kids) stack.push([child, depth]);
      continue;
    }
    if (depth > MAX_DEPTH) {
      // Find the bottom of a chain of bare wrappers and put it in the chain's place in one move.
      let bottom = current;
      while (bottom.firstElementChild && bottom.firstChild === bottom.lastChild && !['TABLE', 'TR', 'UL', 'OL'].includes(bottom.tagName)) {
        bottom = bottom.firstElementChild!;
      }
      if (bottom !== current && current.parentNode) {
        current.replaceWith(bottom);
        current = bottom;
      }
    }
    for (const child of childElements(current)) stack.push([child, depth + 1]);
  }
}

const HOVER_WORDS = new Set(['rollover', 'popover', 'hovercard', 'tooltip', 'popup', 'flyout']);

/**
 * Hover cards inside sentences ("Rep. Ilhan Omar" followed by her picture, name and
 * latest headlines, hidden until hover) glue their text into the paragraph. The card
 * is the hover-named element holding a picture; the link that opens it stays.
 */
function removeHoverCards(body: Element): void {
  for (const el of Array.from(body.querySelectorAll('p [class]'))) {
    if (!el.isConnected || !classWords(el.getAttribute('class') ?? '').some((w) => HOVER_WORDS.has(w))) continue;
    if (el.querySelector('img') && el.firstElementChild?.tagName !== 'A') el.remove();
  }
}

/** Removes page furniture from `doc` in place. `doc` must be a clone, never the live page. */
export function declutterDom(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  collapseDeepWrappers(body);
  removeHoverCards(body);
  removeSignUpForms(body);
  for (const el of Array.from(body.querySelectorAll(DROP_TAGS))) {
    // A <nav> or <aside> that wraps the whole story is a broken template, not clutter.
    if ((el.tagName === 'NAV' || el.tagName === 'ASIDE') && substantialParagraphs(el) > 2) continue;
    el.remove();
  }
  for (const el of Array.from(body.querySelectorAll('[role]'))) {
    if (DROP_ROLES.includes((el.getAttribute('role') ?? '').toLowerCase()) && substantialParagraphs(el) <= 2) el.remove();
  }
  for (const el of Array.from(body.querySelectorAll('[hidden], [aria-hidden="true"], [style]'))) {
    if (!el.isConnected) continue;
    const hidden = el.hasAttribute('hidden') || isHiddenByStyle(el) || el.getAttribute('aria-hidden') === 'true';
    if (hidden && substantialParagraphs(el) === 0) el.remove();
  }
  const structural = structuralElements(doc);
  // Pages repeat a few class names thousands of times: judge each name once.
  const verdicts = new Map<string, NameVerdict>();
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (structural.has(el) || !el.isConnected) continue;
    const name = joinedClass(el);
    let verdict = verdicts.get(name);
    if (verdict === undefined) { verdict = nameVerdict(name); verdicts.set(name, verdict); }
    if (verdict === 'hidden') {
      if ((el.textContent ?? '').length < 300) el.remove();
    } else if (verdict === 'clutter' && (substantialParagraphs(el) <= 2 || linkDensity(el) > 0.5) && !isRunningText(el)) {
      el.remove();
    } else if (verdict === 'control' && (el.textContent ?? '').length < 100) {
      el.remove();
    } else if (verdict === 'caption') {
      markAsCaption(el);
    }
  }
}

/**
 * Sign-up, log-in and newsletter forms, judged by their e-mail and password inputs (so before inputs go):
 * their labels and error messages can outweigh a short story. A form around the whole page (ASP.NET wraps
 * every page in one) holds the story and most of the page's text, and stays.
 */
export function removeSignUpForms(body: Element): void {
  const forms = Array.from(body.getElementsByTagName('form')).filter((f) =>
    Array.from(f.getElementsByTagName('input')).some((i) => /^(?:email|password)$/i.test(i.getAttribute('type') ?? '')));
  if (!forms.length) return;
  const pageChars = (body.textContent ?? '').length;
  for (const form of forms) {
    if (form.isConnected && (substantialParagraphs(form) <= 2 || (form.textContent ?? '').length < pageChars / 2)) form.remove();
  }
}

/**
 * A sentence's worth of text inside a paragraph: the paragraph's own words, whatever the class says
 * (an embed tool wraps a pasted paragraph in `<span class="…ContentTags">`).
 */
function isRunningText(el: Element): boolean {
  return el.tagName !== 'P' && (el.textContent ?? '').length > 100 && el.parentElement?.closest('p') != null;
}

/** Class words of controls: a "read more" link or a skip link is short; a long text box so named is text that a script folds. */
const CONTROL_WORDS = new Set(['readmore', 'readalso', 'skip', 'jumplink']);

type NameVerdict = 'hidden' | 'clutter' | 'control' | 'caption' | null;

/** Does an element's class or id say it is clutter or hidden ("comments", "related-posts", "sr-only")? */
export function namedAsClutter(el: Element): boolean {
  const verdict = nameVerdict(joinedClass(el));
  return verdict === 'clutter' || verdict === 'hidden';
}

/** What an element's class and id say it is. */
function nameVerdict(name: string): NameVerdict {
  if (!name.trim()) return null;
  if (isHiddenByName(name)) return 'hidden';
  if (isClutterByName(name)) return 'clutter';
  const words = classWords(name);
  if (words.some((w) => CONTROL_WORDS.has(w))) return 'control';
  return words.includes('caption') ? 'caption' : null;
}

/** A photo's caption written as a plain box ("<div class="caption-full">"): marked as the caption it is. */
function markAsCaption(el: Element): void {
  if (el.tagName === 'FIGCAPTION' || el.querySelector('p, div, figcaption, li') || (el.textContent ?? '').length > 600) return;
  const caption = el.ownerDocument.createElement('figcaption');
  caption.append(...Array.from(el.childNodes));
  el.replaceWith(caption);
}
