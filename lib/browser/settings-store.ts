import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/lib/settings';
import { SETTINGS_STORAGE_KEY } from '@/lib/theme-names';

/** Learner settings in extension storage ("local", never synced: site lists are private). */
export const settingsItem = storage.defineItem<Settings>(SETTINGS_STORAGE_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(next));
}
