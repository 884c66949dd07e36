import { describe, expect, test } from 'vitest';
import { datelineLength, trimDateline } from '../../src/core/dateline';

describe('dateline', () => {
  test('a dateline opening a report is trimmed: place, agency, site, a date', () => {
    expect(trimDateline('WASHINGTON (AP) — The Senate voted on Tuesday to pass the bill.')).toBe('The Senate voted on Tuesday to pass the bill.');
    expect(trimDateline('Suara.com - Cerita sekuel terbaru film itu bocor ke publik.')).toBe('Cerita sekuel terbaru film itu bocor ke publik.');
    expect(trimDateline('SPRINGFIELD, July 25 (UPI) — The city council released a statement on Monday.')).toBe('The city council released a statement on Monday.');
  });

  test('no dateline, nothing trimmed; a dash deep in a sentence is none', () => {
    expect(trimDateline('Retno Marsudi spoke on Monday about the meeting.')).toBe('Retno Marsudi spoke on Monday about the meeting.');
    expect(datelineLength('The mayor, who spoke on Monday — and again on Tuesday — said little.')).toBe(0);
  });
});
