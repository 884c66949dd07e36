import { expect, test } from 'vitest';
import { leadImage } from '../../src/reader/lead-image';

test('the lead image is shown when the text does not already have it', () => {
  expect(leadImage('https://img.example/2023/03/flood-jakarta.jpg?w=1200', '<p>Text about flood-jakarta</p>')).toBe('https://img.example/2023/03/flood-jakarta.jpg?w=1200');
  expect(leadImage('https://img.example/2023/03/flood-jakarta.jpg?w=1200', '<figure><img src="https://img.example/2023/03/flood-jakarta.webp?w=600"></figure>')).toBeNull();
});

test('only web images, never javascript: or data: URLs', () => {
  expect(leadImage('javascript:alert(1)', '')).toBeNull();
  expect(leadImage('data:image/svg+xml,<svg onload=alert(1)>', '')).toBeNull();
  expect(leadImage(null, '')).toBeNull();
});
