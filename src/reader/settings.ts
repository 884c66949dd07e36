/**
 * The reader's display settings: what they may be, their defaults, and how a
 * stored value (which any older version or another device may have written)
 * is read back safely. Stored in storage.sync so they follow the user.
 */

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const FONTS = ['serif', 'sans'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const LINE_HEIGHTS = ['compact', 'normal', 'loose'] as const;
/** Text sizes in pixels; the controls step through them. */
export const SIZES = [14, 16, 18, 20, 22, 24, 28, 32] as const;

export interface ReaderSettings {
  theme: (typeof THEMES)[number];
  font: (typeof FONTS)[number];
  size: (typeof SIZES)[number];
  width: (typeof WIDTHS)[number];
  lineHeight: (typeof LINE_HEIGHTS)[number];
}

export const DEFAULT_SETTINGS: ReaderSettings = { theme: 'system', font: 'serif', size: 20, width: 'medium', lineHeight: 'normal' };

export const STORAGE_KEY = 'readerSettings';

function oneOf<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Any stored value → valid settings; unknown or broken fields fall back to their defaults. */
export function readSettings(stored: unknown): ReaderSettings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    theme: oneOf(THEMES, s.theme, d.theme),
    font: oneOf(FONTS, s.font, d.font),
    size: oneOf(SIZES, s.size, d.size),
    width: oneOf(WIDTHS, s.width, d.width),
    lineHeight: oneOf(LINE_HEIGHTS, s.lineHeight, d.lineHeight),
  };
}

/** The next text size up (+1) or down (−1), staying within the steps. */
export function stepSize(size: ReaderSettings['size'], direction: 1 | -1): ReaderSettings['size'] {
  const i = SIZES.indexOf(size);
  return SIZES[Math.min(SIZES.length - 1, Math.max(0, (i < 0 ? SIZES.indexOf(DEFAULT_SETTINGS.size) : i) + direction))];
}
