import { expect, test } from 'vitest';
import { citeQuote, citeQuoteMarkdown, formatDate } from '../../src/core/cite';

const source = { site: 'Alinea.id', date: '2021-07-07T11:34:00+07:00', url: 'https://www.alinea.id/dunia/x' };

test('a copied quote carries speaker, site, date and URL', () => {
  expect(citeQuote('"Saatnya bekerja sama,"', 'Retno Marsudi', source, 'en-GB')).toBe('"Saatnya bekerja sama" — Retno Marsudi, Alinea.id, 7 July 2021, https://www.alinea.id/dunia/x');
});

test('the date is the calendar day the page states, whatever the time zone', () => {
  expect(formatDate('2021-07-07T23:59:00-10:00', 'en-GB')).toBe('7 July 2021');
  expect(formatDate(null)).toBeNull();
});

test('Markdown: blockquote, attribution, link', () => {
  expect(citeQuoteMarkdown('“We will,”', 'Ann Berg', source, 'en-GB')).toBe('> “We will”\n>\n> — Ann Berg, [Alinea.id](https://www.alinea.id/dunia/x), 7 July 2021');
});
