import { t } from '@/lib/browser/i18n';
import { CONCEPT_KINDS } from '@/lib/kinds';
import type { Settings } from '@/lib/settings';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
}

function list(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 50);
}

/** Criterion, daily goal, kinds of concepts, languages and theme. */
export function LearningSettings({ settings, onChange }: Props) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <section aria-labelledby="learning-heading" class="card">
      <h2 id="learning-heading">{t('learningHeading')}</h2>
      <label class="field">
        {t('criterionLabel')}
        <input
          type="number"
          min={50}
          max={99}
          step={1}
          value={Math.round(settings.criterion.pCorrect * 100)}
          onChange={(e) => {
            const v = Number((e.target as HTMLInputElement).value);
            if (v >= 50 && v <= 99) set({ criterion: { ...settings.criterion, pCorrect: v / 100 } });
          }}
        />
      </label>
      <p class="muted hint">{t('criterionHint')}</p>
      <label class="field">
        {t('dailyGoalLabel')}
        <input
          type="number"
          min={1}
          max={500}
          value={settings.dailyGoal}
          onChange={(e) => {
            const v = Math.round(Number((e.target as HTMLInputElement).value));
            if (v >= 1 && v <= 500) set({ dailyGoal: v });
          }}
        />
      </label>
      <fieldset>
        <legend>{t('kindsLegend')}</legend>
        {CONCEPT_KINDS.map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              checked={settings.kinds[kind]}
              onChange={(e) =>
                set({ kinds: { ...settings.kinds, [kind]: (e.target as HTMLInputElement).checked } })
              }
            />
            {t(kind === 'term' ? 'kindTerm' : kind === 'api' ? 'kindApi' : 'kindVocab')}
          </label>
        ))}
      </fieldset>
      <label class="field">
        {t('knownLanguagesLabel')}
        <input
          type="text"
          value={settings.knownLanguages.join(', ')}
          onChange={(e) => set({ knownLanguages: list((e.target as HTMLInputElement).value) })}
        />
      </label>
      <label class="field">
        {t('learningLanguagesLabel')}
        <input
          type="text"
          value={settings.learningLanguages.join(', ')}
          onChange={(e) => set({ learningLanguages: list((e.target as HTMLInputElement).value) })}
        />
      </label>
      <fieldset>
        <legend>{t('themeLegend')}</legend>
        {(['system', 'light', 'dark'] as const).map((theme) => (
          <label key={theme} class="check">
            <input
              type="radio"
              name="theme"
              checked={settings.theme === theme}
              onChange={() => set({ theme })}
            />
            {t(theme === 'system' ? 'themeSystem' : theme === 'light' ? 'themeLight' : 'themeDark')}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
