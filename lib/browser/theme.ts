import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { SETTINGS_STORAGE_KEY, themeOf } from '@/lib/theme-names';

/**
 * Applies the learner's theme choice (light / dark / follow the system) to an extension page.
 * Reads only the theme from the stored settings,
 * so the popup does not load the settings schema to paint itself.
 */
export async function applyTheme(): Promise<void> {
  document.documentElement.dataset.theme = themeOf(await storage.getItem(SETTINGS_STORAGE_KEY));
  document.documentElement.lang = browser.i18n.getUILanguage();
}
