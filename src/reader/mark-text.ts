/**
 * Finds passages (the article's quotes) in rendered article HTML and wraps
 * them in <mark> elements, even where a passage crosses links, emphasis or
 * paragraphs. Text is compared with whitespace collapsed, since the quote
 * finder read normalized block text and the DOM keeps the page's spacing.
 */

const BLOCKS = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|FIGCAPTION|FIGURE|TD|TH|TR|PRE|SECTION|ARTICLE|UL|OL|TABLE|BR)$/;

interface Place { node: Text; offset: number }

/** The root's text with whitespace collapsed, and where each character came from (null: a paragraph break). */
function flatten(root: Element): { text: string; places: (Place | null)[] } {
  let text = '';
  const places: (Place | null)[] = [];
  const space = (place: Place | null) => {
    if (text && !text.endsWith(' ')) { text += ' '; places.push(place); }
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        if (/\s/.test(ch)) space({ node: node as Text, offset: i });
        else { text += ch; places.push({ node: node as Text, offset: i }); }
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCKS.test((node as Element).tagName);
    if (block) space(null);
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) space(null);
  };
  walk(root);
  return { text, places };
}

interface Segment { node: Text; start: number; end: number; passage: number; order: number }

/** The stretches of text nodes that make up characters [from, to) of the flat text. */
function segmentsOf(places: (Place | null)[], from: number, to: number, passage: number): Segment[] {
  const out: Segment[] = [];
  for (let i = from; i < to; i++) {
    const p = places[i];
    if (!p) continue;
    const last = out[out.length - 1];
    // Within one node only collapsed whitespace lies between two places: the mark spans it.
    if (last && last.node === p.node) last.end = p.offset + 1;
    else out.push({ node: p.node, start: p.offset, end: p.offset + 1, passage, order: 0 });
  }
  return out;
}

/**
 * Wraps each passage found in `root` in marks made by `makeMark(index)`.
 * Returns, for each passage, its marks in document order (empty when not found).
 */
export function markPassages(root: Element, passages: readonly string[], makeMark: (index: number) => Element): Element[][] {
  const { text, places } = flatten(root);
  const segments: Segment[] = [];
  let cursor = 0;
  passages.forEach((passage, index) => {
    const needle = passage.replace(/\s+/g, ' ').trim();
    if (!needle) return;
    let at = text.indexOf(needle, cursor);
    if (at < 0) at = text.indexOf(needle);
    if (at < 0) return;
    cursor = at + needle.length;
    segments.push(...segmentsOf(places, at, at + needle.length, index));
  });
  // Document order of every text node, so splitting can run from the end backwards and offsets stay valid.
  const order = new Map<Text, number>();
  places.forEach((p) => { if (p && !order.has(p.node)) order.set(p.node, order.size); });
  for (const s of segments) s.order = order.get(s.node)!;
  segments.sort((a, b) => b.order - a.order || b.start - a.start);

  const marks: Element[][] = passages.map(() => []);
  for (const s of segments) {
    s.node.splitText(s.end);
    const middle = s.node.splitText(s.start);
    const mark = makeMark(s.passage);
    middle.replaceWith(mark);
    mark.append(middle);
    marks[s.passage].unshift(mark);
  }
  return marks;
}
