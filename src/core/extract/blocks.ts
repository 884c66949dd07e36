import { childNodesOf } from './children';
import { normalizeSpace } from './text';

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption' | 'code' | 'table-row';

/** One line of article text, as a reader sees it: a paragraph, a heading, a list item… */
export interface Block {
  kind: BlockKind;
  text: string;
}

/** A block with the element that holds it, so cleaning can remove the element too. */
export interface ElementBlock extends Block {
  el: Element;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'HR', 'ADDRESS',
  'CAPTION', 'DETAILS', 'SUMMARY', 'CENTER', 'FORM', 'FIELDSET']);

function kindOf(el: Element, inherited: BlockKind): BlockKind {
  const t = el.tagName;
  if (/^H[1-6]$/.test(t)) return 'heading';
  if (t === 'LI' || t === 'DT' || t === 'DD') return inherited === 'quote' ? 'quote' : 'list-item';
  if (t === 'BLOCKQUOTE') return 'quote';
  if (t === 'FIGCAPTION' || t === 'CAPTION') return 'caption';
  if (t === 'PRE') return 'code';
  if (t === 'TR') return 'table-row';
  return inherited;
}

/**
 * Reads the text of a content element as blocks, one per paragraph-level
 * element, so that text of neighbouring paragraphs is never glued together
 * ("century.Simmons") the way textContent glues it.
 */
export function readBlocks(root: Element): ElementBlock[] {
  const out: ElementBlock[] = [];
  let parts: string[] = [];
  let owner: Element = root;
  let ownerKind: BlockKind = 'paragraph';

  const flush = () => {
    const text = normalizeSpace(parts.join(''));
    if (text) out.push({ kind: ownerKind, text, el: owner });
    parts = [];
  };

  const walk = (node: Node, kind: BlockKind) => {
    if (node.nodeType === 3) { parts.push(node.nodeValue ?? ''); return; }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    if (tag === 'BR') { flush(); return; }
    if (!BLOCK_TAGS.has(tag)) {
      for (const child of childNodesOf(el)) walk(child, kind);
      return;
    }
    flush();
    const prevOwner = owner;
    const prevKind = ownerKind;
    const k = kindOf(el, kind);
    owner = el;
    ownerKind = k;
    for (const child of childNodesOf(el)) {
      walk(child, k);
      // Cells of a row are read as one line, separated by spaces.
      if (tag === 'TR' && child.nodeType === 1) parts.push(' ');
    }
    flush();
    owner = prevOwner;
    ownerKind = prevKind;
  };

  walk(root, 'paragraph');
  flush();
  return out;
}
