import { browser } from 'wxt/browser';
import { loadSettings } from './settings-store';

/** Applies the learner's theme choice (light / dark / follow the system) to an extension page. */
export async function applyTheme(): Promise<void> {
  const { theme } = await loadSettings();
  document.documentElement.dataset.theme = theme;
  document.documentElement.lang = browser.i18n.getUILanguage();
}
