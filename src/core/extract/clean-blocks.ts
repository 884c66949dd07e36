import { allRelatedHeadings, allUiLines, allUiPrefixes } from '../lang/page-words';
import type { ElementBlock } from './blocks';
import { linkDensity } from './link-density';
import { forText } from '../latin-pattern';
import { lineKey, normalizeSpace, wordCount } from './text';

/** What the cleaner knows about the page besides the blocks. */
export interface CleanContext {
  title: string;
  byline: string | null;
}

const MONTHS = /\b(jan(uari|uary)?|feb(ruari|ruary)?|mar(et|ch)?|apr(il)?|mei|may|jun[ie]?|jul[iy]?|agu(stus)?|aug(ust)?|sep(tember)?|o[ck]t(ober)?|nov(ember)?|des(ember)?|dec(ember)?)\b/i;
const WEEKDAYS = /\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b/i;

/** A short line that is only a date or time stamp ("Rabu, 07 Juli 2021 11:34", "Updated 3 hours ago"). */
const DIGIT_THEN_LETTER = /(?<=\d)(?=\p{L})/gu;
const TWO_TO_FOUR_CAPITALS = /\b\p{Lu}{2,4}\b/gu;

export function isDateLine(text: string): boolean {
  if (text.length > 80) return false;
  // Spaces added keep the text as plain as it was: one pattern choice for both.
  const rest = text
    .replace(forText(DIGIT_THEN_LETTER, text), ' ')
    .replace(forText(TWO_TO_FOUR_CAPITALS, text), ' ') // time zones: PST, WIB, AMT
    .replace(/\b[ap]\.m\./gi, ' ')
    .replace(MONTHS, ' ').replace(WEEKDAYS, ' ')
    .replace(/\b(updated|published|posted|diperbarui|dipublikasikan|last|modified|on|at|pukul|wib|wita|wit|am|pm|gmt|utc|edt|est|bst|cet|pst|pdt|pt|et|cst|cdt|mst|ago|hours?|minutes?|days?|jam|menit|hari|yang|lalu)\b/gi, ' ')
    .replace(/[\d\s,.:/|()+-]+/g, '');
  return (rest.length <= 2 && /\d/.test(text)) || isForeignDateLine(text);
}

/** Digits as dates write them: 2018, 6., 22, 03.04.2020, 2020-04-03, 3/4/20, 0:13, 20h37. */
const DATE_NUMBER = /^(?:\d{1,2}\.?|(?:19|20)\d{2}|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[:h]\d{2})$/;
const YEAR_OR_TIME = /(?:^|\D)(?:(?:19|20)\d{2}|\d{1,2}[:h]\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4})(?:\D|$)/;

const SENTENCE_OR_HANDLE = /\p{L}.*\d[.!?]$|\p{L}{2}[.!?]$|@/u;
const THREE_LETTERS = /\p{L}{3}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;
const SENTENCE_THEN_CAPITAL = /[.!?]\s+\p{Lu}/u;
const ONE_WORD = /^[\p{L}\p{N}'’-]+$/u;
const CAPITAL = /\p{Lu}/u;

/**
 * A date line in a language whose month names the core does not know ("segunda-feira, 22 de janeiro
 * de 2018 às 0:13", "Erstellt am Dienstag 6. Mai 2014", "marca 2021"): a short line whose numbers are
 * all date or time numbers, with a year or a time, and at most three words of three letters or more.
 */
function isForeignDateLine(text: string): boolean {
  // "The bridge opened in 2019." is a sentence, not a stamp; "— Dele (@dele) November 19, 2019" signs a post.
  if (text.length > 60 || !YEAR_OR_TIME.test(text) || forText(SENTENCE_OR_HANDLE, text).test(text)) return false;
  let words = 0;
  let numbers = 0;
  for (const token of text.split(/[\s,;()|–—]+/)) {
    const t = token.replace(/[:.]$/, '');
    if (/\d/.test(t)) {
      if (!DATE_NUMBER.test(token) && !DATE_NUMBER.test(t)) return false;
      // A full date or a time counts for two: "03.04.2020" alone is a stamp, "Budget 2025" is a name.
      numbers += /\d\D+\d/.test(t) ? 2 : 1;
    } else if (forText(THREE_LETTERS, t).test(t) && ++words > 3) return false;
  }
  return numbers >= 2;
}

function isUiLine(text: string, key = lineKey(text)): boolean {
  if (!key || allUiLines.has(key) || allUiLines.has(normalizeSpace(text).toLowerCase())) return true;
  // A bare URL, or a line of one symbol: "×", "|", "•".
  return /^(?:https?:\/\/|www\.)\S+$/i.test(text) || !forText(LETTER_OR_DIGIT, text).test(text);
}

/** A photo credit line: "(Image: GETTY)", "Jane Doe/Getty Images", "Photo: AFP". */
const CREDIT = /(?:(?:\b(?:getty images|shutterstock|afp|reuters|ap photo|associated press|istock|epa|alamy)\)?|\((?:image|photo|foto|credit|source)s?(?::| by)[^)]*\)))\s*$|^(?:in this|this) .{0,80}?\b(?:file )?(?:photo|image|picture)\b/iu;

