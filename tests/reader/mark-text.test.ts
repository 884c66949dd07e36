import { expect, test } from 'vitest';
import { markPassages } from '../../src/reader/mark-text';
import { docFrom } from '../helpers';

function run(html: string, passages: string[]) {
  const doc = docFrom(`<div id="c">${html}</div>`);
  const root = doc.getElementById('c')!;
  const marks = markPassages(root, passages, (i) => {
    const m = doc.createElement('mark');
    m.dataset.quote = String(i);
    return m;
  });
  return { root, marks };
}

test('a passage inside one text node is wrapped, text unchanged', () => {
  const { root, marks } = run('<p>She said "we will go" and left.</p>', ['"we will go"']);
  expect(root.innerHTML).toBe('<p>She said <mark data-quote="0">"we will go"</mark> and left.</p>');
  expect(marks[0]).toHaveLength(1);
});

test('a passage across a link and odd spacing is marked piece by piece', () => {
  const { root, marks } = run('<p>“Talks with\n   <a href="https://x.example">Japan</a>&nbsp;matter,” he said.</p>', ['“Talks with Japan matter,”']);
  expect(marks[0].map((m) => m.textContent)).toEqual(['“Talks with\n', 'Japan', '\u00a0matter,”']);
  expect(root.textContent).toBe('“Talks with\n   Japan\u00a0matter,” he said.');
});

test('a quote running over two paragraphs, and two quotes in one text node', () => {
  const { marks } = run('<p>"One, two." "Three."</p><p>"Four</p><p>five."</p>', ['"One, two."', '"Three."', '"Four\nfive."']);
  expect(marks.map((ms) => ms.map((m) => m.textContent).join('|'))).toEqual(['"One, two."', '"Three."', '"Four|five."']);
});

test('a passage that is not in the text marks nothing and breaks nothing', () => {
  const { root, marks } = run('<p>Nothing quoted here.</p>', ['"absent"', '']);
  expect(marks).toEqual([[], []]);
  expect(root.innerHTML).toBe('<p>Nothing quoted here.</p>');
});
