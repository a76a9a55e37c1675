import type { ChatCompletion } from 'openai/resources/chat/completions';
import type { z } from 'zod';
import { beginRequest } from '@/lib/llm/begin-request';
import { cacheKey } from '@/lib/llm/cache-key';
import { classifyError, isStructuredOutputUnsupported } from '@/lib/llm/classify-error';
import type { LlmContext, LlmOutcome } from '@/lib/llm/llm-context';
import { UNTRUSTED_NOTICE } from '@/lib/llm/untrusted-prompt';
import { withRetry } from '@/lib/llm/with-retry';

export interface StructuredRequest<T> {
  feature: string;
  pageUrl?: string;
  /** The task; UNTRUSTED_NOTICE is appended. */
  system: string;
  /** The data, with page text already delimited. */
  user: string;
  /** `json_schema.name`; the local test server answers by it. */
  schemaName: string;
  jsonSchema: Record<string, unknown>;
  /** Stricter than the JSON schema: nothing reaches the caller without passing it. */
  validate: z.ZodType<T>;
  signal?: AbortSignal;
  maxTokens?: number;
}

/** Some local models wrap JSON in a Markdown fence even in JSON mode. */
function unfence(text: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i.exec(text);
  return m ? (m[1] ?? '') : text;
}

/** Parses and validates a reply; the first failing check names what was wrong. */
export function parseStructured<T>(
  content: string | null | undefined,
  validate: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; message: string } {
  if (!content) return { ok: false, message: 'The model sent an empty reply; it was ignored.' };
  let data: unknown;
  try {
    data = JSON.parse(unfence(content));
  } catch {
    return { ok: false, message: 'The model did not reply with valid JSON; the reply was ignored.' };
  }
  const parsed = validate.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'reply';
    return {
      ok: false,
      message: `The model's reply did not have the expected shape (at ${where}); it was ignored.`,
    };
  }
  return { ok: true, value: parsed.data };
}

/**
 * One structured request: consent gate, cache, budget, chat.completions with a JSON schema
 * (falling back to JSON mode where the server has no structured output), retries, validation,
 * and a log entry. Returns data only; the caller decides what to do with it.
 */
export async function requestStructured<T>(
  ctx: LlmContext,
  req: StructuredRequest<T>,
): Promise<LlmOutcome<T>> {
  const begun = await beginRequest(ctx, req.feature, req.pageUrl);
  if (!begun.ok) return begun;
  // Cancelled before anything was sent (the popup closed first): no request, no log entry.
  if (req.signal?.aborted) return { ok: false, status: 'aborted', message: 'Cancelled.' };
  const { client, promptApi, endpoint, overBudget, finish } = begun.request;
  const system = `${req.system}\n\n${UNTRUSTED_NOTICE}`;
  const key = await cacheKey([req.feature, endpoint, ctx.settings.model, req.schemaName, system, req.user]);
  const hit = await ctx.cache?.get(key).catch(() => undefined);
  if (hit) {
    const again = req.validate.safeParse(hit.response);
    if (again.success) return { ok: true, value: again.data, source: 'cache' };
  }
  const refused = await overBudget();
  if (refused) return refused;

  let requests = 0;
  let content: string | null | undefined;
  let promptTokens: number | undefined;
  let completionTokens: number | undefined;
  try {
    if (client === null && promptApi) {
      requests = 1;
      content = await promptApi.prompt({
        system,
        user: req.user,
        schema: req.jsonSchema,
        signal: req.signal,
      });
    } else if (client) {
      const send = (mode: 'json_schema' | 'json_object') =>
        withRetry<ChatCompletion>(
          () => {
            requests++;
            return client.chat.completions.create(
              {
                model: ctx.settings.model,
                messages: [
                  {
                    role: 'system',
                    content:
                      mode === 'json_schema'
                        ? system
                        : `${system}\n\nReply with one JSON object matching this JSON schema:\n${JSON.stringify(req.jsonSchema)}`,
                  },
                  { role: 'user', content: req.user },
                ],
                response_format:
                  mode === 'json_schema'
                    ? {
                        type: 'json_schema',
                        json_schema: { name: req.schemaName, strict: true, schema: req.jsonSchema },
                      }
                    : { type: 'json_object' },
                temperature: 0.2,
                max_tokens: req.maxTokens ?? 1200,
              },
              { signal: req.signal },
            );
          },
          { ...ctx.retry, signal: req.signal, now: ctx.now, ...(ctx.random ? { random: ctx.random } : {}) },
        );
      let completion: ChatCompletion;
      try {
        completion = await send('json_schema');
      } catch (err) {
        if (!isStructuredOutputUnsupported(err)) throw err;
        completion = await send('json_object');
      }
      const choice = completion.choices?.[0];
      content = choice?.message?.content;
      promptTokens = completion.usage?.prompt_tokens;
      completionTokens = completion.usage?.completion_tokens;
      if (choice?.finish_reason === 'length') {
        const message = 'The model ran out of room before finishing its reply; it was ignored.';
        await finish({ ok: false, error: message, sent: req.user, requests, promptTokens, completionTokens });
        return { ok: false, status: 'invalid-output', message };
      }
    }
  } catch (err) {
    const info = classifyError(err);
    await finish({ ok: false, error: info.message, sent: req.user, requests: Math.max(1, requests) });
    return { ok: false, status: info.failure, message: info.message };
  }

  const parsed = parseStructured(content, req.validate);
  if (!parsed.ok) {
    await finish({
      ok: false,
      error: parsed.message,
      sent: req.user,
      requests,
      promptTokens,
      completionTokens,
    });
    return { ok: false, status: 'invalid-output', message: parsed.message };
  }
  await finish({ ok: true, sent: req.user, requests, promptTokens, completionTokens });
  await ctx.cache
    ?.set({ key, feature: req.feature, response: parsed.value, createdAt: ctx.now() })
    .catch(() => {});
  return { ok: true, value: parsed.value, source: 'llm' };
}
