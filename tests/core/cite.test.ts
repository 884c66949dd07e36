import { expect, test } from 'vitest';
import { attribution, citeExcerpt, citeQuote, citeQuoteMarkdown, formatDate, spokenText } from '../../src/core/cite';

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

test('a selected passage is cited with its speaker, or with the author and title of the article', () => {
  expect(citeExcerpt('kerja sama', 'Retno Marsudi', source, 'en-GB')).toBe('"kerja sama" — Retno Marsudi, Alinea.id, 7 July 2021, https://www.alinea.id/dunia/x');
  expect(citeExcerpt('The river rose\n  two metres', null, { ...source, byline: 'Sari W', title: 'Floods "again"' }, 'en-GB'))
    .toBe('"The river rose two metres" — Sari W, "Floods \'again\'", Alinea.id, 7 July 2021, https://www.alinea.id/dunia/x');
});

test('a quote interrupted by its attribution is copied as what was said, joined by an ellipsis', () => {
  expect(spokenText(['"We cannot ask people to wait,"', '"This is the cheapest year."'])).toBe('"We cannot ask people to wait … This is the cheapest year."');
  expect(spokenText(['“The boats are ready,”', '“What we need is a quay.”', '“Soon.”'])).toBe('“The boats are ready … What we need is a quay. … Soon.”');
  expect(spokenText(['"Only one part."'])).toBe('"Only one part."');
});

test('a quote is attributed to its speaker, with the account of a second-hand quote after it, in the reader\'s words', () => {
  expect(attribution({ speaker: 'Scott Walker', via: 'Reuters' })).toBe('Scott Walker, according to Reuters');
  expect(attribution({ speaker: 'Scott Walker', via: 'Reuters' }, (v) => `menurut ${v}`)).toBe('Scott Walker, menurut Reuters');
  expect(attribution({ speaker: null, via: 'Reuters' })).toBe('according to Reuters');
  expect(attribution({ speaker: 'Ann Berg', via: null })).toBe('Ann Berg');
  expect(attribution({ speaker: null })).toBeNull();
});
