/** Seeded generator of hostile and broken pages for the fuzz test (small PRNG: runs are reproducible). */

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

const WORDS = 'the council said bridge river Jakarta kata ujar "quote" “kutipan” ” « » 「 」 \' don\'t Jum\'at Mr. Dr. U.S. Jl. No. 5 2024 — – : ; , . ! ? ‏ ‮ ​ 世界 ภาษาไทย עברית العربية'.split(' ');

function sentence(r: () => number, n = 12): string {
  return Array.from({ length: 1 + Math.floor(r() * n) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
}

const FRAGMENTS: ((r: () => number) => string)[] = [
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
];

/** A page of random fragments, sometimes truncated at a random point. */
export function randomPage(r: () => number): string {
  const parts = Array.from({ length: Math.floor(r() * 30) }, () => FRAGMENTS[Math.floor(r() * FRAGMENTS.length)](r));
  let html = `<!doctype html><html lang="${['en', 'id', 'ar', 'zh', ''][Math.floor(r() * 5)]}"><head><title>${sentence(r)}</title></head><body>${parts.join('\n')}</body></html>`;
  if (r() < 0.2) html = html.slice(0, Math.floor(r() * html.length));
  return html;
}

/** A page of many elements, for the size limit. */
export function hugePage(elements: number): string {
  return `<html><body>${'<span>a</span>'.repeat(elements)}</body></html>`;
}
