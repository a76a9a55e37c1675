import { dexieCache } from '@/lib/db/llm-cache';
import { dexieLog } from '@/lib/db/llm-log';
import type { RungDatabase } from '@/lib/db/schema';
import type { BudgetStore } from '@/lib/llm/daily-budget';
import type { LlmContext, PromptApi } from '@/lib/llm/llm-context';
import type { LlmSettings } from '@/lib/llm/llm-settings';

export interface LlmContextDeps {
  settings: LlmSettings;
  now: () => number;
  /** Where today's spending is kept (extension storage in the background). */
  budget: BudgetStore;
  tzOffsetMinutes?: number;
  random?: () => number;
  fetch?: typeof fetch;
  promptApi?: PromptApi;
}

/** The background's context: cache and "What was sent" log on the `llmCache` / `llmLog` tables. */
export function llmContextFromDb(db: RungDatabase, deps: LlmContextDeps): LlmContext {
  const log = dexieLog(db);
  return {
    ...deps,
    cache: dexieCache(db, deps.now),
    log: (entry) => log.append(entry),
  };
}
