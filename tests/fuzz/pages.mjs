/** Seeded generator of hostile and broken pages for the fuzz tests, in Node and in Chromium (small PRNG: runs are reproducible). */

/** @param {number} seed @returns {() => number} */
export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

const WORDS = 'the council said bridge river Jakarta kata ujar "quote" “kutipan” ” « » 「 」 \' don\'t Jum\'at Mr. Dr. U.S. Jl. No. 5 2024 — – : ; , . ! ? ‏ ‮ ​ 世界 ภาษาไทย עברית العربية'.split(' ');

/** @param {() => number} r */
function sentence(r, n = 12) {
  return Array.from({ length: 1 + Math.floor(r() * n) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
}

/** @type {((r: () => number) => string)[]} */
const FRAGMENTS = [
  (r) => `<p>${sentence(r, 40)}</p>`,
  (r) => `<p>${sentence(r)}`, // unclosed
  (r) => `<div class="share social">${sentence(r)}</div>`,
  (r) => `<blockquote><p>${sentence(r)}</p></blockquote>`,
  (r) => `<table><tr><td><table><tr><td>${sentence(r)}</td></tr></table></td></tr></table>`,
  (r) => `<svg><text>${sentence(r)}</text><foreignObject><p>${sentence(r)}</p></foreignObject></svg>`,
  (r) => `<iframe srcdoc="<p>${sentence(r)}</p>"></iframe>`,
  (r) => `<figure><img src="x.jpg" onerror="alert(1)"><figcaption>${sentence(r)}</figcaption></figure>`,
  () => '<div>'.repeat(400) + 'deep' + '</div>'.repeat(400),
  (r) => `<p aria-hidden="true">${sentence(r)}</p><span class="sr-only">${sentence(r)}</span>`,
  (r) => `<script>document.write("${sentence(r)}")</script><style>p{}</style>`,
  (r) => `<ul>${Array.from({ length: 20 }, () => `<li><a href="/x">${sentence(r, 6)}</a></li>`).join('')}</ul>`,
  (r) => `<p>${'x'.repeat(Math.floor(r() * 200_000))}</p>`,
  () => '"“”„«»「『',
  () => '</p></div></body><p>',
  () => '<template><p>hidden</p></template><noscript><p>no script</p></noscript>',
  (r) => `<h1>${sentence(r)}</h1><h2></h2><pre>${sentence(r)}</pre>`,
  () => '\uFFFD\uD800 broken � bytes',
  (r) => `<div class="host"><template shadowrootmode="open"><p>${sentence(r, 30)}</p><slot></slot></template><p>${sentence(r)}</p></div>`,
  (r) => `<p>${sentence(r, 30)}</p>`.replace(/ /g, () => ['\u200b', '\u200f', '\u202e', '\u2066', ' '][Math.floor(r() * 5)]),
  (r) => `<p>“${sentence(r, 30)}</p><p>"${sentence(r, 20)}</p><p>${sentence(r)}”</p>`, // quote marks without partners
  (r) => `<p>${'a'.repeat(10)}<b>`.repeat(Math.floor(r() * 3000)), // thousands of unclosed inline tags
];

/** Fragments too heavy to draw often: one in fifty pages gets one. */
/** @type {((r: () => number) => string)[]} */
const HEAVY = [
  () => `<section>${'<span>x</span>'.repeat(50_000)}</section>`, // 50,000 elements, under the limit
  (r) => `<p>${sentence(r, 20).repeat(5_000)}</p>`, // one giant text node (a quarter of a megabyte)
];

/** A page of random fragments, sometimes truncated at a random point. */
/** @param {() => number} r @param {{ heavy?: number }} [options] heavy: the share of pages that get a heavy fragment */
export function randomPage(r, { heavy = 0.02 } = {}) {
  const parts = Array.from({ length: Math.floor(r() * 30) }, () => FRAGMENTS[Math.floor(r() * FRAGMENTS.length)](r));
  if (r() < heavy) parts.splice(Math.floor(r() * (parts.length + 1)), 0, HEAVY[Math.floor(r() * HEAVY.length)](r));
  const body = r() < 0.03 ? '' : parts.join('\n'); // sometimes an empty body
  let html = `<!doctype html><html lang="${['en', 'id', 'ar', 'zh', ''][Math.floor(r() * 5)]}"><head><title>${sentence(r)}</title></head><body>${body}</body></html>`;
  if (r() < 0.2) html = html.slice(0, Math.floor(r() * html.length));
  return html;
}

/**
 * A real-looking page mutated: slices cut, repeated or moved, hostile fragments dropped in at random
 * places (inside tags and attributes too), and sometimes truncated.
 */
/** @param {string} source @param {() => number} r */
export function mutatePage(source, r) {
  let html = source;
  const steps = 1 + Math.floor(r() * 6);
  for (let i = 0; i < steps; i++) {
    const a = Math.floor(r() * html.length);
    const b = Math.min(html.length, a + Math.floor(r() * 400));
    switch (Math.floor(r() * 4)) {
      case 0: html = html.slice(0, a) + html.slice(b); break;
      case 1: html = html.slice(0, b) + html.slice(a, b) + html.slice(b); break;
      case 2: html = html.slice(0, a) + FRAGMENTS[Math.floor(r() * FRAGMENTS.length)](r) + html.slice(a); break;
      default: { const c = Math.floor(r() * html.length); html = html.slice(0, c) + html.slice(a, b) + html.slice(c); }
    }
  }
  return r() < 0.15 ? html.slice(0, Math.floor(r() * html.length)) : html;
}

/** A page of many elements, for the size limit. */
/** @param {number} elements */
export function hugePage(elements) {
  return `<html><body>${'<span>a</span>'.repeat(elements)}</body></html>`;
}
