import type OpenAI from 'openai';
import type { LlmFailure } from '@/lib/llm/classify-error';
import type { BudgetStore } from '@/lib/llm/daily-budget';
import type { LlmSettings } from '@/lib/llm/llm-settings';
import type { RetryOptions } from '@/lib/llm/with-retry';
import type { LlmCacheEntry, LlmLogEntry } from '@/lib/types';

/** Responses already paid for; the background backs it with the `llmCache` table (lib/db/llm-cache.ts). */
export interface LlmCache {
  get(key: string): Promise<LlmCacheEntry | undefined>;
  set(entry: LlmCacheEntry): Promise<void>;
}

/**
 * Chrome's built-in model (the Prompt API), wrapped by the background so lib/ touches no browser
 * global. `schema` is passed to the session as its `responseConstraint`.
 */
export interface PromptApi {
  prompt(input: { system: string; user: string; schema?: object; signal?: AbortSignal }): Promise<string>;
  promptStreaming?(input: { system: string; user: string; signal?: AbortSignal }): AsyncIterable<string>;
}

/** Everything an LLM feature needs, passed in: no feature reads storage or globals itself. */
export interface LlmContext {
  settings: LlmSettings;
  now: () => number;
  /** A ready client (tests, or the background reusing one); otherwise built from `settings`. */
  client?: OpenAI;
  fetch?: typeof fetch;
  /** One entry per request sent: what was sent, where, and how it went. */
  log?: (entry: LlmLogEntry) => void | Promise<void>;
  cache?: LlmCache;
  budget?: BudgetStore;
  /** The learner's zone offset east of UTC in minutes, so the budget resets at their midnight. */
  tzOffsetMinutes?: number;
  /** Seeded source for backoff jitter and option order. */
  random?: () => number;
  retry?: Pick<
    RetryOptions,
    'maxRetries' | 'baseDelayMs' | 'maxDelayMs' | 'maxRetryAfterMs' | 'sleep' | 'onRetry'
  >;
  timeoutMs?: number;
  promptApi?: PromptApi;
}

export type LlmStatus =
  | 'ok'
  | 'cached'
  | 'off'
  | 'excluded'
  | 'budget'
  | 'invalid-output'
  | 'unsupported'
  | LlmFailure;

/** What a feature returns: always a usable value (the offline one when the model was not used). */
export interface LlmResult<T> {
  value: T;
  source: 'llm' | 'cache' | 'offline';
  status: LlmStatus;
  /** One line for the learner: empty when all went well. */
  message: string;
}

export type LlmOutcome<T> =
  | { ok: true; value: T; source: 'llm' | 'cache' }
  | { ok: false; status: Exclude<LlmStatus, 'ok' | 'cached'>; message: string };

/** Turns an outcome into a result, using the offline value when the model was not used. */
export function withFallback<T>(outcome: LlmOutcome<T>, offline: () => T): LlmResult<T> {
  if (outcome.ok) {
    return {
      value: outcome.value,
      source: outcome.source,
      status: outcome.source === 'cache' ? 'cached' : 'ok',
      message: '',
    };
  }
  return { value: offline(), source: 'offline', status: outcome.status, message: outcome.message };
}
