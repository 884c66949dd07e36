import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';

const require = createRequire(import.meta.url);
const { domSymbolTree } = require('jsdom/lib/jsdom/living/helpers/internal-constants.js');

/**
 * jsdom walks "every node under this one" (for custom elements, on each insertion into and removal from a
 * page) with a recursive generator: each node costs one step per level above it, so cloning a page 30
 * levels deep, or restoring it through innerHTML, walks it 30 times over. The same walk with a stack, same
 * nodes, same order. jsdom's node classes read these helpers when they load: this must run before jsdom does.
 */
function speedUpDescendantWalks(): void {
  const shadowDom = require('jsdom/lib/jsdom/living/helpers/shadow-dom.js');
  interface Impl { _shadowRoot?: Impl | null }
  function* inclusiveDescendants(root: Impl): Generator<Impl> {
    const stack = [root];
    while (stack.length) {
      const node = stack.pop() as Impl;
      yield node;
      for (let child = domSymbolTree.lastChild(node); child; child = domSymbolTree.previousSibling(child)) stack.push(child);
      if (node._shadowRoot) stack.push(node._shadowRoot);
    }
  }
  function* descendants(root: Impl): Generator<Impl> {
    const walk = inclusiveDescendants(root);
    walk.next();
    yield* walk;
  }
  shadowDom.shadowIncludingInclusiveDescendantsIterator = inclusiveDescendants;
  shadowDom.shadowIncludingDescendantsIterator = descendants;
}
speedUpDescendantWalks();
const { JSDOM, VirtualConsole } = require('jsdom') as typeof Jsdom;

/** A jsdom node (its implementation object), as far as the walks below read it. */
interface Impl { nodeType: number; _localName: string; _data: string; _globalObject: unknown; _ownerDocument: { _parsingMode: string } }
type TreeLinks = { firstChild: Impl | null; nextSibling: Impl | null; parent: Impl | null };
const TREE: symbol = domSymbolTree.symbol;
/** jsdom keeps each node's links under one symbol: read them directly, without a call per step. */
const links = (node: Impl) => (node as unknown as Record<symbol, TreeLinks | undefined>)[TREE];
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_FRAGMENT_NODE = 11;

/** The node after `node` in tree order inside `root`'s subtree, or null at its end. */
function nextInTree(node: Impl, root: Impl): Impl | null {
  const down = links(node)?.firstChild;
  if (down) return down;
  for (let n: Impl | null = node; n && n !== root; n = links(n)?.parent ?? null) {
    const next = links(n)?.nextSibling;
    if (next) return next;
  }
  return null;
}
const firstInTree = (root: Impl) => links(root)?.firstChild ?? null;

/**
 * jsdom answers every `.length` of an HTMLCollection (a `getElementsByTagName` list) by first checking
 * whether one of its elements has the id or name "length": a scan of the whole list, so `Array.from` of
 * a page's 900 links takes 50 ms and of its 4,000 elements a second (Readability and the declutter
 * layer iterate such lists). The proxy ignores a named element for names the collection already has
 * (length, item, namedItem), so answering those without the scan changes nothing but the time.
 */
function speedUpCollectionLength(): void {
  const impl = require('jsdom/lib/jsdom/living/nodes/HTMLCollection-impl.js').implementation;
  const namedItem: (key: string) => unknown = impl.prototype.namedItem;
  const own = new Set(['length', 'item', 'namedItem']);
  impl.prototype.namedItem = function (this: unknown, key: string) {
    return own.has(key) ? null : namedItem.call(this, key);
  };
}
speedUpCollectionLength();

/**
 * One part of a selector list the fast path answers: a lower-case type, a class, an attribute, or an attribute
 * with a quoted value, or these together ("blockquote.twitter-tweet", "[role=\"main\"]"), no combinators.
 */
