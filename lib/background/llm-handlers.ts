import { consentGate } from '@/lib/llm/consent-gate';
import { summarizeBudget } from '@/lib/llm/daily-budget';
import { dexieLog } from '@/lib/llm/dexie-log';
import { DEFAULT_LLM_SETTINGS, type LlmSettings } from '@/lib/llm/llm-settings';
import { testConnection } from '@/lib/llm/test-connection';
import type { Handlers } from '@/lib/messaging/dispatch';
import { RungFailure } from '@/lib/protocol';
import type { BackgroundDeps } from './deps';

/**
 * What the settings page gets instead of the API key: it shows that a key is set, and saving it
 * back unchanged keeps the stored key. The key itself never leaves the background.
 */
export const KEY_MASK = '••••••••';

type LlmHandlers = Pick<
  Handlers,
  | 'llm/settings/get'
  | 'llm/settings/save'
  | 'llm/test'
  | 'llm/log/list'
  | 'llm/log/clear'
  | 'llm/budget'
  | 'llm/status'
>;

function masked(settings: LlmSettings): LlmSettings {
  return { ...settings, apiKey: settings.apiKey ? KEY_MASK : '' };
}

/** The settings page's LLM messages, and the popup's "is the LLM on here?". */
export function createLlmHandlers(deps: BackgroundDeps): LlmHandlers {
  const stored = async () => (deps.llm ? deps.llm.getSettings() : DEFAULT_LLM_SETTINGS);
  const unmask = async (next: LlmSettings): Promise<LlmSettings> =>
    next.apiKey === KEY_MASK ? { ...next, apiKey: (await stored()).apiKey } : next;
  const tz = () => deps.llm?.tzOffsetMinutes?.() ?? 0;
  return {
    'llm/settings/get': async () => {
      const settings = await stored();
      return { settings: masked(settings), hasKey: settings.apiKey !== '' };
    },
    'llm/settings/save': async ({ settings }) => {
      if (!deps.llm) throw new RungFailure('LLM settings cannot be saved here.');
      const next = await unmask(settings);
      await deps.llm.saveSettings(next);
      return { ok: true, hasKey: next.apiKey !== '' };
    },
    // The learner pressed the button: this runs whether or not the LLM is on, and sends no page text.
    'llm/test': async ({ settings }) =>
      testConnection(await unmask(settings), {
        ...(deps.llm?.fetch ? { fetch: deps.llm.fetch } : {}),
        promptApi: deps.llm?.promptApi ?? null,
      }),
    'llm/log/list': async ({ limit }) => ({ entries: await dexieLog(deps.db).list(limit) }),
    'llm/log/clear': async () => {
      await dexieLog(deps.db).clear();
      return { ok: true };
    },
    'llm/budget': async () => summarizeBudget(await deps.llm?.budget.get(), await stored(), deps.now(), tz()),
    'llm/status': async ({ url }) => {
      const settings = await stored();
      return { enabled: settings.enabled, allowed: consentGate(settings, url).allowed };
    },
  };
}
