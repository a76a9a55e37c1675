import { checkBaseUrl } from '@/lib/llm/base-url';
import { consentGate } from '@/lib/llm/consent-gate';
import type { BudgetStore } from '@/lib/llm/daily-budget';
import type { LlmContext, PromptApi } from '@/lib/llm/llm-context';
import { llmContextFromDb } from '@/lib/llm/llm-context-from-db';
import type { LlmSettings } from '@/lib/llm/llm-settings';
import type { BackgroundDeps } from './deps';

/** What the background needs for the optional LLM tutor; tests pass memory stores and a local server. */
export interface LlmDeps {
  getSettings: () => Promise<LlmSettings>;
  saveSettings: (next: LlmSettings) => Promise<void>;
  budget: BudgetStore;
  /** The learner's zone offset east of UTC in minutes (the budget resets at their midnight). */
  tzOffsetMinutes?: () => number;
  fetch?: typeof fetch;
  promptApi?: PromptApi;
}

export interface LlmContextOptions {
  timeoutMs?: number;
  maxRetries?: number;
  random?: () => number;
}

/**
 * The LLM context for a request about `pageUrl`, or null when nothing may be sent: no LLM wired,
 * the learner has not turned it on, or the site is excluded. Callers then take the offline path
 * without a word, so the offline experience stays exactly as it is without a model.
 */
export async function llmContextFor(
  deps: BackgroundDeps,
  pageUrl: string | undefined,
  options: LlmContextOptions = {},
): Promise<LlmContext | null> {
  if (!deps.llm) return null;
  const settings = await deps.llm.getSettings();
  if (!consentGate(settings, pageUrl).allowed) return null;
  // A Base URL saved by an older build is checked again: nothing goes to javascript: or plain http.
  if (settings.provider === 'openai-compatible' && !checkBaseUrl(settings.baseURL).ok) return null;
  return {
    ...llmContextFromDb(deps.db, {
      settings,
      now: deps.now,
      budget: deps.llm.budget,
      tzOffsetMinutes: deps.llm.tzOffsetMinutes?.(),
      ...(options.random ? { random: options.random } : {}),
      ...(deps.llm.fetch ? { fetch: deps.llm.fetch } : {}),
      ...(deps.llm.promptApi ? { promptApi: deps.llm.promptApi } : {}),
    }),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxRetries !== undefined ? { retry: { maxRetries: options.maxRetries } } : {}),
  };
}
