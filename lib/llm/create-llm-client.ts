import OpenAI from 'openai';
import type { LlmSettings } from '@/lib/llm/llm-settings';

export interface LlmClientOptions {
  /** Per-request time limit (ms). */
  timeoutMs?: number;
  /** Retries inside the SDK; features pass 0 and retry themselves (see with-retry.ts). */
  maxRetries?: number;
}

/**
 * The real `openai` client for an OpenAI-compatible endpoint. `dangerouslyAllowBrowser` is needed
 * because the background worker looks like a browser to the SDK; the key stays in the background,
 * which is the learner's own extension, not a page.
 */
export function createLlmClient(
  settings: Pick<LlmSettings, 'baseURL' | 'apiKey'>,
  fetchImpl?: typeof fetch,
  options: LlmClientOptions = {},
): OpenAI {
  return new OpenAI({
    baseURL: settings.baseURL.replace(/\/+$/, ''),
    // Local servers (Ollama, llama.cpp) need no key, but the SDK refuses an empty one.
    apiKey: settings.apiKey || 'no-key',
    dangerouslyAllowBrowser: true,
    maxRetries: options.maxRetries ?? 0,
    timeout: options.timeoutMs ?? 30_000,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}
