import { useEffect, useState } from 'preact/hooks';
import type { BudgetSummary } from '@/lib/llm/daily-budget';
import { type LlmSettings, parseLlmSettings } from '@/lib/llm/llm-settings';
import type { ConnectionVerdict } from '@/lib/llm/test-connection';

// TODO(2026-06): move these strings to public/_locales once the LLM section is wired (owned by i18n).
interface Props {
  settings: LlmSettings;
  /** Persists the provider settings (the background keeps the key; it never reaches a page). */
  onSave: (next: LlmSettings) => Promise<{ ok: boolean; message?: string } | undefined>;
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

  useEffect(() => {
    setDraft(settings);
    setSitesText(settings.excludedSites.join('\n'));
    setAllowedText(settings.allowedSites.join('\n'));
  }, [settings]);

  const current = (): LlmSettings =>
    parseLlmSettings({ ...draft, excludedSites: sitesFrom(sitesText), allowedSites: sitesFrom(allowedText) });
  const save = async (next: LlmSettings) => {
    setDraft(next);
    setVerdict(null);
    const reply = await onSave(next);
    // A refused Base URL or a key left behind for another server is said, not hidden behind "Saved".
    if (reply && !reply.ok)
      setVerdict({ status: 'invalid-settings', message: reply.message ?? 'Not saved.' });
    else setStatus(reply?.message ? `Saved. ${reply.message}` : 'Saved.');
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
      <h2 id="llm-heading">Language model (optional)</h2>
      <p class="muted hint" id="llm-consent-hint">
        Rung works fully offline. With a model it can write better questions, grade typed answers and explain
        gaps. Only the passage needed is sent, never the whole page, and nothing is sent while this is off.
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
        Use an LLM
      </label>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(current());
        }}
      >
        <fieldset>
          <legend>Provider</legend>
          <label class="check">
            <input
              type="radio"
              name="llm-provider"
              checked={!builtIn}
              onChange={() => setDraft({ ...draft, provider: 'openai-compatible' })}
            />
            OpenAI or a compatible server (Ollama, LM Studio, llama.cpp, vLLM, OpenRouter)
          </label>
          <label class="check">
            <input
              type="radio"
              name="llm-provider"
              checked={builtIn}
              disabled={!promptApiAvailable}
              onChange={() => setDraft({ ...draft, provider: 'chrome-prompt-api' })}
            />
            The browser's built-in model (no key needed)
          </label>
        </fieldset>
        {!builtIn && (
          <>
            <label class="field">
              Base URL
              <input
                type="url"
                value={draft.baseURL}
                placeholder="http://localhost:11434/v1"
                spellcheck={false}
                onInput={(e) => setDraft({ ...draft, baseURL: value(e) })}
              />
            </label>
            <label class="field">
              Model
              <input
                type="text"
                value={draft.model}
                placeholder="llama3.2"
                spellcheck={false}
                onInput={(e) => setDraft({ ...draft, model: value(e) })}
              />
            </label>
            <label class="field">
              API key
              <input
                type="password"
                value={draft.apiKey}
                autocomplete="off"
                aria-describedby="llm-key-hint"
                onInput={(e) => setDraft({ ...draft, apiKey: value(e) })}
              />
            </label>
            <p class="muted hint" id="llm-key-hint">
              Kept in Rung's own database in this browser, for this server only; never given to web pages.
              Local servers need none.
            </p>
          </>
        )}
        <label class="field">
          Sites allowed to use the LLM (the popup asks on each new site; remove a site to revoke)
          <textarea
            rows={3}
            value={allowedText}
            placeholder="docs.python.org"
            spellcheck={false}
            onInput={(e) => setAllowedText((e.target as HTMLTextAreaElement).value)}
          />
        </label>
        <label class="field">
          Never send text from these sites
          <textarea
            rows={3}
            value={sitesText}
            placeholder="bank.example"
            spellcheck={false}
            onInput={(e) => setSitesText((e.target as HTMLTextAreaElement).value)}
          />
        </label>
        <label class="field inline">
          Requests per day
          <input
            type="number"
            min={0}
            max={100000}
            value={draft.dailyRequestBudget}
            onInput={(e) => setDraft({ ...draft, dailyRequestBudget: Math.round(Number(value(e))) })}
          />
        </label>
        <label class="field inline">
          Tokens per day
          <input
            type="number"
            min={0}
            max={100000000}
            step={1000}
            value={draft.dailyTokenBudget}
            onInput={(e) => setDraft({ ...draft, dailyTokenBudget: Math.round(Number(value(e))) })}
          />
        </label>
        {budget && (
          <p class="muted" data-testid="llm-budget">
            Today: {budget.requests} of {budget.requestLimit} requests and {budget.tokens.toLocaleString()} of{' '}
            {budget.tokenLimit.toLocaleString()} tokens used.
          </p>
        )}
        <div class="row">
          <button type="submit">Save</button>
          <button type="button" onClick={() => void test()} disabled={testing} aria-busy={testing}>
            Test connection
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" class={verdict && verdict.status !== 'ok' ? 'error' : 'muted'}>
        {testing ? 'Testing…' : (verdict?.message ?? status)}
      </p>
    </section>
  );
}
