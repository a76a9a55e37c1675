import { storage } from 'wxt/utils/storage';
import type { BudgetState, BudgetStore } from '@/lib/llm/daily-budget';
import { DEFAULT_LLM_SETTINGS, type LlmSettings, parseLlmSettings } from '@/lib/llm/llm-settings';

/**
 * The LLM provider (with its API key) and today's spending, in extension storage. Only the
 * background imports this module: the content script never reads `local:llm`, and the background
 * sets storage to trusted contexts only (entrypoints/background.ts), so a page cannot reach the key.
 */
export const llmItem = storage.defineItem<LlmSettings>('local:llm', {
  fallback: DEFAULT_LLM_SETTINGS,
  version: 1,
});

const budgetItem = storage.defineItem<BudgetState | null>('local:llmBudget', { fallback: null });

export async function loadLlmSettings(): Promise<LlmSettings> {
  return parseLlmSettings(await llmItem.getValue());
}

export async function saveLlmSettings(next: LlmSettings): Promise<void> {
  await llmItem.setValue(parseLlmSettings(next));
}

/** Today's requests and tokens, kept across service-worker restarts. */
export const llmBudgetStore: BudgetStore = {
  get: async () => (await budgetItem.getValue()) ?? undefined,
  set: (state) => budgetItem.setValue(state),
};
