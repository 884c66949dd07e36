/**
 * Article HTML (already cleaned) as Markdown: headings, paragraphs, lists,
 * blockquotes, code, tables, links, images and their captions. Pure DOM
 * walking, so it runs the same in the reader view and in Node tests.
 */

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'ASIDE', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CENTER']);

/** Characters that would start Markdown syntax inside running text. */
export function escapeText(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function escapeUrl(url: string): string {
  return url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Inline content of an element: text, emphasis, links, code, images, line breaks. */
function inline(node: Node): string {
  if (node.nodeType === 3) return escapeText(collapse(node.nodeValue ?? ''));
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const inner = () => Array.from(el.childNodes).map(inline).join('');
  switch (el.tagName) {
    case 'BR': return '  \n';
    case 'STRONG': case 'B': { const t = inner().trim(); return t ? `**${t}**` : ''; }
    case 'EM': case 'I': { const t = inner().trim(); return t ? `*${t}*` : ''; }
    case 'CODE': { const t = el.textContent ?? ''; return t ? `\`${t.replace(/`/g, 'ˋ')}\`` : ''; }
    case 'A': {
      const href = el.getAttribute('href') ?? '';
      const t = inner().trim();
      return /^(https?:|mailto:)/i.test(href) && t ? `[${t}](${escapeUrl(href)})` : t;
    }
    case 'IMG': {
      const src = el.getAttribute('src') ?? '';
      return /^https?:/i.test(src) ? `![${escapeText(collapse(el.getAttribute('alt') ?? '').trim())}](${escapeUrl(src)})` : '';
    }
    // Buttons are the reader's own controls placed in the text, not article content.
    case 'SCRIPT': case 'STYLE': case 'TEMPLATE': case 'BUTTON': return '';
    default: return inner();
  }
}

function table(el: Element): string {
  const rows = Array.from(el.querySelectorAll('tr')).map((tr) =>
    Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
      .map((c) => inline(c).trim().replace(/\|/g, '\\|').replace(/ {2}\n/g, ' ')));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (!width) return '';
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(rows[0]), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}

/** Block content of an element, as Markdown blocks separated by blank lines. */
function blocks(el: Element, out: string[]): void {
  let run = '';
  const flush = () => {
    const text = run.replace(/^[ \t]+|[ \t]+$/gm, '').trim();
    if (text) out.push(text);
    run = '';
  };
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType !== 1) { run += inline(child); continue; }
    const c = child as Element;
    const tag = c.tagName;
    if (/^H[1-6]$/.test(tag)) { flush(); const t = inline(c).trim(); if (t) out.push(`${'#'.repeat(Number(tag[1]))} ${t}`); }
    else if (tag === 'UL' || tag === 'OL') { flush(); list(c, out, 0); }
    else if (tag === 'BLOCKQUOTE') {
      flush();
      const inner: string[] = [];
      blocks(c, inner);
      if (inner.length) out.push(inner.join('\n\n').split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n'));
    } else if (tag === 'PRE') {
      flush();
      const code = (c.textContent ?? '').replace(/\n$/, '');
      const fence = code.includes('```') ? '~~~' : '```';
      out.push(`${fence}\n${code}\n${fence}`);
    } else if (tag === 'TABLE') { flush(); const t = table(c); if (t) out.push(t); }
    else if (tag === 'HR') { flush(); out.push('---'); }
    else if (tag === 'FIGCAPTION') { flush(); const t = inline(c).trim(); if (t) out.push(`*${t}*`); }
    else if (BLOCK.has(tag)) { flush(); blocks(c, out); }
    else run += inline(c);
  }
  flush();
}

function list(el: Element, out: string[], depth: number): void {
  const ordered = el.tagName === 'OL';
  const lines: string[] = [];
  let n = Number(el.getAttribute('start')) || 1;
  for (const li of Array.from(el.children)) {
    if (li.tagName !== 'LI') continue;
    const marker = ordered ? `${n++}.` : '-';
    const pad = '  '.repeat(depth);
    const own = Array.from(li.childNodes).filter((c) => !(c.nodeType === 1 && ['UL', 'OL'].includes((c as Element).tagName)));
    const text = own.map(inline).join('').trim();
    lines.push(`${pad}${marker} ${text}`);
    for (const sub of Array.from(li.children)) {
      if (sub.tagName === 'UL' || sub.tagName === 'OL') {
        const nested: string[] = [];
        list(sub, nested, depth + 1);
        lines.push(...nested);
      }
    }
  }
  if (lines.length) out.push(lines.join('\n'));
}

export function htmlToMarkdown(root: Element): string {
  const out: string[] = [];
  blocks(root, out);
  return out.join('\n\n');
}
