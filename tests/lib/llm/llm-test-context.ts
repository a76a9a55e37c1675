import type { LlmCache, LlmContext } from '@/lib/llm/llm-context';
import { type LlmSettings, llmSettingsSchema } from '@/lib/llm/llm-settings';
import { seededRandom } from '@/lib/random';
import type { LlmCacheEntry, LlmLogEntry } from '@/lib/types';
import { TEST_SITES } from '@/tests/support/llm-harness';
import { memoryBudgetStore } from '@/tests/support/memory-budget-store';
import { TEST_MODEL } from '@/tests/support/openai-server';

export const NOW = Date.UTC(2026, 2, 14, 10, 0, 0);

export function testSettings(baseURL: string, overrides: Partial<LlmSettings> = {}): LlmSettings {
  return llmSettingsSchema.parse({
    enabled: true,
    baseURL,
    model: TEST_MODEL,
    apiKey: 'sk-test',
    allowedSites: TEST_SITES,
    ...overrides,
  });
}

/** A context with in-memory log, cache and budget, and retries that wait no real time. */
export function testContext(baseURL: string, overrides: Partial<LlmSettings> = {}) {
  const logs: LlmLogEntry[] = [];
  const cached = new Map<string, LlmCacheEntry>();
  const waits: number[] = [];
  const cache: LlmCache = {
    get: async (key) => cached.get(key),
    set: async (entry) => {
      cached.set(entry.key, entry);
    },
  };
  const budget = memoryBudgetStore();
  const ctx: LlmContext = {
    settings: testSettings(baseURL, overrides),
    now: () => NOW,
    log: (e) => {
      logs.push(e);
    },
    cache,
    budget,
    random: seededRandom(7),
    timeoutMs: 5000,
    retry: {
      maxRetries: 2,
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
  };
  return { ctx, logs, cached, waits, budget };
}
