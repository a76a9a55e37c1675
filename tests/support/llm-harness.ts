import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { LlmDeps } from '@/lib/background/llm-deps';
import { DEFAULT_LLM_SETTINGS, type LlmSettings } from '@/lib/llm/llm-settings';
import { memoryBudgetStore } from '@/tests/support/memory-budget-store';
import { type OpenAiServer, type OpenAiServerOptions, startOpenAiServer, TEST_MODEL } from './openai-server';

/**
 * The test file's own OpenAI-compatible server: started before its tests, closed after them, and
 * cleared before each test (no script, no recorded requests), so a test sees only its own requests.
 * Call it at the top of a test file. The object it returns stands for the server, which exists
 * only once `beforeAll` has run.
 */
export function useOpenAiServer(options?: OpenAiServerOptions): OpenAiServer {
  let started: OpenAiServer | undefined;
  const server = () => {
    if (!started) throw new Error('the test server is only there inside tests (it starts in beforeAll)');
    return started;
  };
  beforeAll(async () => {
    started = await startOpenAiServer(undefined, options);
  });
  afterAll(() => started?.close());
  beforeEach(() => {
    server().setScript(undefined);
    server().requests.length = 0;
  });
  return {
    get url() {
      return server().url;
    },
    get requests() {
      return server().requests;
    },
    chatRequests: () => server().chatRequests(),
    setScript: (script) => server().setScript(script),
    close: () => server().close(),
  };
}

/** The sites the tests' pages live on, allowed by default (LLM use is opt-in per site). */
export const TEST_SITES = [
  '127.0.0.1',
  'localhost',
  'example.org',
  'developer.mozilla.org',
  'es.wikipedia.org',
];

/**
 * The background's LLM wiring pointed at a test server: the default settings with its URL and the
 * test model (plus `overrides`), which saving replaces, and a budget kept in memory.
 */
export function llmDepsFor(
  baseURL: string,
  overrides: Partial<LlmSettings> = {},
): { llm: LlmDeps; settings: () => LlmSettings } {
  let settings: LlmSettings = {
    ...DEFAULT_LLM_SETTINGS,
    baseURL,
    model: TEST_MODEL,
    allowedSites: TEST_SITES,
    ...overrides,
  };
  return {
    llm: {
      getSettings: async () => settings,
      saveSettings: async (next) => {
        settings = next;
      },
      budget: memoryBudgetStore(),
    },
    settings: () => settings,
  };
}
