import type OpenAI from 'openai';
import { consentGate } from '@/lib/llm/consent-gate';
import { createLlmClient } from '@/lib/llm/create-llm-client';
import { budgetAllows, recordBudgetUsage } from '@/lib/llm/daily-budget';
import type { LlmContext, LlmOutcome, PromptApi } from '@/lib/llm/llm-context';

export interface RequestFinish {
  ok: boolean;
  error?: string;
  /** The exact text sent (the user message with its delimited passage). */
  sent: string;
  requests: number;
  promptTokens?: number;
  completionTokens?: number;
}

export interface OpenRequest {
  /** Null for the Chrome Prompt API, which needs no HTTP client. */
  client: OpenAI | null;
  /** Set exactly when `client` is null. */
  promptApi: PromptApi | null;
  endpoint: string;
  /** Checked after the cache (a cached reply costs nothing), before anything is sent. */
  overBudget(): Promise<Refusal | null>;
  /** Writes the log entry and charges the budget. Never throws: a full disk must not hide the answer. */
  finish(done: RequestFinish): Promise<void>;
}

type Refusal = Extract<LlmOutcome<never>, { ok: false }>;

/**
 * The one path to the model: consent first (nothing leaves when off or excluded), then a client;
 * the caller checks `overBudget()` after its cache. Every feature calls this before building a request.
 */
export async function beginRequest(
  ctx: LlmContext,
  feature: string,
  pageUrl: string | undefined,
): Promise<{ ok: true; request: OpenRequest } | Refusal> {
  const gate = consentGate(ctx.settings, pageUrl);
  if (!gate.allowed) return { ok: false, status: gate.status, message: gate.message };
  const { settings } = ctx;
  const prompt = settings.provider === 'chrome-prompt-api';
  if (prompt && !ctx.promptApi) {
    return { ok: false, status: 'unsupported', message: "This browser's built-in model is not available." };
  }
  if (!prompt && (!settings.baseURL || !settings.model)) {
    return { ok: false, status: 'unsupported', message: 'Set a Base URL and a Model to use the LLM.' };
  }
  const client = prompt
    ? null
    : (ctx.client ??
      createLlmClient(settings, ctx.fetch, { timeoutMs: ctx.timeoutMs ?? 30_000, maxRetries: 0 }));
  const endpoint = prompt ? 'chrome-prompt-api' : settings.baseURL;
  const finish = async (done: RequestFinish) => {
    try {
      if (ctx.budget) {
        // Local models report no usage: estimate about four characters a token, so the budget still bites.
        const tokens =
          done.promptTokens !== undefined || done.completionTokens !== undefined
            ? (done.promptTokens ?? 0) + (done.completionTokens ?? 0)
            : Math.ceil(done.sent.length / 4);
        await ctx.budget.set(
          recordBudgetUsage(
            await ctx.budget.get(),
            { requests: done.requests, tokens },
            ctx.now(),
            ctx.tzOffsetMinutes,
          ),
        );
      }
      await ctx.log?.({
        at: ctx.now(),
        feature,
        endpoint,
        model: prompt ? 'built-in' : settings.model,
        ...(pageUrl ? { pageUrl } : {}),
        sent: done.sent,
        ...(done.promptTokens !== undefined ? { promptTokens: done.promptTokens } : {}),
        ...(done.completionTokens !== undefined ? { completionTokens: done.completionTokens } : {}),
        ok: done.ok,
        ...(done.error ? { error: done.error } : {}),
      });
    } catch {
      // Logging and accounting are best effort; the feature's result still stands.
    }
  };
  const overBudget = async (): Promise<Refusal | null> => {
    if (!ctx.budget) return null;
    if (budgetAllows(await ctx.budget.get(), settings, ctx.now(), ctx.tzOffsetMinutes)) return null;
    return {
      ok: false,
      status: 'budget',
      message: "Today's LLM budget is spent; Rung used its offline method.",
    };
  };
  return {
    ok: true,
    request: { client, promptApi: prompt ? (ctx.promptApi ?? null) : null, endpoint, overBudget, finish },
  };
}
