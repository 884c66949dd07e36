import { describe, expect, test } from 'vitest';
import { forText, isPlainLatin, LATIN_CLASSES, latinSource } from '../../src/core/latin-pattern';

/** Every UTF-16 unit that plain Latin text may hold. */
const PLAIN = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter(isPlainLatin);

describe('Latin twins of Unicode property patterns', () => {
  test('plain Latin is ASCII, Latin-1 letters and × ÷, the no-break space, European quotation marks, dashes and a few signs; nothing else', () => {
    expect(PLAIN.length).toBe(95 + 5 + 1 + 64 + 7 + 12);
    for (const s of ['Retno Marsudi', 'Café “Zürich” — 2019…', 'a\u00a0b', '„Ja“, «oui» © 2020 • 5 €']) expect(isPlainLatin(s)).toBe(true);
    for (const s of ['µ', '²', '¶', 'ſ', 'Ā', '£', '′', '\u200b', '\u00ad', '北京', '😀']) expect(isPlainLatin(s)).toBe(false);
  });

  test.each(Object.keys(LATIN_CLASSES))('\\p{%s} and its ranges agree on every plain Latin character, with and without case', (name) => {
    for (const flags of ['', 'i']) {
      const unicode = new RegExp(`\\p{${name}}`, `u${flags}`);
      const latin = new RegExp(latinSource(unicode) as string, flags);
      for (const ch of PLAIN) expect(latin.test(ch), `${name}/${flags} ${ch} U+${ch.charCodeAt(0).toString(16)}`).toBe(unicode.test(ch));
    }
  });

  test('classes are spelled out inside and outside brackets, negated and in lookarounds; other properties have no twin', () => {
    expect(latinSource(/[^\p{L}\p{N}]+/u)).toBe(`[^${LATIN_CLASSES.L}${LATIN_CLASSES.N}]+`);
    expect(latinSource(/(?<=\d)(?=\p{L})\P{N}/u)).toBe(`(?<=\\d)(?=[${LATIN_CLASSES.L}])[^${LATIN_CLASSES.N}]`);
    expect(latinSource(/[\p{L}.'’-]\\p/u)).toBe(`[${LATIN_CLASSES.L}.'’-]\\\\p`);
    expect(latinSource(/\p{Script=Han}/u)).toBeNull();
    expect(latinSource(/[^\P{L}]/u)).toBeNull();
    expect(latinSource(/\u{1F600}/u)).toBeNull();
  });

  // Patterns as the core writes them, on random plain Latin text: every match, replacement and split the same.
  const PATTERNS = [/^[\s\p{P}\p{S}]+|[\s\p{P}]+$/gu, /[\p{L}\p{N}]+/gu, /[^\p{L}\p{N}]+/u, /\b\p{Lu}{2,4}\b/gu, /(?<=\d)(?=\p{L})/gu,
    /(?:^|[\s(“"'])([\p{L}.]+)\.$/u, /(?<=\s)\p{Lu}\p{Ll}+/gu, /^(?:[\p{Lu}][\p{L}.'’-]*\s){1,4}[\p{Lu}][\p{L}.'’-]*,\s(?:[\p{L}]+\s){0,3}(?:writer|editor)$/iu,
    /posted by .{1,60} on \p{L}+day, \p{L}+ \d{1,2}, \d{4}$/iu, /\b\p{Ll}+nya\b/u];
  const ALPHABET = 'aAbByYzZéÉßÿØ×÷09 .,;:!?-–—’‘“”„‚«»‹›…•·©®°€"\'()/$+\u00a0\nxX';
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const texts = Array.from({ length: 3000 }, () => Array.from({ length: 1 + Math.floor(random() * 40) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join(''));
  texts.push('posted by Jane Doe on Monday, June 3, 2019', 'Jane Doe, Staff Writer', 'AMT 10:30 WIB', 'katanya Budi', 'J. Smith');

  test.each(PATTERNS.map((p) => [p.source.slice(0, 40), p]))('%s', (_name, pattern) => {
    for (const text of texts) {
      const twin = forText(pattern, text);
      expect(twin).not.toBe(pattern);
      expect(text.match(twin), text).toEqual(text.match(pattern));
      expect(text.replace(twin, '#'), text).toBe(text.replace(pattern, '#'));
      if (!pattern.global) expect(text.split(twin), text).toEqual(text.split(pattern));
    }
  });

  test('text that is not plain Latin gets the pattern itself', () => {
    const pattern = /\p{L}+/gu;
    expect(forText(pattern, 'Ātrs')).toBe(pattern);
    expect(forText(pattern, 'Atrs')).not.toBe(pattern);
  });
});