interface Compound { type?: string; cls?: string; attr?: string; value?: string }
const COMPOUND = /^([a-z][a-z0-9-]*)?(?:\.([A-Za-z_][\w-]*))?(?:\[([a-z][a-z-]*)(?:="([^"\\]*)")?\])?$/;
/** Attributes whose values selectors compare case-sensitively in HTML (unlike "type" or "lang"), as the core queries them. */
const PLAIN_ATTRIBUTES = new Set(['class', 'id', 'role', 'itemprop', 'aria-hidden', 'hidden', 'style']);

function parseSelectorList(selectors: string, standardsMode: boolean): Compound[] | null {
  const list: Compound[] = [];
  for (const part of selectors.split(',')) {
    const m = COMPOUND.exec(part.trim());
    if (!m || !(m[1] || m[2] || m[3])) return null;
    // Class names match case-insensitively in quirks mode: leave those to jsdom's engine.
    if ((m[2] && !standardsMode) || (m[3] && !PLAIN_ATTRIBUTES.has(m[3]))) return null;
    list.push({ type: m[1], cls: m[2], attr: m[3], value: m[4] });
  }
  return list;
}

interface ElementImpl extends Impl { _attributeList: { _namespace: string | null; _localName: string; _value: string }[] }

/** The value of an attribute without a namespace (as a selector's `[name]` means), or null. */
function attribute(el: ElementImpl, name: string): string | null {
  for (const a of el._attributeList) if (a._namespace === null && a._localName === name) return a._value;
  return null;
}

function matchesCompound(el: ElementImpl, c: Compound): boolean {
  if (c.type !== undefined && el._localName !== c.type) return false;
  if (c.cls !== undefined && !(attribute(el, 'class') ?? '').split(/[\t\n\f\r ]+/).includes(c.cls)) return false;
  if (c.attr !== undefined) {
    const v = attribute(el, c.attr);
    if (v === null || (c.value !== undefined && v !== c.value)) return false;
  }
  return true;
}

/** `:scope > * > * …`: the number of levels below the scope, or 0 for any other selector. */
function chainDepth(selectors: string): number {
  const m = /^:scope((?:\s*>\s*\*)+)$/.exec(selectors.trim());
  return m ? m[1].split('>').length - 1 : 0;
}

/**
 * The elements exactly `depth` levels below `root`, in tree order, as `:scope > * > …` selects them (the
 * declutter layer's test for deep nesting, which jsdom's engine answers in 13 ms a page): a walk that never
 * goes below that depth.
 */
function atDepth(root: Impl, depth: number, firstOnly: boolean): Impl[] {
  const found: Impl[] = [];
  let node = firstInTree(root);
  let level = 1;
  while (node) {
    if (node.nodeType === ELEMENT_NODE && level === depth) {
      found.push(node);
      if (firstOnly) break;
    }
    const down = level < depth ? links(node)?.firstChild : null;
    if (down) { node = down; level++; continue; }
    // Up to the nearest ancestor with a next sibling, inside root.
    let n: Impl | null = node;
    while (n && n !== root && !links(n)?.nextSibling) { n = links(n)?.parent ?? null; level--; }
    node = n && n !== root ? links(n)?.nextSibling ?? null : null;
  }
  return found;
}

/**
 * jsdom's selector engine answers `querySelectorAll("p")` with a full selector match per element, about
 * 0.1 ms a query after each change to the page (a `_getAllNodesWithTag` in Readability took 4 s of an 8 s
 * fuzz page; "[class], [id]" over a big page, 50 ms). For lists of simple selectors (Compound above) the walks
 * below give the same elements in the same order for `querySelectorAll`, `querySelector` and `closest`; an
 * HTML element's local name is lower case in an HTML document, and other elements match case-sensitively.
 * Every other selector goes to jsdom's engine.
 */
function speedUpSimpleSelectors(): void {
  const NodeList = require('jsdom/lib/generated/idl/NodeList.js');
  const simpleList = (self: Impl, selectors: unknown): Compound[] | null => {
    const doc = self._ownerDocument as Impl['_ownerDocument'] & { compatMode: string };
    return typeof selectors === 'string' && doc._parsingMode === 'html' ? parseSelectorList(selectors, doc.compatMode === 'CSS1Compat') : null;
  };
  const matchesList = (node: Impl, list: Compound[]) => node.nodeType === ELEMENT_NODE && list.some((c) => matchesCompound(node as ElementImpl, c));
  /** Elements under `root` (not `root`) in tree order that match; the first one only if asked. */
  const matching = (root: Impl, list: Compound[], firstOnly: boolean): Impl[] => {
    const found: Impl[] = [];
    for (let node = firstInTree(root); node; node = nextInTree(node, root)) {
      if (matchesList(node, list)) {
        found.push(node);
        if (firstOnly) break;
      }
    }
    return found;
  };
  const patch = (proto: Record<string, unknown>, method: string, fast: (self: Impl, list: Compound[]) => unknown, depthFast?: (self: Impl, depth: number) => unknown) => {
    const original = proto[method] as (this: Impl, selectors: string) => unknown;
    proto[method] = function (this: Impl, selectors: string) {
      const depth = depthFast && typeof selectors === 'string' ? chainDepth(selectors) : 0;
      if (depth) return depthFast!(this, depth);
      const list = simpleList(this, selectors);
      return list ? fast(this, list) : original.call(this, selectors);
    };
  };
  for (const file of ['nodes/Element-impl.js', 'nodes/Document-impl.js', 'nodes/DocumentFragment-impl.js']) {
    const proto = require(`jsdom/lib/jsdom/living/${file}`).implementation.prototype;
    patch(proto, 'querySelectorAll', (self, list) => NodeList.createImpl(self._globalObject, [], { nodes: matching(self, list, false) }),
      (self, depth) => NodeList.createImpl(self._globalObject, [], { nodes: atDepth(self, depth, false) }));
    patch(proto, 'querySelector', (self, list) => matching(self, list, true)[0] ?? null, (self, depth) => atDepth(self, depth, true)[0] ?? null);
  }
  patch(require('jsdom/lib/jsdom/living/nodes/Element-impl.js').implementation.prototype, 'closest', (self, list) => {
    for (let node: Impl | null = self; node && node.nodeType === ELEMENT_NODE; node = links(node)?.parent ?? null) if (matchesList(node, list)) return node;
    return null;
  });
}
speedUpSimpleSelectors();

/**
 * An element's textContent, which Readability reads for every candidate: jsdom walks the subtree through an
 * iterator object and a nodeValue getter per node; the same walk over the same text nodes, read directly.
 */
function speedUpTextContent(): void {
  const proto = require('jsdom/lib/jsdom/living/nodes/Node-impl.js').implementation.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'textContent') as PropertyDescriptor;
  Object.defineProperty(proto, 'textContent', {
    ...original,
    get(this: Impl) {
      if (this.nodeType !== ELEMENT_NODE && this.nodeType !== DOCUMENT_FRAGMENT_NODE) return original.get?.call(this);
      let text = '';
      for (let node = firstInTree(this); node; node = nextInTree(node, this)) {
        if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) text += node._data;
      }
      return text;
    },
  });
}
speedUpTextContent();