/** "Jane Doe / Reuters", "Foto: X/dpa": a name, a slash, a capitalised agency at the end (case-sensitive: "parking / maneuvering." is prose). */
const AGENCY_AFTER_SLASH = /\s\/\s?\p{Lu}[\p{L}\p{N} .&-]{1,30}$/u;

/** "By", "Von", "Oleh"… as a byline writes them (case-sensitive, so "Von der Leyen sagte" is prose), and a name of one to four words. */
const BY_WORD = String.raw`[Vv]on|VON|[Bb]y|BY|[Pp]or|POR|[Pp]ar|PAR|[Oo]leh|OLEH`;
const BYLINE_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}`;
/** A bare byline: "VON Sina Giebel", "By: Jane Doe", "Auteur : Kossivi Tiassou". */
const BYLINE_LINE = new RegExp(String.raw`^(?:${BY_WORD}|(?:Auteure?|Autor(?:in)?|Author|Penulis)\s*:)\s*:?\s+${BYLINE_NAME}$`, 'u');
/** A photo credit written agency first: "FEI/Christophe Taniere", "dpa/Michael Kappeler". */
const AGENCY_SLASH_NAME = /^[\p{L}][\p{L}.&-]{1,20}\s?\/\s?\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}$/u;

/** Newsletter, subscription and follow prompts, in any of the supported languages. */
const PROMPT = /\b(?:subscribe|newsletters?|sign up|already an? (?:subscriber|member)|werden sie (?:jetzt )?mitglied|gefällt (?:dir|ihnen) (?:unser|dieser|der)|enjoy(?:ed)? (?:this|our) (?:article|story|magazine|journalism)|get the latest news|jetzt (?:die )?(?:aktuelle )?ausgabe (?:bestellen|sichern)|subscribers (?:also )?(?:receive|get)|join now|log in for (?:immediate )?access|follow [^.]{1,40}? on (?:twitter|facebook|instagram|youtube|tiktok|linkedin)|keep up with (?:me|us) on|download (?:the|our) [^.]{0,40}apps?|if you enjoyed (?:reading )?this|delivered (?:to|through) your (?:inbox|letterbox)|in your inbox|berlangganan|ikuti (?:kami|akun)|follow akun|donate now|please donate|make a donation|support (?:our|independent) journalism|jetzt spenden|jede (?:kleine )?spende|^unterstütze\s|abonnier\w*|subskrypcj\w*|subskrybuj|suscr[ií]b\w*|assine|abonnez|canal de (?:youtube|telegram|whatsapp)|nuestro canal|unser(?:en|em)? (?:kanal|newsletter))\b/i;

/**
 * A cookie notice, in any language: "cookies" with the site, the browser, consent or privacy ("Diese Website
 * verwendet Cookies"), so that a recipe's "these cookies use brown butter" stays.
 */
function isCookieNotice(text: string, words: number): boolean {
  return words < 80 && /\bcookies?\b/i.test(text)
    && /\b(?:website|site|web|webseite|seite|sitio|situs|browser|akzept|accept|consent|zustimm|einwillig|privacy|datenschutz|privacidad|privasi|confidentialité)/i.test(text);
}

function hasUiPrefix(text: string): boolean {
  if (text.length > 200) return false;
  const lower = text.toLowerCase();
  // "By Jane Doe", "By HNN Staff | November 18, 2019 at 2:26 PM": a byline, with or without its date.
  return allUiPrefixes.some((p) => lower.startsWith(p) && (p !== 'by ' || text.length < 80 || (text.length < 160 && /\||\d{4}/.test(text))));
}

/** Lines of the newsroom rather than the story: "Jane Doe, AP Sports Writer", "Image 2 of 5", "X contributed to this report." */
const NEWSROOM = /^(?:[\p{Lu}][\p{L}.'’-]*\s){1,4}[\p{Lu}][\p{L}.'’-]*,\s(?:[\p{L}]+\s){0,3}(?:writer|correspondent|reporter|editor|staff)$|^(?:image|photo|slide|foto|gambar)\s\d+\s(?:of|dari|\/)\s\d+$|contributed (?:to )?(?:this )?report(?:ing)?\b/iu;

/** Labels of a credit or source, in the languages of the news Ringkas reads: "Foto:", "Фото:", "Crédits photos :". */
const CREDIT_WORDS = 'reporter|editor|penulis|pewarta|fotografer|photographer|photos?|fotos?|фото|zdjęcie|fot\\.|images?|imagen|immagine|bild|bildquelle|titelbild|beitragsbild|credits?|crédits?(?: photos?)?|crédito|sumber|source|quelle|fuente|fonte|источник';
const CREDIT_LABEL = new RegExp(`^(?:(?:${CREDIT_WORDS})\\s*[:|/]|(?:photo(?:graph)?s?|images?|fotos?|bild(?:er)?)\\s(?:by|von|de|par|por)\\s|(?:photo|foto|bild)\\s*©)`, 'i');
/** A credit label on a line of its own: the line after it is the credit. */
const CREDIT_LABEL_ALONE = new RegExp(`^(?:${CREDIT_WORDS})\\s*:?$`, 'i');

/** A label line like "Reporter", "Editor: Jane Doe", "Photo: AFP" or "By Jane Doe". */
function isCreditLine(text: string, ctx: CleanContext): boolean {
  if (text.length > 120) return false;
  if (ctx.byline && lineKey(text) === lineKey(ctx.byline)) return true;
  if (ctx.byline && text.length < 80 && lineKey(text).endsWith(lineKey(ctx.byline)) && /^(by|oleh|penulis|reporter)\b/i.test(text)) return true;
  return CREDIT_LABEL.test(text) || /\b(?:photo(?:graph)?s? by|photo\s*:)\s*$/i.test(text);
}

function isBesideImage(el: Element): boolean {
  if (el.closest('figure')) return true;
  // A short line that holds an image and little else (the image's own credit line); two sentences beside an
  // image are the story's ("Curious? Then let my secret cast its spell!").
  const text = (el.textContent ?? '').trim();
  if (text.length < 80 && !forText(SENTENCE_THEN_CAPITAL, text).test(text) && el.querySelector('img, picture')) return true;
  return false;
}

/** A heading after the story that introduces other stories: "More News from Sci-Tech", "Leia também". */
function isRelatedHeading(text: string, words: number): boolean {
  if (words > 8) return false;
  const lower = text.toLowerCase();
  return allRelatedHeadings.some((h) => lower.startsWith(h));
}

/** Labels of a post's filing data: "Publicado por: X - Categoria: Saúde - Tags: …". */
const META_LABEL = /(?:^|[\s|·•–-])(?:published by|posted by|publicado por|posted in|filed under|categor(?:y|ies|ia|ía|ie|ies)|kategorie|kategori|tags?|schlagwörter|stichwörter|etiquetas?|autor|author|von|por|par|oleh|(?:news )?date|datum|fecha|tanggal)\s*:/gi;

/** A blog engine's footer: "This entry was posted on … and is filed under …", in any of these languages. */
const POST_FOOTER = /\b(?:posted|erstellt|veröffentlicht|publié|publicado|pubblicato)\b.{0,100}\b(?:filed under|abgelegt unter|abgelegt in|classé dans|archivado en|archiviato in)\b/i;

/** A bar of post data: "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS". */
function isMetaBar(text: string, words: number): boolean {
  if (words > 25) return false;
  const parts = text.split(/\s[|·•]\s/);
  return parts.length >= 3 && parts.some((p) => isDateLine(p) || /^\d{1,2}:\d{2}\b|\b\d+\s+(?:comments?|kommentare?|komentar|comentarios?|commentaires?)\b/i.test(p));
}

/** Reading time: "5 min read", "Lesezeit: 3 Minuten", "Tiempo de lectura: 4 min", "Ten tekst przeczytasz w 2 minuty". */
const READING_TIME = /^(?:\d+\s*(?:min(?:ute)?s?\.?|minuten)\s+(?:read|lesezeit|lesedauer|de lectura|de lecture|baca|di lettura)|(?:reading time|lesezeit|lesedauer|tiempo de lectura|temps de lecture|tempo de leitura|waktu baca|czas czytania)\s*:?\s*\d|ten tekst przeczytasz)/i;

/** A byline with its date: "von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr", "By Jane Doe on March 3, 2020". */
const DATED_BYLINE = new RegExp(String.raw`^(?:${BY_WORD})\s+${BYLINE_NAME}\s*(?:,|\||–|-|\bam\b|\bon\b|\bel\b|\ble\b|\bpada\b)\s*(.+)$`, 'u');

/** A teaser of another page: "Wettergutachten Auskunft über vergangenes Wetter… mehr •••", "… read more ›". */
const TEASER_END = /…\s*(?:mehr|more|más|plus|lebih|więcej)\s*[•›»>]+\s*$/i;

/** A server error printed into the page: "Warning: Creating default object from empty value in /www/… on line 12". */
const SERVER_ERROR = /^(?:warning|notice|deprecated|fatal error|parse error)\s*:.{0,200}\bin \/\S+/i;

/** A rights or licence notice: "Alle Rechte vorbehalten", "wszelkie prawa zastrzeżone", "published under the licence CC-BY-NC". */
const RIGHTS_NOTICE = /\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|wszelkie prawa zastrzeżone|hak cipta dilindungi|chroniony prawem autorskim)\b|\b(?:lizenz|license|licence|licencia|licença|unter|under)\b.{0,40}\b(?:CC[- ]BY|creative commons)/i;

/** An embedded social post's footer: "Posted by SPÖ on Monday, February 7, 2022". */
const EMBED_FOOTER = /(?:^|…\s*)posted by .{1,60} on \p{L}+day, \p{L}+ \d{1,2}, \d{4}$/iu;

/** A caption's credit after a comma: "Roman Prymula, photo: Archives du Gouvernement". */
const TRAILING_CREDIT = /,\s*(?:photo|foto|bild|image|crédit|credit)\s*:\s*[^.!?]{2,80}$/i;

function isDatedByline(text: string): boolean {
  const m = forText(DATED_BYLINE, text).exec(text);
  return !!m && isDateLine(m[1].replace(/\s*(?:uhr|wib|et|gmt|utc)$/i, ''));
}

/** A line of filing data: it starts with a category or tag label, or holds two such labels. */
function isFilingLine(text: string, words: number): boolean {
  if (words < 60 && POST_FOOTER.test(text)) return true;
  if (isMetaBar(text, words)) return true;
  if (words > 30) return false;
  const labels = text.match(META_LABEL)?.length ?? 0;
  return labels >= 2 || (labels === 1 && /^(?:categor|kategori|tags?\b|schlagw|stichw|etiqueta|filed under|posted in)/i.test(text));
}

/** A heading before the story that says the title again in other words ("Atendimento registra arrombamento em veículos"). */
function restatesTitle(text: string, titleWords: ReadonlySet<string>): boolean {
  const key = lineKey(text);
  const words = key.split(forText(NOT_LETTER_OR_DIGIT, key)).filter(Boolean);
  if (words.length < 3 || titleWords.size === 0) return false;
  return words.filter((w) => titleWords.has(w)).length >= words.length * 0.8;
}

/**
 * Drops blocks that are page UI rather than article: UI labels, credit and date
 * lines, repeated captions, the title repeated, link lists. Removed blocks'
 * elements leave the content DOM too, so the reader view shows what the text shows.
 */
export function cleanBlocks(blocks: ElementBlock[], ctx: CleanContext): ElementBlock[] {
  const seen = new Set<string>();
  // After a "related stories" style heading, the short lines that follow are its list.
  let inRelatedList = false;
  let afterCreditLabel = false;
  let promptList = false;
  const titleKey = lineKey(ctx.title);
  const titleWords = new Set(titleKey.split(forText(NOT_LETTER_OR_DIGIT, titleKey)).filter(Boolean));
  let storyStarted = false;
  const kept: ElementBlock[] = [];
  // Link lists after the story's last real paragraph are other stories; inside the story they are its content.
  let lastLongParagraph = -1;
  // Counted once: each count runs Unicode patterns over the block.
  const wordsOf = blocks.map((b) => wordCount(b.text));
  blocks.forEach((b, i) => { if (b.kind === 'paragraph' && wordsOf[i] >= 20) lastLongParagraph = i; });
  for (const [index, b] of blocks.entries()) {
    const words = wordsOf[index];
    // Short text in a figure or holding an image is a caption or credit, even without <figcaption>.
    if (b.kind !== 'caption' && b.kind !== 'heading' && words < 15 && isBesideImage(b.el)) b.kind = 'caption';
    const key = lineKey(b.text);
    let drop = false;
    if (b.kind !== 'list-item') promptList = false;
    // A prompt that ends in a colon ("Join now or renew to get:") lists its perks below.
    if (promptList && b.kind === 'list-item') drop = true;
    else if (inRelatedList && words < 20 && b.kind !== 'paragraph') drop = true;
    else if (inRelatedList && words < 14) drop = true;
    else if (afterCreditLabel && words < 12 && b.kind !== 'heading') drop = true;
    else if (isUiLine(b.text, key) || hasUiPrefix(b.text) || isCreditLine(b.text, ctx) || isDateLine(b.text)) drop = true;
    else if (key === titleKey && b.kind === 'heading') drop = true;
    else if (b.kind === 'heading' && !storyStarted && restatesTitle(b.text, titleWords)) drop = true;
    else if (isFilingLine(b.text, words)) drop = true;
    else if (words < 40 && PROMPT.test(b.text)) { drop = true; promptList = b.kind !== 'list-item' && /:\s*$/.test(b.text); }
    else if (isCookieNotice(b.text, words)) drop = true;
    else if (words < 60 && (SERVER_ERROR.test(b.text) || RIGHTS_NOTICE.test(b.text) || forText(EMBED_FOOTER, b.text).test(b.text))) drop = true;
    else if (words < 25 && TRAILING_CREDIT.test(b.text)) drop = true;
    else if (words < 15 && (READING_TIME.test(b.text) || TEASER_END.test(b.text))) drop = true;
    else if (words < 20 && isDatedByline(b.text)) drop = true;
    else if (words < 60 && CREDIT.test(b.text)) drop = true;
    // A credit does not end as a sentence after other sentences: "… this week? I asked three writers … Dot / Lift Off." is prose.
    else if (words < 60 && forText(AGENCY_AFTER_SLASH, b.text).test(b.text) && !(/[.!?]$/.test(b.text) && forText(SENTENCE_THEN_CAPITAL, b.text).test(b.text))) drop = true;
    // A lone word without punctuation in running text: a section label or a button ("Dunia", "Politics").
    else if (b.kind === 'paragraph' && forText(ONE_WORD, b.text).test(b.text)) drop = true;
    else if (words <= 6 && (forText(BYLINE_LINE, b.text).test(b.text) || forText(AGENCY_SLASH_NAME, b.text).test(b.text))) drop = true;
    else if (words < 25 && forText(NEWSROOM, b.text).test(b.text)) drop = true;
    // An all-capitals line that is a link: a headline of another story.
    else if (words >= 4 && b.text === b.text.toUpperCase() && forText(CAPITAL, b.text).test(b.text) && linkDensity(b.el) > 0.5) drop = true;
    // A caption printed twice, or a caption repeating a paragraph: keep the first.
    else if (seen.has(key) && (b.kind === 'caption' || words < 60)) drop = true;
    // A list item or short line that is all link and reads like a headline: a "related stories" entry.
    // (Short link lists — names, titles, products — are often the article's own content.)
    else if ((b.kind === 'list-item' || words < 15) && words >= 5 && index > lastLongParagraph && b.el.tagName !== 'P' && linkDensity(b.el) > 0.9 && b.kind !== 'heading') drop = true;
    // After the story, a heading that introduces other stories starts their list.
    const relatedHeading = lastLongParagraph >= 0 && index > lastLongParagraph && (b.kind === 'heading' || words <= 6) && isRelatedHeading(b.text, words);
    if (relatedHeading) drop = true;
    afterCreditLabel = CREDIT_LABEL_ALONE.test(b.text);
    inRelatedList = drop ? inRelatedList || relatedHeading || (isUiLine(b.text, key) && /related|also like|more from|recent|popular|terkait|don't miss|trending|top stories|latest/i.test(b.text)) : false;
    if (drop) {
      if (lineKey(b.el.textContent ?? '') === key && b.el.parentNode) b.el.remove();
      continue;
    }
    seen.add(key);
    if (b.kind === 'paragraph' && words >= 8) storyStarted = true;
    kept.push(b);
  }
  return kept;
}
