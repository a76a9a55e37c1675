import { useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import type { Settings } from '@/lib/settings';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

function hostFrom(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  try {
    return new URL(s.includes('://') ? s : `https://${s}`).hostname || null;
  } catch {
    return null;
  }
}

/** Which sites Rung reads and where its overlay shows: a default plus per-site switches. */
export function SiteSettings({ settings, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const hosts = [...new Set([...Object.keys(settings.sites), ...Object.keys(settings.overlaySites)])].sort();
  const setSite = (host: string, read: boolean) =>
    onChange({ ...settings, sites: { ...settings.sites, [host]: read } });
  const setOverlay = (host: string, on: boolean) =>
    onChange({ ...settings, overlaySites: { ...settings.overlaySites, [host]: on } });
  const remove = (host: string) => {
    const sites = { ...settings.sites };
    const overlaySites = { ...settings.overlaySites };
    delete sites[host];
    delete overlaySites[host];
    onChange({ ...settings, sites, overlaySites });
  };
  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.readByDefault}
          onChange={(e) => onChange({ ...settings, readByDefault: (e.target as HTMLInputElement).checked })}
        />
        {t('readByDefault')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.overlayByDefault}
          onChange={(e) =>
            onChange({ ...settings, overlayByDefault: (e.target as HTMLInputElement).checked })
          }
        />
        {t('overlayByDefault')}
      </label>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const host = hostFrom(draft);
          if (host) {
            setSite(host, false);
            setDraft('');
          }
        }}
      >
        <label class="field inline">
          {t('addSiteLabel')}
          <input
            type="text"
            value={draft}
            placeholder="example.com"
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('turnOffSite')}</button>
      </form>
      {hosts.length > 0 && (
        <table class="sites">
          <caption class="visually-hidden">{t('sitesHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('siteColumn')}</th>
              <th scope="col">{t('readColumn')}</th>
              <th scope="col">{t('overlayColumn')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('removeSite')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {hosts.map((host) => (
              <tr key={host}>
                <th scope="row">{host}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t('readColumn')}: ${host}`}
                    checked={settings.sites[host] ?? settings.readByDefault}
                    onChange={(e) => setSite(host, (e.target as HTMLInputElement).checked)}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t('overlayColumn')}: ${host}`}
                    checked={settings.overlaySites[host] ?? settings.overlayByDefault}
                    onChange={(e) => setOverlay(host, (e.target as HTMLInputElement).checked)}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    class="small"
                    onClick={() => remove(host)}
                    aria-label={`${t('removeSite')}: ${host}`}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
