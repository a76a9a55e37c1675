import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import type { BudgetSummary } from '@/lib/llm/daily-budget';
import { type LlmSettings, parseLlmSettings } from '@/lib/llm/llm-settings';
import type { ConnectionVerdict } from '@/lib/llm/test-connection';

interface Props {
  settings: LlmSettings;
  /** Persists the provider settings (the background keeps the key; it never reaches a page). */
  onSave: (next: LlmSettings) => Promise<{ message?: string } | undefined>;
  /** Runs testConnection in the background with these (possibly unsaved) settings. */
  onTest: (settings: LlmSettings) => Promise<ConnectionVerdict>;
  /** Today's spending, when known. */
  budget?: BudgetSummary;
  /** Whether this browser has a built-in model (Chrome's Prompt API). */
  promptApiAvailable?: boolean;
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

function sitesFrom(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((s) =>
          s
            .trim()
            .toLowerCase()
            .replace(/^https?:\/\//, '')
            .replace(/\/.*$/, ''),
        )
        .filter(Boolean),
    ),
  ];
}

/**
 * The provider section of the settings page: the "Use an LLM" switch, the endpoint fields, a
 * connection test that says what is wrong, the per-site exclusions and today's budget.
 */
export function LlmSettingsSection({ settings, onSave, onTest, budget, promptApiAvailable = false }: Props) {
  const [draft, setDraft] = useState<LlmSettings>(settings);
  const [sitesText, setSitesText] = useState(settings.excludedSites.join('\n'));
  const [allowedText, setAllowedText] = useState(settings.allowedSites.join('\n'));
  const [verdict, setVerdict] = useState<ConnectionVerdict | null>(null);
  const [testing, setTesting] = useState(false);
  const [status, setStatus] = useState('');

  // Typed since the last save began: the settings that save sends back must not overwrite it. (The
  // switch saves at once; a Base URL typed while that save was on its way was lost when its reply
  // reset the form.)
  const edited = useRef(false);
  const edit = (next: LlmSettings) => {
    edited.current = true;
    setDraft(next);
  };
  const editText = (set: (text: string) => void) => (e: Event) => {
    edited.current = true;
    set((e.target as HTMLTextAreaElement).value);
  };

  useEffect(() => {
    if (edited.current) return;
    setDraft(settings);
    setSitesText(settings.excludedSites.join('\n'));
    setAllowedText(settings.allowedSites.join('\n'));
  }, [settings]);

  const current = (): LlmSettings =>
    parseLlmSettings({ ...draft, excludedSites: sitesFrom(sitesText), allowedSites: sitesFrom(allowedText) });
  const save = async (next: LlmSettings) => {
    edited.current = false;
    setDraft(next);
    setVerdict(null);
    try {
      const reply = await onSave(next);
      setStatus(reply?.message ? `${t('llmSaved')} ${reply.message}` : t('llmSaved'));
    } catch (error) {
      // A refused Base URL is said, not hidden behind "Saved".
      setVerdict({
        status: 'invalid-settings',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  const test = async () => {
    setTesting(true);
    setVerdict(null);
    try {
      setVerdict(await onTest(current()));
    } catch (err) {
      setVerdict({ status: 'error', message: err instanceof Error ? err.message : String(err) });
    } finally {
      setTesting(false);
    }
  };
  const builtIn = draft.provider === 'chrome-prompt-api';

  return (
    <section aria-labelledby="llm-heading" class="card">
      <h2 id="llm-heading">{t('llmHeading')}</h2>
      <p class="muted hint" id="llm-consent-hint">
        {t('llmConsentHint')}
      </p>
      <label class="check">
        <input
          type="checkbox"
          role="switch"
          aria-checked={draft.enabled}
          aria-describedby="llm-consent-hint"
          checked={draft.enabled}
          onChange={(e) => void save({ ...current(), enabled: (e.target as HTMLInputElement).checked })}
        />
        {t('llmUse')}
      </label>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(current());
        }}
      >
        <fieldset>
          <legend>{t('llmProvider')}</legend>
          <label class="check">
            <input
              type="radio"
              name="llm-provider"
              checked={!builtIn}
              onChange={() => edit({ ...draft, provider: 'openai-compatible' })}
            />
            {t('llmProviderOpenAi')}
          </label>
          <label class="check">
            <input
              type="radio"
              name="llm-provider"
              checked={builtIn}
              disabled={!promptApiAvailable}
              onChange={() => edit({ ...draft, provider: 'chrome-prompt-api' })}
            />
            {t('llmProviderBuiltIn')}
          </label>
        </fieldset>
        {!builtIn && (
          <>
            <label class="field">
              {t('llmBaseUrl')}
              <input
                type="url"
                value={draft.baseURL}
                placeholder="http://localhost:11434/v1"
                spellcheck={false}
                onInput={(e) => edit({ ...draft, baseURL: value(e) })}
              />
            </label>
            <label class="field">
              {t('llmModel')}
              <input
                type="text"
                value={draft.model}
                placeholder="llama3.2"
                spellcheck={false}
                onInput={(e) => edit({ ...draft, model: value(e) })}
              />
            </label>
            <label class="field">
              {t('llmApiKey')}
              <input
                type="password"
                value={draft.apiKey}
                autocomplete="off"
                aria-describedby="llm-key-hint"
                onInput={(e) => edit({ ...draft, apiKey: value(e) })}
              />
            </label>
            <p class="muted hint" id="llm-key-hint">
              {t('llmKeyHint')}
            </p>
          </>
        )}
        <label class="field">
          {t('llmAllowedSites')}
          <textarea
            rows={3}
            value={allowedText}
            placeholder="docs.python.org"
            spellcheck={false}
            onInput={editText(setAllowedText)}
          />
        </label>
        <label class="field">
          {t('llmExcludedSites')}
          <textarea
            rows={3}
            value={sitesText}
            placeholder="bank.example"
            spellcheck={false}
            onInput={editText(setSitesText)}
          />
        </label>
        <label class="field inline">
          {t('llmRequestsPerDay')}
          <input
            type="number"
            min={0}
            max={100000}
            value={draft.dailyRequestBudget}
            onInput={(e) => edit({ ...draft, dailyRequestBudget: Math.round(Number(value(e))) })}
          />
        </label>
        <label class="field inline">
          {t('llmTokensPerDay')}
          <input
            type="number"
            min={0}
            max={100000000}
            step={1000}
            value={draft.dailyTokenBudget}
            onInput={(e) => edit({ ...draft, dailyTokenBudget: Math.round(Number(value(e))) })}
          />
        </label>
        {budget && (
          <p class="muted" data-testid="llm-budget">
            {t('llmBudgetToday', [
              budget.requests,
              budget.requestLimit,
              budget.tokens.toLocaleString(),
              budget.tokenLimit.toLocaleString(),
            ])}
          </p>
        )}
        <div class="row">
          <button type="submit">{t('llmSave')}</button>
          <button type="button" onClick={() => void test()} disabled={testing} aria-busy={testing}>
            {t('llmTestConnection')}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" class={verdict && verdict.status !== 'ok' ? 'error' : 'muted'}>
        {testing ? t('llmTesting') : (verdict?.message ?? status)}
      </p>
    </section>
  );
}
