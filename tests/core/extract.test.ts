import { describe, expect, test } from 'vitest';
import { isDateLine } from '../../src/core/extract/clean-blocks';
import { collapseDeepWrappers } from '../../src/core/extract/declutter-dom';
import { extractArticle, extractInSteps, mainArticle, proseBox, readAlone, SLICE_MS } from '../../src/core/extract/extract';
import { articlePage, docFrom, fixturePage } from '../helpers';

const para = (n: number, word = 'council') => Array.from({ length: n }, (_, i) =>
  `<p>The city ${word} met on day ${i + 1} to discuss the budget for the new bridge, the schools and the harbour, and residents asked many questions about the cost.</p>`).join('');

describe('extractArticle', () => {
  test('an empty page and a page without an article give typed reasons', () => {
    expect(extractArticle(docFrom(articlePage('')))).toEqual({ ok: false, reason: 'empty-page' });
    expect(extractArticle(docFrom(articlePage('<nav><a href="/">Home</a></nav><p>Welcome to our shop.</p>')))).toEqual({ ok: false, reason: 'no-article' });
  });

  test('a one-paragraph brief of sentences is an article; one line of a shop page or a list of links is not', () => {
    const brief = '<p>Twenty-four billion tonnes of fertile soil are lost every year because of the decline of biodiversity. That is the finding of a study led by the research institute in Dakar, published on Monday.</p>';
    const r = extractArticle(docFrom(articlePage(`<nav><a href="/">Home</a> <a href="/audio">Audio</a></nav><main><h1>Soil</h1>${brief}</main><footer>Print this page</footer>`)));
    expect(r.ok && r.article.text).toMatch(/^Twenty-four billion tonnes .* on Monday\.$/);
    const shop = '<p>Free shipping on every order over fifty dollars, for mugs, teapots, cups, plates, bowls, candles, cloths and anything else in our little shop this month</p>';
    expect(extractArticle(docFrom(articlePage(`<nav><a href="/">Home</a></nav><main><h1>Shop</h1>${shop}</main>`)))).toEqual({ ok: false, reason: 'no-article' });
  });

  test('paragraphs are never glued together', () => {
    const r = extractArticle(docFrom(articlePage(`<article>${para(5)}<p>It ended last century.</p><p>Simmons left.</p></article>`)));
    expect(r.ok && r.article.text).toContain('It ended last century.\nSimmons left.');
  });

  test('visually hidden and aria-hidden text is left out', () => {
    const html = articlePage(`<article>${para(5)}<span class="sr-only">Skip this hidden label</span><p aria-hidden="true">close icon</p><p style="display:none">Hidden promo text</p></article>`);
    const r = extractArticle(docFrom(html));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).not.toMatch(/Skip this hidden label|close icon|Hidden promo text/);
  });

  test('share bars, newsletter boxes and related lists are left out', () => {
    const html = articlePage(`<article>${para(6)}
      <div class="share-buttons"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
      <div class="newsletter-signup"><p>Sign up for our daily newsletter to get the news first every morning.</p></div>
      <ul class="related-stories"><li><a href="/1">Another story about bridges</a></li><li><a href="/2">Harbour reopens</a></li></ul></article>`);
    const r = extractArticle(docFrom(html));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toMatch(/Facebook|Tweet|newsletter|Another story|Harbour reopens/);
    expect(r.article.text.split('\n')).toHaveLength(6);
  });

  test('a caption printed twice appears once in the HTML and not in the text', () => {
    const cap = 'The mayor speaks at the harbour on Monday. / Photo Desk';
    const html = articlePage(`<article><figure><img src="https://news.example/a.jpg" alt=""><figcaption>${cap}</figcaption></figure><div><p>${cap}</p></div>${para(5)}</article>`);
    const r = extractArticle(docFrom(html));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toContain('Photo Desk');
    expect(r.article.html.split('Photo Desk').length - 1).toBeLessThanOrEqual(1);
  });

  test('language comes from the text when the page declares none', () => {
    const id = Array.from({ length: 6 }, (_, i) => `<p>Pemerintah daerah akan membangun jembatan baru ke-${i + 1} yang menghubungkan dua desa di tepi sungai itu pada tahun depan, kata pejabat setempat kepada wartawan.</p>`).join('');
    const r = extractArticle(docFrom(`<html><body><article>${id}</article></body></html>`));
    expect(r.ok && r.article.lang).toBe('id');
  });

  test('the live document is never changed', () => {
    const doc = docFrom(articlePage(`<article>${para(5)}<div class="share">Share</div></article>`));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('clutter glued into sentences and captions without figcaption', () => {
  test('a hover card inside a sentence is left out, its link text stays', () => {
    const card = '<span class="rollover-people"><a href="/p/1">Ana Lopez</a><span class="rollover-people-block"><span><img src="https://news.example/a.jpg"><a href="/p/1">Ana Lopez</a><a href="/s/2">Another headline about the mayor</a></span></span></span>';
    const html = articlePage(`<article><p>The council thanked Rep. ${card} for her work on the bridge and the harbour over many years of debate.</p>${para(5)}</article>`);
    const r = extractArticle(docFrom(html));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('thanked Rep. Ana Lopez for her work');
    expect(r.article.text).not.toContain('Another headline');
  });

  test('wire-style photo captions and credits are not body text', () => {
    const html = articlePage(`<article>${para(3)}<p>In this Dec. 12, 2006, file photo, the mayor waves from the new ferry in the harbour.</p><p>The mayor at the harbour. (Photo by Jane Doe/Getty Images)</p>${para(3, 'board')}</article>`);
    const r = extractArticle(docFrom(html));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toMatch(/file photo|Getty Images/);
    expect(r.article.text.split('\n')).toHaveLength(6);
  });
});

test('a page whose broken doctype jsdom cannot clone (`<!doctype /p/3">`) is still read', () => {
  const body = `<article><h1>Rain returns</h1>${[1, 2, 3, 4].map((n) => `<p>Report ${n}: the regional water board said on Monday that reservoir levels had returned to normal after a dry spring across the valley.</p>`).join('')}</article>`;
  const doc = docFrom(articlePage(body, '<title>Rain returns</title>').replace('<!doctype html>', '<!doctype /p/3">'));
  expect(() => doc.cloneNode(true)).toThrow(); // the jsdom limitation this guards against
  const result = extractArticle(doc, 'https://news.example/story');
  expect(result).toMatchObject({ ok: true });
  expect(result.ok && result.article.text).toMatch(/reservoir levels had returned/);
});

describe('a page with one article element', () => {
  test('is read from that element: links and images keep their page-relative addresses', () => {
    const html = articlePage(`<div class="page"><div class="rail">${'<p><a href="/x">Another story of the day</a></p>'.repeat(5)}</div><article><h1>Story</h1><p><img src="/img/harbour.jpg" alt="">See <a href="more.html">the plan</a> and <a href="#plan">its map</a>.</p>${para(8)}</article></div>`);
    const r = extractArticle(docFrom(html, 'https://news.example/city/story.html'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.html).toContain('https://news.example/img/harbour.jpg');
    expect(r.article.html).toContain('https://news.example/city/more.html');
    expect(r.article.html).toContain('href="#plan"');
    expect(r.article.text).not.toContain('Another story');
  });

  test('a lead paragraph printed next to the element, not in it, stays in the text', () => {
    const lead = 'The harbour council voted on Monday to rebuild the old ferry pier, ending a dispute that has lasted for more than ten years.';
    const html = articlePage(`<main><div class="intro"><p>${lead}</p></div><article>${para(8)}</article></main>`);
    expect(readAlone(docFrom(html))).toBeNull();
    const r = extractArticle(docFrom(html));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text.split('\n')[0]).toBe(lead);
  });

  test('prose after it, or before it in a box named as clutter, does not keep it from being read alone', () => {
    const comments = `<div class="reader-notes">${'<p>I have lived in this town all my life and I have never seen the council agree on anything this fast.</p>'.repeat(3)}</div>`;
    const related = `<div class="related-posts"><p>Last week the council also met to talk about the new library, the parks and the long list of repairs.</p></div>`;
    const html = articlePage(`<main>${related}<article>${para(8)}</article>${comments}</main>`);
    const doc = docFrom(html);
    expect(readAlone(doc)?.tagName).toBe('ARTICLE');
    const r = extractArticle(doc);
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toMatch(/lived in this town|new library/);
    expect(r.article.text.split('\n')).toHaveLength(8);
  });

  test('among several, the one holding three times the prose of the rest is read, unless prose stands in one before it', () => {
    const teaser = (i: number) => `<article class="card"><h3>Other story ${i}</h3><p>A short teaser for another story of the day, written to make readers click through.</p></article>`;
    const main = (html: string) => mainArticle(docFrom(articlePage(html)))?.textContent?.slice(0, 20) ?? null;
    expect(main(`<article>${para(8)}</article>${teaser(1)}${teaser(2)}`)).toBe('The city council met');
    expect(main(`${teaser(1)}<article>${para(8)}</article>`)).toBeNull();
    expect(main(`<article>${para(3)}</article><article>${para(2, 'board')}</article>`)).toBeNull();
    const r = extractArticle(docFrom(articlePage(`<article>${para(8)}</article>${teaser(1)}${teaser(2)}`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text.split('\n')).toHaveLength(8);
  });
});

describe('a page without article markup', () => {
  const rail = `<div class="rail">${'<p>A headline of another story, long enough to count as a line of prose on a page.</p>'.repeat(1)}</div>`;
  const box = (html: string) => proseBox(docFrom(articlePage(html)))?.className ?? null;

  test('is read from the smallest box holding nearly all its prose, when it has five prose paragraphs or more', () => {
    expect(box(`<div class="page"><div class="story"><h1>Story</h1><div class="text">${para(40)}</div></div>${rail}</div>`)).toBe('text');
    expect(box(`<div class="page"><div class="text">${para(4)}</div></div>`)).toBeNull();
    expect(box(`<div class="a">${para(5)}</div><div class="b">${para(5, 'board')}</div>`)).toBeNull();
    const r = extractArticle(docFrom(articlePage(`<div class="page"><div class="story"><h1>Story</h1><div class="text">${para(40)}</div></div>${rail}</div>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text.split('\n')).toHaveLength(40);
  });
});

describe('deep nesting', () => {
  const depthOf = (el: Element) => { let d = 0; for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) d++; return d; };

  test('wrapper chains deeper than 40 levels are collapsed, text kept; shallow pages are left as they are', () => {
    const deep = docFrom(`<html><body>${'<div>'.repeat(70)}<p>Deep text here.</p>${'</div>'.repeat(70)}</body></html>`);
    collapseDeepWrappers(deep.body);
    const p = deep.querySelector('p')!;
    expect(depthOf(p)).toBeLessThanOrEqual(42);
    expect(p.textContent).toBe('Deep text here.');

    const shallowHtml = `${'<div class="x">'.repeat(30)}<p>Shallow <b>text</b>.</p>${'</div>'.repeat(30)}`;
    const shallow = docFrom(`<html><body>${shallowHtml}</body></html>`);
    collapseDeepWrappers(shallow.body);
    expect(shallow.body.innerHTML).toBe(shallowHtml);
  });

  test('the limit is exact: formatting 41 levels down is unwrapped, 40 levels down kept', () => {
    const at = (levels: number) => docFrom(`<html><body>${'<div>'.repeat(levels - 1)}<b>bold</b>${'</div>'.repeat(levels - 1)}</body></html>`);
    const deeper = at(41);
    collapseDeepWrappers(deeper.body);
    expect(deeper.querySelector('b')).toBeNull();
    expect(deeper.body.textContent).toBe('bold');
    const limit = at(40);
    collapseDeepWrappers(limit.body);
    expect(depthOf(limit.querySelector('b')!)).toBe(40);
  });
});

describe('when decluttering takes the article away', () => {
  test('a blog post inside a box named like a widget, in lines without <p>, is still found', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Day ${i + 1} of the trip took us along the river to the old mill and the market, where we bought bread and cheese.`).join('<br>');
    const page = `<html><head><title>Our trip</title></head><body><div class="widget Blog"><h3>Our trip</h3><div class="post-body">${lines}</div></div><div class="profile"><p>I am Anna and I write about travel, food and the small towns of the north, twice a month.</p></div></body></html>`;
    const r = extractArticle(docFrom(page));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.text).toContain('Day 12 of the trip');
  });
});

describe('gallery articles', () => {
  test('when captions hold more words than the paragraphs, they are the body', () => {
    const slides = Array.from({ length: 8 }, (_, i) => `<figure><img src="/costume${i}.jpg" alt=""><figcaption>Costume ${i + 1}: a red jumper, a white collar and a black headband make this one in ten minutes from things you already own.</figcaption></figure>`).join('');
    const page = `<html><head><title>Last-minute costumes</title></head><body><article><h1>Last-minute costumes</h1><p>Cheap and easy costumes are all that matter this year, and these ideas can be made at the very last minute.</p>${slides}</article></body></html>`;
    const r = extractArticle(docFrom(page));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.text).toContain('Costume 8: a red jumper');
  });

  test('a caption in a box named so ("caption-full", "caption-truncated"), long as it is, is no body text', () => {
    const long = 'Defence Minister Ana Lopez, left, and her guest shake hands in the capital on Wednesday, during a visit meant to strengthen military relations between the two countries.';
    const gallery = `<ul class="photo-gallery"><li><img src="/a.jpg" alt=""><div class="caption-full">${long}</div><div class="caption-truncated">${long.slice(0, 90)}</div></li></ul>`;
    const r = extractArticle(docFrom(articlePage(`<article>${gallery}${para(4)}</article>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toContain('shake hands');
    expect(r.article.text.split('\n')).toHaveLength(4);
  });

  test('an article with one photo keeps its caption out of the text', () => {
    const page = `<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>${para(4)}<figure><img src="/b.jpg" alt=""><figcaption>The old bridge at dawn, seen from the harbour wall.</figcaption></figure></article></body></html>`;
    const r = extractArticle(docFrom(page));
    expect(r.ok && r.article.text.includes('The old bridge at dawn')).toBe(false);
  });
});

describe('post data, footers and membership pitches', () => {
  test('a bar of post data, a blog footer and an "Author:" line are not body text', () => {
    const r = extractArticle(docFrom(articlePage(`<article><p>Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS</p><p>Auteur : Kossivi Tiassou</p>${para(5)}<p>Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials, Ubuntu. Kommentare zu diesen Eintrag im RSS 2.0 Feed. Kommentare und Pings sind derzeit nicht erlaubt.</p></article>`, '<title>Story</title>', 'de')));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toMatch(/COMMENTS|Kossivi|abgelegt unter/);
    expect(r.article.text).toMatch(/^The city council met on day 1/);
  });

  test('a membership pitch and the perks it lists are left out; a list after an ordinary line stays', () => {
    const pitch = '<p>Join now or renew to get:</p><ul><li>Instant access to one-of-a-kind stories and special reports</li><li>Membership merch, perks and special invitations</li></ul><p>First-time subscribers also receive a special welcome gift handmade by expert artisans!</p><p>If you are seeing this message but you are already a subscriber, you can log in for immediate access to this story.</p>';
    const r = extractArticle(docFrom(articlePage(`<article>${para(5)}<p>The board agreed on three points:</p><ul><li>Johannes sends his draft letter to former members again.</li><li>Hans asks whether the congress has room for a stand.</li></ul>${pitch}</article>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toMatch(/Join now|Instant access|Membership merch|welcome gift|already a subscriber/);
    expect(r.article.text).toContain('Johannes sends his draft letter');
  });

  test('server warnings, rights and licence notices, embedded-post footers and trailing photo credits are not body text', () => {
    const r = extractArticle(docFrom(articlePage(`<article><p>Warning: Creating default object from empty value in /www/htdocs/site/wp-includes/class.php on line 12</p>${para(3)}<p>Tomas Reyes, photo: Archives of the Harbour Board</p>${para(2, 'board')}<p>Prices for daily life are exploding… Posted by Harbour Party on Monday, February 7, 2022</p><p>This text was published under the licence CC-BY-NC-ND 4.0.</p><p>Copyright 2019 Coastal Ledger. All rights reserved.</p></article>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toMatch(/Warning|Archives of the Harbour|Posted by|CC-BY|rights reserved/);
  });

  test('reading times, dated bylines, teasers of other pages and "enjoyed this?" prompts are not body text', () => {
    const r = extractArticle(docFrom(articlePage(`<article><p>von Anja Berger am 14. Mai 2014, 15:40 Uhr</p><p>Lesezeit: 4 Minuten</p>${para(4)}<p>Enjoyed this article? Support our small newsroom.</p><p>Wettergutachten Auskunft über vergangenes Wetter… mehr •••</p><p>Content on this site is published under CC-BY 4.0 unless stated otherwise.</p></article>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toMatch(/Anja Berger|Lesezeit|Enjoyed|Wettergutachten|CC-BY/);
    expect(r.article.text).toMatch(/^The city council met on day 1/);
  });

  test('French print and permalink controls are page UI', () => {
    const r = extractArticle(docFrom(articlePage(`<article>${para(4)}<p>Imprimer cette page</p><p>Permalien https://p.example/p/RPYx</p></article>`, '<title>Sol</title>', 'fr')));
    expect(r.ok && r.article.text).not.toMatch(/Imprimer|Permalien/);
  });
});

describe('forms', () => {
  const signUp = `<form><label>Your e-mail address (required)</label><input type="email"><label>Postcode (required)</label><input type="text">${Array.from({ length: 12 }, (_, i) => `<p class="error">Please check field ${i + 1}: it must hold a valid value before you can sign up for our letters.</p>`).join('')}<input type="submit" value="Sign up"></form>`;

  test('a sign-up form that outweighs a short story is not the article', () => {
    const r = extractArticle(docFrom(articlePage(`<div class="col">${signUp}</div><div class="story"><h1>Water</h1>${para(3)}</div>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toMatch(/e-mail address|Please check field/);
    expect(r.article.text).toContain('The city council met on day 3');
  });

  test('a log-in dialog written as an <article> is not the story', () => {
    const dialog = `<article class="registration-modal dark-modal">${Array.from({ length: 14 }, (_, i) => `<p>The password must be at least ${i + 8} characters long and hold a capital letter, a digit and a sign.</p>`).join('')}</article>`;
    const r = extractArticle(docFrom(articlePage(`<div class="login">${dialog}</div><div class="item-description"><h1>Water</h1><p>New York is the centre of the outbreak, and the city council met to discuss the hospitals, the schools and the harbour on Monday.</p><p>Sport has stopped too: the leagues sent their sympathy, and the clubs asked residents to stay at home for the weeks ahead.</p>${para(5)}</div>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toMatch(/password/);
    expect(r.article.text).toContain('New York is the centre of the outbreak');
  });

  test('a form around the whole page (as ASP.NET writes them) keeps the story', () => {
    const r = extractArticle(docFrom(articlePage(`<form id="aspnetForm"><input type="email" placeholder="Newsletter"><article><h1>Water</h1>${para(6)}</article></form>`)));
    expect(r.ok && r.article.text).toContain('The city council met on day 6');
  });
});

describe('text beside an image', () => {
  test('a credit line holding an image is not body text; two sentences beside an image are', () => {
    const r = extractArticle(docFrom(articlePage(`<article>${para(3)}<p><img src="/bag.jpg" alt="">Photo: Studio Lumen</p>${para(2, 'board')}<p><img src="/bag2.jpg" alt="">Curious now? Then let the secret draw you in!</p>${para(2, 'band')}</article>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toContain('Studio Lumen');
    expect(r.article.text).toContain('Curious now? Then let the secret draw you in!');
  });
});

describe('quotations and embedded posts', () => {
  test('a tweet inside a box named "widget" stays in the article, with the blockquote around it', () => {
    const tweet = '<div class="article-widget article-tweet"><blockquote class="twitter-tweet"><p lang="en">I cannot thank the council enough for the new bridge.</p>— Ana Lopez (@analopez) <a href="https://twitter.com/x/status/1">November 19, 2019</a></blockquote></div>';
    const r = extractArticle(docFrom(articlePage(`<article>${para(3)}${tweet}${para(3, 'board')}</article>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('I cannot thank the council enough for the new bridge.');
    expect(r.article.html).toMatch(/<blockquote[^>]*>[\s\S]*I cannot thank/);
  });

  test('a quoted passage in <blockquote> is kept', () => {
    const r = extractArticle(docFrom(articlePage(`<article>${para(3)}<blockquote><p>We will open the bridge in spring, whatever the weather does to the schedule.</p></blockquote>${para(3, 'board')}</article>`)));
    expect(r.ok && r.article.text).toContain('We will open the bridge in spring');
  });

  test('a slash in prose is not a photo credit; "Name / Agency" under a photo is', () => {
    const r = extractArticle(docFrom(articlePage(`<article>${para(3)}<p>The screen doubles as a display for the camera, which allows for safer parking / maneuvering.</p><p>Jane Doe / Reuters</p>${para(3, 'board')}<p>The minister leads the meeting held online from the ministry in Jakarta on Tuesday, with ministers of ten countries joining from their capitals (6/7). / Kemlu RI</p></article>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).toContain('safer parking / maneuvering.');
    expect(r.article.text).not.toMatch(/Reuters|Kemlu RI/);
    const review = extractArticle(docFrom(articlePage(`<article>${para(4)}<p>Still need convincing on why it is our top record this week? I asked three writers to sum up their thoughts on Pale Blue Dot / Lift Off.</p>${para(2, 'band')}</article>`)));
    expect(review.ok && review.article.text).toContain('I asked three writers to sum up their thoughts on Pale Blue Dot / Lift Off.');
  });
});

describe('date stamps and credits in other languages', () => {
  test('a date or time stamp is recognised in languages whose month names the core does not list', () => {
    for (const stamp of ['segunda-feira, 22 de janeiro de 2018 às 0:13', 'Erstellt am Dienstag 6. Mai 2014', '22 listopada 2019, 14:05', '03.04.2020', 'Rabu, 07 Juli 2021 11:34']) {
      expect(isDateLine(stamp), stamp).toBe(true);
    }
    for (const prose of ['The bridge opened in 2019.', 'Budget 2025', 'Population: 2,500 in 2019', '— Ana Lopez (@analopez) November 19, 2019', 'In 2019 we went to Paris and stayed']) {
      expect(isDateLine(prose), prose).toBe(false);
    }
  });

  test('a credit label on its own line takes the credit under it along', () => {
    const credit = '<dl><dt>Фото:</dt><dd>личный архив Андрея Рудькова</dd></dl>';
    const r = extractArticle(docFrom(articlePage(`<article>${para(3)}${credit}<p>Crédits photos : Agence Exemple</p>${para(3, 'board')}</article>`)));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toMatch(/Фото|личный архив|Crédits/);
    expect(r.article.text.split('\n')).toHaveLength(6);
  });
});

describe('the standfirst', () => {
  const dek = 'The council approved the new bridge on Monday after a decade of debate over its cost and its route.';
  const page = (headMatter: string, body: string) => `<!doctype html><html><head><title>Bridge</title><meta name="description" content="${dek}"></head>
    <body><header class="article-head"><h1>Bridge approved</h1>${headMatter}</header><div class="story-body">${body}</div></body></html>`;

  test('printed outside the body, it is found as header matter and kept out of the body text', () => {
    const r = extractArticle(docFrom(page(`<h2 class="subline">${dek}</h2>`, para(5))));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.standfirst).toBe(dek);
    expect(r.article.text).not.toContain('decade of debate');
  });

  test('a description cut short with an ellipsis still finds the whole standfirst', () => {
    const cut = dek.slice(0, 60).trimEnd() + '…';
    const r = extractArticle(docFrom(page(`<h2 class="lead">${dek}</h2>`, para(5)).replace(`content="${dek}"`, `content="${cut}"`)));
    expect(r.ok && r.article.standfirst).toBe(dek);
  });

  test('none when the description is already in the body, only in a caption, or not on the page', () => {
    for (const [head, body] of [['', `<p>${dek}</p>${para(5)}`], [`<figure><img src="/a.jpg" alt=""><figcaption>${dek}</figcaption></figure>`, para(5)], ['', para(5)]]) {
      const r = extractArticle(docFrom(page(head, body)));
      expect(r.ok && r.article.standfirst).toBeNull();
    }
  });
});

describe('headings and filing lines around the story', () => {
  test('after the story, a heading that introduces other stories takes its list along, in any supported language', () => {
    for (const heading of ['More News from Science', 'Leia também', 'Weitere Artikel']) {
      const list = '<h3>Bridge tolls to rise next year</h3><p>Harbour reopens after storm</p><p><a href="/3">Ferry timetable changes in the spring</a></p>';
      const r = extractArticle(docFrom(articlePage(`<article>${para(5)}<h2>${heading}</h2>${list}</article>`)));
      if (!r.ok) throw new Error(r.reason);
      expect(r.article.text, heading).not.toMatch(/More News|Leia|Weitere|tolls|Harbour reopens|Ferry timetable/);
    }
  });

  test('a "more…" line inside the story, before its last paragraph, is the story\'s own', () => {
    const r = extractArticle(docFrom(articlePage(`<article>${para(3)}<h2>Latest figures</h2>${para(2, 'board')}</article>`)));
    expect(r.ok && r.article.text).toContain('Latest figures');
  });

  test('a filing line (published by, category, tags) is left out; a heading restating the title before the story too', () => {
    const page = `<html><head><title>Ambulance service reports break-in at two vehicles</title></head><body><article>
      <h2>Ambulance service reports break-in at vehicles</h2><p>05/10/2018 - Publicado por: Clara Borba - Categoria: Saúde - Tags: ambulance</p>${para(5)}
      <h2>Ambulance service: what happens next</h2>${para(1, 'board')}</article></body></html>`;
    const r = extractArticle(docFrom(page));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.text).not.toMatch(/break-in at vehicles|Publicado por|Categoria/);
    expect(r.article.text).toContain('Ambulance service: what happens next');
  });
});

test('when Readability settles on a table of names inside the article, the article\'s prose is read too', () => {
  const names = (col: number) => Array.from({ length: 30 }, (_, i) => `<strong>Signer ${col}-${i}</strong>, <span>University of Somewhere, Department ${i}, City</span><br>`).join('');
  const more = 'We ask for open debate and for the toleration of differences in every forum where ideas meet. '.repeat(3);
  const letter = Array.from({ length: 6 }, (_, i) => `<p><span>Paragraph ${i + 1} of the open letter: the free exchange of ideas is becoming more constricted every day. ${more}</span></p>`).join('');
  const table = `<table><tbody><tr><td>${names(1)}</td><td>${names(2)}</td></tr><tr><td>Affiliations are for identification only.</td></tr></tbody></table>`;
  const page = `<html><head><title>A letter</title></head><body><div class="container"><article class="post"><h1>A letter</h1><div class="text">${letter}${table}</div></article>
    <div class="footer-links"><a href="/">Home</a></div></div></body></html>`;
  const r = extractArticle(docFrom(page));
  if (!r.ok) throw new Error(r.reason);
  expect(r.article.text).toContain('Paragraph 1 of the open letter');
  expect(r.article.text).toContain('Paragraph 6 of the open letter');
});

test('a cookie notice is never article text, in any language', () => {
  const notices = ['Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.',
    'This site uses cookies to improve your experience. By continuing you accept our use of cookies.'];
  const recipe = '<p>These cookies use brown butter and a pinch of salt, and they keep for a week in a tin.</p>';
  const r = extractArticle(docFrom(articlePage(`<article>${para(5)}${recipe}${notices.map((n) => `<div class="notice-box"><p>${n}</p></div>`).join('')}</article>`)));
  if (!r.ok) throw new Error(r.reason);
  expect(r.article.text).toContain('These cookies use brown butter');
  expect(r.article.text).not.toMatch(/verwendet Cookies|uses cookies/i);
});

test('subscription, donation and channel prompts and filing lines are left out in several languages; prose that mentions donating stays', () => {
  const prompts = ['Zapraszamy też do subskrypcji naszego kanału.', '¡Mira lo que tiene nuestro canal de YouTube!', 'Jede kleine Spende hilft uns weiter.',
    'Unterstütze Warta mit einem Abo.', 'This entry was posted in News on 12 May.', 'Dieser Eintrag wurde veröffentlicht in Allgemein.'];
  const prose = '<p>The vet said she was excited to donate supplies to the shelter, and the shelter thanked her.</p>';
  const r = extractArticle(docFrom(articlePage(`<article>${para(4)}${prose}${prompts.map((p) => `<p>${p}</p>`).join('')}</article>`)));
  if (!r.ok) throw new Error(r.reason);
  expect(r.article.text).toContain('excited to donate supplies');
  expect(r.article.text).not.toMatch(/subskrypcji|canal de YouTube|Spende|Unterstütze|entry was posted|Eintrag/);
});

test('bare bylines, agency-first credits and "Photograph by" lines are left out; a sentence starting "Von der Leyen" stays', () => {
  const lines = ['VON Sina Giebel', 'FEI/Christophe Taniere', 'Photograph by Jane Doe', 'News date : 04/21/2022 Category : Press Releases'];
  const r = extractArticle(docFrom(articlePage(`<article>${para(4)}${lines.map((l) => `<p>${l}</p>`).join('')}<p>Von der Leyen sagte am Montag</p>${para(1, 'board')}</article>`)));
  if (!r.ok) throw new Error(r.reason);
  expect(r.article.text).not.toMatch(/Giebel|Taniere|Photograph|Category/);
  expect(r.article.text).toContain('Von der Leyen sagte am Montag');
});

test('a box named for what it holds ("section--has-ads") and a paragraph wrapped in a "…ContentTags" span are article, not clutter', () => {
  const wrapped = '<p><span class="_fbReactionComponent__eventDetailsContentTags">The third edition of the contest takes place on the lake this August, with a prize of five thousand euros for the best riders.</span></p>';
  const page = `<html><head><title>Contest</title></head><body><section class="o-section o-section--has-ads"><h1>Contest</h1>${wrapped}${para(3)}<p>So sieht der Zeitplan aus:</p><p>Warm up at eleven, contest at noon.</p><p>Be there or be square!</p></section>
    <div class="ad-slot"><p>Buy our boards now, the best boards in the whole country for every rider and every ramp.</p></div></body></html>`;
  const r = extractArticle(docFrom(page));
  if (!r.ok) throw new Error(r.reason);
  expect(r.article.text).toContain('The third edition of the contest');
  expect(r.article.text).toContain('Be there or be square!');
  expect(r.article.text).not.toContain('Buy our boards');
});

test('a long text box that a script folds ("js_readmore") is text; a short "read more" link is not', () => {
  const folded = '<p class="presentation-box-txt js_readmore">The old farmhouse lies at the edge of the village between meadows, fields and woods, a short walk from the river and the old mill, with a garden, a terrace and a playground for children.</p>';
  const r = extractArticle(docFrom(articlePage(`<article>${para(4)}${folded}<div class="read-more"><a href="/next">Read the full story on our partner site</a></div></article>`)));
  if (!r.ok) throw new Error(r.reason);
  expect(r.article.text).toContain('The old farmhouse lies at the edge of the village');
  expect(r.article.text).not.toContain('partner site');
});

describe('scripts and directions', () => {
  test('a Chinese article shorter than Readability\'s 500-character threshold is found whole, without the menu and footer', () => {
    const r = extractArticle(docFrom(fixturePage('cjk-article.html')));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.lang).toBe('zh');
    expect(r.article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(4);
    expect(r.article.text).toContain('开放首周将延长开园时间至晚上十点');
    expect(r.article.text).not.toMatch(/首页|版权所有/);
  });

  test('a right-to-left article keeps its direction and its text', () => {
    const r = extractArticle(docFrom(fixturePage('rtl-article.html')));
    if (!r.ok) throw new Error(r.reason);
    expect(r.article.dir).toBe('rtl');
    expect(r.article.words).toBeGreaterThan(25);
  });
});

describe('extractInSteps (the content script\'s way)', () => {
  const wholePage = articlePage(`<nav><a href="/">Home</a></nav><div><h1>Bridge</h1>${para(4)}</div>`);
  const oneArticle = articlePage(`<nav><a href="/">Home</a></nav><article><h1>Bridge</h1>${para(12)}</article>`);
  /** A clock that moves on by `step` ms each time it is read. */
  const ticking = (step: number) => { let t = 0; return () => (t += step); };

  test('gives the page its thread back once a step has held it SLICE_MS, and finds the same article', async () => {
    let yields = 0;
    const stepped = await extractInSteps(docFrom(wholePage), undefined, async () => { yields++; }, ticking(SLICE_MS));
    // Reading the page, the fast way, copying, decluttering, Readability: a pause between each.
    expect(yields).toBeGreaterThanOrEqual(4);
    expect({ ...stepped, ms: 0 }).toEqual({ ...extractArticle(docFrom(wholePage)), ms: 0 });
    expect(stepped.ok && stepped.article.text).toMatch(/^The city council met on day 1/);
  });

  test('does not pause while the steps are quick', async () => {
    let yields = 0;
    for (const page of [oneArticle, wholePage]) {
      const r = await extractInSteps(docFrom(page), undefined, async () => { yields++; }, () => 0);
      expect(r.ok).toBe(true);
    }
    expect(yields).toBe(0);
  });

  test('time the page spends on its own tasks while we wait is not counted as our work', async () => {
    let clock = 0;
    const r = await extractInSteps(docFrom(wholePage), undefined, async () => { clock += 1000; }, () => (clock += SLICE_MS));
    expect(r.ms).toBeLessThan(1000);
  });
});
