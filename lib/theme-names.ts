/** Where the learner's settings are stored (lib/browser/settings-store.ts writes them). */
export const SETTINGS_STORAGE_KEY = 'local:settings';

/** The themes of Rung's own UI; zod-free, so a page that only applies the theme loads no schema. */
export const THEMES = ['light', 'dark', 'system'] as const;
export type ThemeName = (typeof THEMES)[number];

/** The stored theme when it is one Rung knows, else "system" (a hand-edited or older value). */
export function themeOf(stored: unknown): ThemeName {
  const t = typeof stored === 'object' && stored !== null ? (stored as { theme?: unknown }).theme : undefined;
  return THEMES.find((name) => name === t) ?? 'system';
}
