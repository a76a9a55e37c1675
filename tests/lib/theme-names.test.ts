import { describe, expect, it } from 'vitest';
import { parseSettings } from '@/lib/settings';
import { THEMES, themeOf } from '@/lib/theme-names';

describe('the theme an extension page paints with', () => {
  it('is the stored theme when Rung knows it, else "system"', () => {
    for (const t of THEMES) expect(themeOf({ theme: t })).toBe(t);
    expect(themeOf({ theme: 'neon' })).toBe('system');
    expect(themeOf({ theme: 3 })).toBe('system');
    expect(themeOf(null)).toBe('system');
    expect(themeOf(undefined)).toBe('system');
    expect(themeOf('dark')).toBe('system');
  });

  it('agrees with the settings schema on every stored value', () => {
    for (const theme of [...THEMES, 'neon', undefined]) {
      const stored = theme === undefined ? {} : { theme };
      expect(themeOf(stored), String(theme)).toBe(parseSettings(stored).theme);
    }
  });
});