/**
 * jsdom parses CSS (style elements and style attributes) while it builds the page, and its value parser
 * throws on some values that browsers drop as invalid (`calc(($a - $b) / 16 * 9)` left over from Sass).
 * Then the page is parsed again with its CSS `calc(` renamed, so the browser's "ignore the declaration"
 * is what jsdom does too; failing that, with its CSS emptied. Article text is not touched either way.
 */
const STYLE_ELEMENT = /(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi;
const STYLE_ATTRIBUTE = /(\sstyle\s*=\s*)("[^"]*"|'[^']*')/gi;

function withoutCalc(html: string): string {
  const rename = (css: string) => css.replace(/\bcalc\(/gi, 'invalid-calc(');
  return html
    .replace(STYLE_ELEMENT, (_, open: string, css: string, close: string) => open + rename(css) + close)
    .replace(STYLE_ATTRIBUTE, (_, name: string, value: string) => name + rename(value));
}

function withoutCss(html: string): string {
  return html.replace(STYLE_ELEMENT, '$1$3').replace(STYLE_ATTRIBUTE, '$1""');
}

function parse(html: string, url: string, virtualConsole: Jsdom.VirtualConsole): Jsdom.JSDOM {
  for (const prepare of [(h: string) => h, withoutCalc]) {
    try {
      return new JSDOM(prepare(html), { url, virtualConsole });
    } catch {
      // try the next, more forgiving copy
    }
  }
  return new JSDOM(withoutCss(html), { url, virtualConsole });
}

/**
 * Parses saved HTML the way a browser would (parse5, HTML5 rules), with
 * scripts off and nothing fetched: the CLI must see what the content script sees.
 */
export function withDocument<T>(html: string, url: string | undefined, use: (doc: Document) => T): T {
  const virtualConsole = new VirtualConsole(); // swallow CSS parse noise from hostile pages
  const dom = parse(html, url && /^https?:/.test(url) ? url : 'https://example.invalid/', virtualConsole);
  try {
    return use(dom.window.document);
  } finally {
    dom.window.close(); // jsdom keeps every window alive until closed
  }
}
