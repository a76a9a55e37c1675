import { storage } from 'wxt/utils/storage';
import { saveApiKey, storedApiKey } from '@/lib/db/api-key';
import type { RungDatabase } from '@/lib/db/schema';
import { keyOriginOf } from '@/lib/llm/base-url';
import type { BudgetState, BudgetStore } from '@/lib/llm/daily-budget';
import { DEFAULT_LLM_SETTINGS, type LlmSettings, parseLlmSettings } from '@/lib/llm/llm-settings';

/**
 * The LLM provider settings live in extension storage, but never the API key. storage.local is
 * readable by content scripts wherever `setAccessLevel` is missing (Firefox) or fails, and a
 * content script runs inside an untrusted page. The key goes to the `secrets` table of Rung's
 * IndexedDB database instead: that database belongs to the extension's origin, which content
 * scripts (running in the page's origin) cannot open in any browser, and only the background
 * reads it. It is stored with the origin it was typed for and handed out only while the Base URL
 * has that origin (issue 17).
 */
export const llmItem = storage.defineItem<LlmSettings>('local:llm', {
  fallback: DEFAULT_LLM_SETTINGS,
  version: 1,
});

const budgetItem = storage.defineItem<BudgetState | null>('local:llmBudget', { fallback: null });

/** The settings with the key, if the key was given for the Base URL's origin. */
export async function loadLlmSettings(db: RungDatabase): Promise<LlmSettings> {
  const raw = await llmItem.getValue();
  const settings = parseLlmSettings(raw);
  if (settings.apiKey !== '') {
    // A key left in storage.local by an older build moves to the database, bound to its origin.
    await saveApiKey(db, settings.apiKey, keyOriginOf(settings.baseURL));
    await llmItem.setValue({ ...settings, apiKey: '' });
  }
  const stored = await storedApiKey(db);
  const bound = stored !== undefined && stored.origin === keyOriginOf(settings.baseURL);
  return { ...settings, apiKey: bound ? stored.key : '' };
}

export async function saveLlmSettings(db: RungDatabase, next: LlmSettings): Promise<void> {
  const settings = parseLlmSettings(next);
  await saveApiKey(db, settings.apiKey, keyOriginOf(settings.baseURL));
  await llmItem.setValue({ ...settings, apiKey: '' });
}

/** Today's requests and tokens, kept across service-worker restarts. */
export const llmBudgetStore: BudgetStore = {
  get: async () => (await budgetItem.getValue()) ?? undefined,
  set: (state) => budgetItem.setValue(state),
};
