import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import { loadSettings, saveSettings } from '@/lib/browser/settings-store';
import type { Settings } from '@/lib/settings';
import { LearningSettings } from './learning-settings';
import { SiteSettings } from './site-settings';

/** The settings page: each section edits one part of the settings and saves at once. */
export function OptionsApp({ extraSections }: { extraSections?: preact.ComponentChildren }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  if (!settings) return <p class="pad muted">{t('loading')}</p>;

  const update = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
    document.documentElement.dataset.theme = next.theme;
    setSaved(t('saved'));
  };

  return (
    <main class="options">
      <header>
        <h1>
          <span aria-hidden="true">▤ </span>
          {t('settingsTitle')}
        </h1>
        <p class="muted" role="status">
          {saved ?? ''}
        </p>
      </header>
      <LearningSettings settings={settings} onChange={update} />
      <SiteSettings settings={settings} onChange={update} />
      {extraSections}
    </main>
  );
}
