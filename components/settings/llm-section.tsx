import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import { ask } from '@/lib/browser/messaging';
import { promptApiAvailable } from '@/lib/browser/prompt-api';
import type { BudgetSummary } from '@/lib/llm/daily-budget';
import type { LlmSettings } from '@/lib/llm/llm-settings';
import type { LlmLogEntry } from '@/lib/types';
import { LlmLog } from './llm-log';
import { LlmSettingsSection } from './llm-settings';

/**
 * The settings page's LLM part. Everything goes through the background: the page never reads
 * `local:llm` itself, and gets the API key only as a mask (saving the mask keeps the stored key).
 */
export function LlmSection() {
  const [settings, setSettings] = useState<LlmSettings | null>(null);
  const [budget, setBudget] = useState<BudgetSummary | undefined>(undefined);
  const [entries, setEntries] = useState<LlmLogEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [builtIn, setBuiltIn] = useState(false);
  useEffect(() => {
    void promptApiAvailable().then(setBuiltIn);
  }, []);

  /** The budget and the log change with every request; the settings only when saved. */
  const refreshUsage = useCallback(async () => {
    const [spent, log] = await Promise.all([ask('llm/budget', {}), ask('llm/log/list', { limit: 100 })]);
    setBudget(spent);
    setEntries(log.entries);
  }, []);
  const refresh = useCallback(async () => {
    try {
      // A new settings object resets the form's draft, so this runs only on load and after Save.
      setSettings((await ask('llm/settings/get', {})).settings);
      await refreshUsage();
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [refreshUsage]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  if (error && !settings) {
    return (
      <p class="error" role="alert">
        {t('errorPrefix', error)}
      </p>
    );
  }
  if (!settings) return <p class="muted">{t('loading')}</p>;

  return (
    <>
      <LlmSettingsSection
        promptApiAvailable={builtIn}
        settings={settings}
        budget={budget}
        onSave={async (next) => {
          // A refused setting throws (RungMessageError) and the section shows why.
          const reply = await ask('llm/settings/save', { settings: next });
          await refresh();
          return reply;
        }}
        onTest={async (draft) => {
          const verdict = await ask('llm/test', { settings: draft });
          // Keeps the unsaved draft: only the usage is read again.
          await refreshUsage().catch(() => undefined);
          return verdict;
        }}
      />
      <LlmLog
        entries={entries}
        onClear={async () => {
          await ask('llm/log/clear', {});
          await refresh();
        }}
      />
    </>
  );
}
