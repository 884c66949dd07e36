import { describe, expect, test } from 'vitest';
import { articleMarkdown, articlePlainText } from '../../../src/core/export/article-export';
import { htmlToMarkdown } from '../../../src/core/export/html-to-markdown';
import { docFrom } from '../../helpers';

function md(html: string): string {
  const doc = docFrom(`<div id="c">${html}</div>`);
  return htmlToMarkdown(doc.getElementById('c')!);
}

describe('htmlToMarkdown', () => {
  test('paragraphs, headings, emphasis and links', () => {
    expect(md('<h2>Why it matters</h2><p>The <strong>vote</strong> was <em>close</em>, see <a href="https://a.example/x (1)">the tally</a>.</p><p>Second.</p>'))
      .toBe('## Why it matters\n\nThe **vote** was *close*, see [the tally](https://a.example/x%20%281%29).\n\nSecond.');
  });

  test('lists, nested and ordered', () => {
    expect(md('<ul><li>One<ul><li>One a</li></ul></li><li>Two</li></ul><ol start="3"><li>Three</li><li>Four</li></ol>'))
      .toBe('- One\n  - One a\n- Two\n\n3. Three\n4. Four');
  });

  test('blockquotes keep their paragraphs; code keeps its lines', () => {
    expect(md('<blockquote><p>First line.</p><p>Second line.</p></blockquote><pre><code>a = 1\nb = 2\n</code></pre>'))
      .toBe('> First line.\n>\n> Second line.\n\n```\na = 1\nb = 2\n```');
  });

  test('tables become pipe tables; images and captions stay, once', () => {
    expect(md('<table><tr><th>City</th><th>Rain</th></tr><tr><td>Jakarta</td><td>12 | 14</td></tr></table><figure><img src="https://img.example/a.jpg" alt="Flood [2023]"><figcaption>Water in the streets.</figcaption></figure>'))
      .toBe('| City | Rain |\n| --- | --- |\n| Jakarta | 12 \\| 14 |\n\n![Flood \\[2023\\]](https://img.example/a.jpg)\n\n*Water in the streets.*');
  });

  test('markup characters in text are escaped, unsafe link schemes dropped', () => {
    expect(md('<p>2 * 3 = 6 and <a href="javascript:alert(1)">[click]</a></p>')).toBe('2 \\* 3 = 6 and \\[click\\]');
  });
});

const head = { title: 'Rain: "a record" year', byline: 'Sari Wulandari', site: 'Warta Contoh', date: '2023-03-14', url: 'https://warta.example/rain', lang: 'id' };

test('articleMarkdown starts with YAML front matter that quotes survive', () => {
  const doc = docFrom('<div id="c"><p>Body text.</p></div>');
  const out = articleMarkdown(head, doc.getElementById('c')!);
  expect(out).toBe('---\ntitle: "Rain: \\"a record\\" year"\nsource: "https://warta.example/rain"\nsite: "Warta Contoh"\nbyline: "Sari Wulandari"\ndate: "2023-03-14"\nlang: "id"\n---\n\n# Rain: "a record" year\n\nBody text.\n');
});

test('articlePlainText: title, who and when, paragraphs, link', () => {
  const out = articlePlainText({ ...head, byline: null, text: 'One.\nTwo.' }, '14 March 2023');
  expect(out).toBe('Rain: "a record" year\n\nWarta Contoh · 14 March 2023\n\nOne.\n\nTwo.\n\nhttps://warta.example/rain\n');
});

test('the standfirst follows the title in both exports, escaped in Markdown', () => {
  const doc = docFrom('<div id="c"><p>Body text.</p></div>');
  const standfirst = 'Rain fell for *40* days, the longest spell on record.';
  expect(articleMarkdown({ ...head, standfirst }, doc.getElementById('c')!)).toContain('# Rain: "a record" year\n\n*Rain fell for \\*40\\* days, the longest spell on record.*\n\nBody text.\n');
  expect(articlePlainText({ ...head, standfirst, text: 'One.' }, '14 March 2023')).toMatch(/^Rain: "a record" year\n\nRain fell for \*40\* days, the longest spell on record\.\n\nSari Wulandari/);
});
