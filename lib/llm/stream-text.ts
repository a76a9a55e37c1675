import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import type { Stream } from 'openai/streaming';
import { beginRequest } from '@/lib/llm/begin-request';
import { classifyError } from '@/lib/llm/classify-error';
import type { LlmContext, LlmOutcome } from '@/lib/llm/llm-context';
import { UNTRUSTED_NOTICE } from '@/lib/llm/untrusted-prompt';
import { withRetry } from '@/lib/llm/with-retry';

export interface TextRequest {
  feature: string;
  pageUrl?: string;
  system: string;
  user: string;
  signal?: AbortSignal;
  /** Called with each piece of text as it arrives, for the learner who is waiting. */
  onText?: (delta: string) => void;
  /** Text beyond this is cut off and the stream closed: a runaway model cannot fill the popup. */
  maxChars?: number;
  maxTokens?: number;
}

/** Strips control characters (the popup renders plain text, but a bell or escape is never wanted). */
function cleanText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/**
 * Streams a plain-text reply (a gap lesson). Only the request's start is retried; once text has
 * reached the learner a failure ends the stream. Aborting `signal` (the popup closed) stops the
 * download at once and reports 'aborted'.
 */
export async function streamText(ctx: LlmContext, req: TextRequest): Promise<LlmOutcome<string>> {
  const begun = await beginRequest(ctx, req.feature, req.pageUrl);
  if (!begun.ok) return begun;
  // Cancelled before anything was sent (the popup closed first): no request, no log entry.
  if (req.signal?.aborted) return { ok: false, status: 'aborted', message: 'Cancelled.' };
  const { client, promptApi, overBudget, finish } = begun.request;
  const refused = await overBudget();
  if (refused) return refused;
  const system = `${req.system}\n\n${UNTRUSTED_NOTICE}`;
  const maxChars = req.maxChars ?? 4000;
  // Our own controller, so reaching maxChars can close the stream as well as the caller's signal.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  req.signal?.addEventListener('abort', onAbort, { once: true });
  if (req.signal?.aborted) stop.abort();

  let requests = 0;
  let text = '';
  let promptTokens: number | undefined;
  let completionTokens: number | undefined;
  const push = (delta: string) => {
    const piece = cleanText(delta).slice(0, Math.max(0, maxChars - text.length));
    if (!piece) return;
    text += piece;
    req.onText?.(piece);
    if (text.length >= maxChars) stop.abort();
  };
  try {
    if (client === null && promptApi) {
      requests = 1;
      const api = promptApi;
      if (api.promptStreaming) {
        for await (const piece of api.promptStreaming({ system, user: req.user, signal: stop.signal })) {
          if (stop.signal.aborted) break;
          push(piece);
        }
      } else {
        push(await api.prompt({ system, user: req.user, signal: stop.signal }));
      }
    } else if (client) {
      const stream: Stream<ChatCompletionChunk> = await withRetry(
        () => {
          requests++;
          return client.chat.completions.create(
            {
              model: ctx.settings.model,
              messages: [
                { role: 'system', content: system },
                { role: 'user', content: req.user },
              ],
              stream: true,
              stream_options: { include_usage: true },
              temperature: 0.3,
              max_tokens: req.maxTokens ?? 600,
            },
            { signal: stop.signal },
          );
        },
        { ...ctx.retry, signal: stop.signal, now: ctx.now, ...(ctx.random ? { random: ctx.random } : {}) },
      );
      for await (const chunk of stream) {
        const delta = chunk.choices?.[0]?.delta?.content;
        if (delta) push(delta);
        if (chunk.usage) {
          promptTokens = chunk.usage.prompt_tokens;
          completionTokens = chunk.usage.completion_tokens;
        }
      }
    }
  } catch (err) {
    const capped = text.length >= maxChars && !req.signal?.aborted;
    if (!capped) {
      const info = classifyError(err);
      await finish({ ok: false, error: info.message, sent: req.user, requests: Math.max(1, requests) });
      return { ok: false, status: info.failure, message: info.message };
    }
  } finally {
    req.signal?.removeEventListener('abort', onAbort);
  }
  if (req.signal?.aborted) {
    await finish({ ok: false, error: 'Cancelled.', sent: req.user, requests: Math.max(1, requests) });
    return { ok: false, status: 'aborted', message: 'Cancelled.' };
  }
  const trimmed = text.trim();
  if (!trimmed) {
    const message = 'The model sent an empty reply; it was ignored.';
    await finish({ ok: false, error: message, sent: req.user, requests, promptTokens, completionTokens });
    return { ok: false, status: 'invalid-output', message };
  }
  await finish({ ok: true, sent: req.user, requests, promptTokens, completionTokens });
  return { ok: true, value: trimmed, source: 'llm' };
}
