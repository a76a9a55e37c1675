import { dexieLog } from '@/lib/db/llm-log';
import { checkBaseUrl, keyOriginOf } from '@/lib/llm/base-url';
import { consentGate, hostOf } from '@/lib/llm/consent-gate';
import { summarizeBudget } from '@/lib/llm/daily-budget';
import { DEFAULT_LLM_SETTINGS, type LlmSettings } from '@/lib/llm/llm-settings';
import { testConnection } from '@/lib/llm/test-connection';
import type { Handlers } from '@/lib/messaging/dispatch';
import { RungFailure } from '@/lib/protocol';
import type { BackgroundDeps } from './deps';

/**
 * What the settings page gets instead of the API key: it shows that a key is set, and saving it
 * back unchanged keeps the stored key, but only while the Base URL keeps the origin the key was
 * given for. The key itself never leaves the background.
 */
export const KEY_MASK = '••••••••';

export const KEY_DROPPED_MESSAGE =
  'The API key was not sent: it belongs to the server it was typed for. Type the key for this server to use one.';

type LlmHandlers = Pick<
  Handlers,
  | 'llm/settings/get'
  | 'llm/settings/save'
  | 'llm/test'
  | 'llm/log/list'
  | 'llm/log/clear'
  | 'llm/budget'
  | 'llm/status'
  | 'llm/site/consent'
>;

function masked(settings: LlmSettings): LlmSettings {
  return { ...settings, apiKey: settings.apiKey ? KEY_MASK : '' };
}

/** The settings page's LLM messages, and the popup's "is the LLM on here?". */
export function createLlmHandlers(deps: BackgroundDeps): LlmHandlers {
  const stored = async () => (deps.llm ? deps.llm.getSettings() : DEFAULT_LLM_SETTINGS);
  // The mask stands for the stored key only on the server the key was typed for: a Base URL on
  // another origin gets no key (the learner types it again), so a changed URL cannot carry it off.
  const unmask = async (next: LlmSettings): Promise<{ settings: LlmSettings; keyDropped: boolean }> => {
    if (next.apiKey !== KEY_MASK) return { settings: next, keyDropped: false };
    const current = await stored();
    const origin = keyOriginOf(next.baseURL);
    const same = origin !== null && origin === keyOriginOf(current.baseURL);
    return {
      settings: { ...next, apiKey: same ? current.apiKey : '' },
      keyDropped: !same && current.apiKey !== '',
    };
  };
  const tz = () => deps.llm?.tzOffsetMinutes?.() ?? 0;
  return {
    'llm/settings/get': async () => {
      const settings = await stored();
      return { settings: masked(settings), hasKey: settings.apiKey !== '' };
    },
    'llm/settings/save': async ({ settings }) => {
      if (!deps.llm) throw new RungFailure('LLM settings cannot be saved here.');
      const url = checkBaseUrl(settings.baseURL);
      if (!url.ok) throw new RungFailure(url.message);
      const { settings: next, keyDropped } = await unmask(settings);
      await deps.llm.saveSettings(next);
      return {
        ok: true,
        hasKey: next.apiKey !== '',
        ...(keyDropped ? { message: KEY_DROPPED_MESSAGE } : {}),
      };
    },
    // The learner pressed the button: this runs whether or not the LLM is on, and sends no page text.
    'llm/test': async ({ settings }) => {
      const url = checkBaseUrl(settings.baseURL);
      if (settings.provider === 'openai-compatible' && !url.ok) {
        return { status: 'invalid-settings', message: url.message };
      }
      const { settings: next, keyDropped } = await unmask(settings);
      const verdict = await testConnection(next, {
        ...(deps.llm?.fetch ? { fetch: deps.llm.fetch } : {}),
        promptApi: deps.llm?.promptApi ?? null,
      });
      return keyDropped ? { ...verdict, message: `${verdict.message} ${KEY_DROPPED_MESSAGE}` } : verdict;
    },
    'llm/log/list': async ({ limit }) => ({ entries: await dexieLog(deps.db).list(limit) }),
    'llm/log/clear': async () => {
      await dexieLog(deps.db).clear();
      return { ok: true };
    },
    'llm/budget': async () => summarizeBudget(await deps.llm?.budget.get(), await stored(), deps.now(), tz()),
    'llm/status': async ({ url }) => {
      const settings = await stored();
      const verdict = consentGate(settings, url);
      const site = hostOf(url);
      return {
        enabled: settings.enabled,
        allowed: verdict.allowed,
        ...(site ? { site } : {}),
        ...(!verdict.allowed && verdict.undecided ? { undecided: true } : {}),
      };
    },
    // Only extension pages may send this (dispatch): a page cannot allow itself.
    'llm/site/consent': async ({ url, allow }) => {
      const site = hostOf(url);
      if (!deps.llm) throw new RungFailure('LLM settings cannot be saved here.');
      if (site === null) throw new RungFailure('This page has no site to remember.');
      const settings = await stored();
      const without = (list: readonly string[]) => list.filter((s) => s !== site);
      await deps.llm.saveSettings({
        ...settings,
        allowedSites: allow ? [...without(settings.allowedSites), site] : without(settings.allowedSites),
        excludedSites: allow ? without(settings.excludedSites) : [...without(settings.excludedSites), site],
      });
      return { ok: true };
    },
  };
}
