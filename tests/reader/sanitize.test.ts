// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { sanitizeArticleFragment, sanitizeArticleHtml } from '../../src/reader/sanitize';

/** Classic and mutation XSS vectors; each would run code or load something if it survived. */
const CORPUS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="x" ONERROR="alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="  JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="https://evil.example/"></iframe>',
  '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>@import "https://evil.example/x.css"; body{background:url(https://evil.example/bg)}</style>',
  '<p style="background:url(https://evil.example/bg)">x</p>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
  '<form action="https://evil.example/"><button formaction="javascript:alert(1)">x</button><input type="image" src="https://evil.example/i"></form>',
  '<video poster="https://evil.example/p"><source src="https://evil.example/v"></video>',
  '<details open ontoggle=alert(1)>x</details>',
  '<img src="https://img.example/a.jpg" srcset="https://evil.example/a 2x">',
  '<template><img src=x onerror=alert(1)></template>',
  '<div id="__proto__" name="cookie">clobber</div><form id="test"><input name="attributes"></form>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<a href="#" onclick="alert(1)" onmouseover="alert(1)">x</a>',
  '<x onafterscriptexecute="alert(1)">x</x>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<a href="https://ok.example/" target="_self">fine</a>',
];

const DANGEROUS_TAGS = /^(SCRIPT|IFRAME|FRAME|OBJECT|EMBED|STYLE|LINK|META|BASE|FORM|INPUT|BUTTON|TEMPLATE|SVG|MATH|VIDEO|AUDIO|SOURCE|NOSCRIPT)$/i;

function problems(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (DANGEROUS_TAGS.test(el.tagName)) found.push(el.tagName);
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name) || ['style', 'srcset', 'srcdoc', 'id', 'name', 'xlink:href', 'action', 'formaction', 'poster'].includes(a.name)) found.push(`${el.tagName}[${a.name}]`);
      if (/^\s*(javascript|data|vbscript):/i.test(a.value)) found.push(`${el.tagName}[${a.name}=${a.value}]`);
    }
  }
  return found;
}

test.each(CORPUS)('nothing dangerous survives: %s', (payload) => {
  const html = `<p>Before.</p>${payload}<p>After.</p>`;
  expect(problems(sanitizeArticleFragment(html))).toEqual([]);
  // The string form, parsed again, is just as clean.
  const again = document.createElement('div');
  again.innerHTML = sanitizeArticleHtml(html);
  expect(problems(again)).toEqual([]);
});

test('article markup survives: links open in a new tab without referrer, images load lazily without referrer', () => {
  const frag = sanitizeArticleFragment('<h2>Head</h2><p>A <a href="https://ok.example/">link</a>.</p><figure><img src="https://img.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table><pre><code>x</code></pre><blockquote>q</blockquote>');
  const div = document.createElement('div');
  div.append(frag);
  expect(div.innerHTML).toBe('<h2>Head</h2><p>A <a href="https://ok.example/" target="_blank" rel="noopener noreferrer">link</a>.</p><figure><img src="https://img.example/a.jpg" alt="A" loading="lazy" referrerpolicy="no-referrer"><figcaption>Cap</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table><pre><code>x</code></pre><blockquote>q</blockquote>');
});
