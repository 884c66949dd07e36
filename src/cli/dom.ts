import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';

const require = createRequire(import.meta.url);

/**
 * jsdom walks "every node under this one" (for custom elements, on each insertion into and removal from a
 * page) with a recursive generator: each node costs one step per level above it, so cloning a page 30
 * levels deep, or restoring it through innerHTML, walks it 30 times over. The same walk with a stack, same
 * nodes, same order. jsdom's node classes read these helpers when they load: this must run before jsdom does.
 */
function speedUpDescendantWalks(): void {
  const shadowDom = require('jsdom/lib/jsdom/living/helpers/shadow-dom.js');
  const { domSymbolTree } = require('jsdom/lib/jsdom/living/helpers/internal-constants.js');
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

/** "p", "img,embed,object": a list of lower-case type selectors and nothing else. */
const TYPE_SELECTOR_LIST = /^\s*[a-z][a-z0-9-]*(?:\s*,\s*[a-z][a-z0-9-]*)*\s*$/;

/**
 * jsdom's selector engine answers `querySelectorAll("p")` with a full selector match per element (a
 * `_getAllNodesWithTag` in Readability took 4 s of an 8 s fuzz page). A list of lower-case type selectors
 * means "the elements whose local name is one of these" (in an HTML document an HTML element's local name
 * is lower case; others match case-sensitively): for `querySelectorAll`, `querySelector` and `closest` the
 * walks below give the same nodes in the same order. Every other selector goes to jsdom's engine.
 */
function speedUpTypeSelectors(): void {
  const { domSymbolTree } = require('jsdom/lib/jsdom/living/helpers/internal-constants.js');
  const NodeList = require('jsdom/lib/generated/idl/NodeList.js');
  interface Impl { nodeType: number; _localName: string; _globalObject: unknown; _ownerDocument: { _parsingMode: string } }
  const ELEMENT_NODE = 1;
  const typeNames = (self: Impl, selectors: unknown): Set<string> | null =>
    typeof selectors === 'string' && self._ownerDocument._parsingMode === 'html' && TYPE_SELECTOR_LIST.test(selectors)
      ? new Set(selectors.split(',').map((t) => t.trim())) : null;
  const S: symbol = domSymbolTree.symbol;
  type TreeNode = { firstChild: Impl | null; nextSibling: Impl | null; parent: Impl | null };
  const tree = (node: Impl) => (node as unknown as Record<symbol, TreeNode | undefined>)[S];
  /** Elements under `root` (not `root`) in tree order whose local name is one of `names`; the first one only if asked. */
  const matching = (root: Impl, names: Set<string>, firstOnly: boolean): Impl[] => {
    const found: Impl[] = [];
    let node = tree(root)?.firstChild ?? null;
    while (node) {
      if (node.nodeType === ELEMENT_NODE && names.has(node._localName)) {
        found.push(node);
        if (firstOnly) break;
      }
      const down = tree(node)?.firstChild;
      if (down) { node = down; continue; }
      // Up until a node with a next sibling, stopping at the root.
      while (node && node !== root && !tree(node)?.nextSibling) node = tree(node)?.parent ?? null;
      node = node && node !== root ? (tree(node)?.nextSibling ?? null) : null;
    }
    return found;
  };
  const patch = <F extends (this: Impl, selectors: string) => unknown>(proto: Record<string, unknown>, method: string, fast: (self: Impl, names: Set<string>) => unknown) => {
    const original = proto[method] as F;
    proto[method] = function (this: Impl, selectors: string) {
      const names = typeNames(this, selectors);
      return names ? fast(this, names) : original.call(this, selectors);
    };
  };
  for (const file of ['nodes/Element-impl.js', 'nodes/Document-impl.js', 'nodes/DocumentFragment-impl.js']) {
    const proto = require(`jsdom/lib/jsdom/living/${file}`).implementation.prototype;
    patch(proto, 'querySelectorAll', (self, names) => {
      return NodeList.createImpl(self._globalObject, [], { nodes: matching(self, names, false) });
    });
    patch(proto, 'querySelector', (self, names) => {
      return matching(self, names, true)[0] ?? null;
    });
  }
  patch(require('jsdom/lib/jsdom/living/nodes/Element-impl.js').implementation.prototype, 'closest', (self, names) => {
    for (let node: Impl | null = self; node && node.nodeType === ELEMENT_NODE; node = domSymbolTree.parent(node)) if (names.has(node._localName)) return node;
    return null;
  });
}
speedUpTypeSelectors();

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
