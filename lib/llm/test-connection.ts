import type OpenAI from 'openai';
import { z } from 'zod';
import { checkBaseUrl } from '@/lib/llm/base-url';
import { classifyError, isStructuredOutputUnsupported } from '@/lib/llm/classify-error';
import { createLlmClient } from '@/lib/llm/create-llm-client';
import type { PromptApi } from '@/lib/llm/llm-context';
import type { LlmSettings } from '@/lib/llm/llm-settings';

export type ConnectionStatus =
  | 'ok'
  | 'invalid-settings'
  | 'unreachable'
  | 'timeout'
  | 'unauthorized'
  | 'model-missing'
  | 'no-json'
  | 'unsupported'
  | 'aborted'
  | 'error';

export interface ConnectionVerdict {
  status: ConnectionStatus;
  /** One sentence that says what is wrong and what to do. */
  message: string;
  /** 'json_schema' when the server has structured output, 'json_object' when only JSON mode. */
  jsonMode?: 'json_schema' | 'json_object';
  /** Some model ids the server offers (to fix a typo in Model). */
  models?: string[];
}

export interface TestConnectionOptions {
  fetch?: typeof fetch;
  client?: OpenAI;
  signal?: AbortSignal;
  timeoutMs?: number;
  promptApi?: PromptApi | null;
}

const pingSchema = z.object({ ok: z.boolean() });
const pingJsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['ok'],
  properties: { ok: { type: 'boolean' } },
};

/**
 * What the "Test connection" button runs. Sends no page text: it lists the models, then asks the
 * model for a one-field JSON object, first with a JSON schema, then in JSON mode. Runs whether or
 * not the LLM is switched on, since the learner asked for it explicitly.
 */
export async function testConnection(
  settings: LlmSettings,
  options: TestConnectionOptions = {},
): Promise<ConnectionVerdict> {
  if (settings.provider === 'chrome-prompt-api') {
    return options.promptApi
      ? {
          status: 'ok',
          message: "Connected: the browser's built-in model is ready.",
          jsonMode: 'json_schema',
        }
      : {
          status: 'unsupported',
          message: 'This browser has no built-in model; choose an OpenAI-compatible server.',
        };
  }
  const url = checkBaseUrl(settings.baseURL);
  if (!url.ok) return { status: 'invalid-settings', message: url.message };
  if (!settings.model) return { status: 'invalid-settings', message: 'Enter the name of a Model.' };
  const client =
    options.client ??
    createLlmClient(settings, options.fetch, { timeoutMs: options.timeoutMs ?? 15_000, maxRetries: 0 });
  const fail = (err: unknown): ConnectionVerdict => {
    const info = classifyError(err);
    if (info.failure === 'model-missing') {
      return { status: 'model-missing', message: `The server has no model named "${settings.model}" (404).` };
    }
    if (
      info.failure === 'rate-limited' ||
      info.failure === 'server-error' ||
      info.failure === 'bad-request'
    ) {
      return { status: 'error', message: info.message };
    }
    return { status: info.failure, message: info.message };
  };

  let models: string[] | undefined;
  try {
    const page = await client.models.list({ signal: options.signal });
    models = page.data.map((m) => m.id);
  } catch (err) {
    const info = classifyError(err);
    // Some compatible servers have no /models route (404): the chat request below still tells.
    if (info.failure !== 'model-missing') return fail(err);
  }
  if (models && models.length > 0 && !models.includes(settings.model)) {
    return {
      status: 'model-missing',
      message: `The server has no model named "${settings.model}". It offers: ${models.slice(0, 8).join(', ')}.`,
      models: models.slice(0, 50),
    };
  }

  const ask = async (mode: 'json_schema' | 'json_object'): Promise<string | null | undefined> => {
    const completion = await client.chat.completions.create(
      {
        model: settings.model,
        messages: [{ role: 'user', content: 'Reply with the JSON object {"ok": true} and nothing else.' }],
        response_format:
          mode === 'json_schema'
            ? {
                type: 'json_schema',
                json_schema: { name: 'rung_ping', strict: true, schema: pingJsonSchema },
              }
            : { type: 'json_object' },
        max_tokens: 20,
        temperature: 0,
      },
      { signal: options.signal },
    );
    return completion.choices?.[0]?.message?.content;
  };
  const answersJson = (content: string | null | undefined) => {
    try {
      return pingSchema.safeParse(JSON.parse(content ?? '')).success;
    } catch {
      return false;
    }
  };
  const found = models ? { models: models.slice(0, 50) } : {};
  try {
    if (answersJson(await ask('json_schema'))) {
      return {
        status: 'ok',
        message: `Connected: ${settings.model} answers with structured JSON.`,
        jsonMode: 'json_schema',
        ...found,
      };
    }
  } catch (err) {
    if (!isStructuredOutputUnsupported(err)) return fail(err);
  }
  try {
    if (answersJson(await ask('json_object'))) {
      return {
        status: 'ok',
        message: `Connected: ${settings.model} answers in JSON mode (no JSON schema support; replies are still checked).`,
        jsonMode: 'json_object',
        ...found,
      };
    }
  } catch (err) {
    if (!isStructuredOutputUnsupported(err)) return fail(err);
  }
  return {
    status: 'no-json',
    message: `${settings.model} does not reply with JSON; Rung needs a model with JSON or structured output.`,
    ...found,
  };
}
