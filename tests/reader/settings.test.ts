import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, stepSize } from '../../src/reader/settings';

test('stored settings are read back; broken or foreign values fall back to defaults', () => {
  expect(readSettings({ theme: 'sepia', font: 'sans', size: 24, width: 'wide', lineHeight: 'loose' }))
    .toEqual({ theme: 'sepia', font: 'sans', size: 24, width: 'wide', lineHeight: 'loose' });
  expect(readSettings({ theme: 'neon', font: 'comic', size: 9999, width: '100vw;color:red', lineHeight: null, extra: 1 })).toEqual(DEFAULT_SETTINGS);
  expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  expect(readSettings('dark')).toEqual(DEFAULT_SETTINGS);
});

test('text size steps up and down and stops at the ends', () => {
  expect(stepSize(20, 1)).toBe(22);
  expect(stepSize(20, -1)).toBe(18);
  expect(stepSize(32, 1)).toBe(32);
  expect(stepSize(14, -1)).toBe(14);
});
