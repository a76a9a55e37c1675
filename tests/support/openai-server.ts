import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An OpenAI-compatible HTTP server on 127.0.0.1 for tests: the real `openai` client talks to it
 * over real HTTP. Each test scripts its replies; with no script it answers every Rung feature
 * generically (by the `json_schema` name in the request), so an end-to-end test can point the
 * extension at it and take a whole quiz.
 */

export interface RecordedRequest {
  method: string;
  /** Path without the query, e.g. `/v1/chat/completions`. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (undefined for GET or a body that is not JSON). */
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are arbitrary JSON that tests poke into.
  body: any;
  raw: string;
  /** Set when the client went away before the reply finished (a cancelled stream). */
  aborted: boolean;
}

export type Reply =
  /** A chat completion whose message content is this string (valid JSON or not: tests decide). */
  | {
      content: string;
      finishReason?: 'stop' | 'length';
      usage?: { prompt_tokens: number; completion_tokens: number };
    }
  /** Any status with a JSON body (errors look like OpenAI's: `{ error: { message, type, code } }`). */
  | { status: number; json: unknown; headers?: Record<string, string> }
  /** A server-sent-events stream of text pieces, `delayMs` apart. */
  | { stream: string[]; delayMs?: number; usage?: { prompt_tokens: number; completion_tokens: number } }
  /** Never answers (for timeouts). */
  | { hang: true }
  /** Let the generic responder answer. */
  | { generic: true };

export type Script = Reply[] | ((req: RecordedRequest, index: number) => Reply | Promise<Reply>);

export interface OpenAiServerOptions {
  models?: string[];
  /** When set, any other bearer token gets a 401. */
  apiKey?: string;
}

export interface OpenAiServer {
  /** Base URL with `/v1`, as the settings' Base URL. */
  url: string;
  requests: RecordedRequest[];
  /** Only chat completions (not /models). */
  chatRequests(): RecordedRequest[];
  setScript(script: Script | undefined): void;
  close(): Promise<void>;
}

export const TEST_MODEL = 'rung-test-model';

export function errorJson(status: number, message: string, code?: string) {
  return {
    status,
    json: { error: { message, type: 'invalid_request_error', code: code ?? null, param: null } },
  };
}

/** What a tagged block holds in a Rung prompt (`<passage>…</passage>`), or ''. */
export function tagged(text: string, tag: string): string {
  const m = new RegExp(`<${tag}>\\n?([\\s\\S]*?)\\n?</${tag}>`).exec(text);
  return m?.[1]?.trim() ?? '';
}

// biome-ignore lint/suspicious/noExplicitAny: reads fields of an arbitrary request body.
function schemaNameOf(body: any): string {
  const fmt = body?.response_format;
  if (fmt?.type === 'json_schema') return String(fmt.json_schema?.name ?? '');
  // JSON mode: Rung puts the schema in the system prompt; recognise it by its required keys.
  const system = String(body?.messages?.[0]?.content ?? '');
  if (system.includes('"required":["questions"]')) return 'rung_questions';
  if (system.includes('"required":["correct","reason"]')) return 'rung_grade';
  if (system.includes('"required":["gloss"')) return 'rung_gloss';
  if (system.includes('"required":["prerequisites"]')) return 'rung_prerequisites';
  return 'rung_ping';
}

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The generic answers: plausible, valid, and derived from the request so tests can tell them apart. */
// biome-ignore lint/suspicious/noExplicitAny: reads fields of an arbitrary request body.
export function genericAnswer(body: any): unknown {
  const user = String(body?.messages?.at(-1)?.content ?? '');
  const name = schemaNameOf(body);
  const concept = tagged(user, 'concept') || 'the concept';
  const passage = tagged(user, 'passage');
  if (name === 'rung_questions') {
    const first =
      (passage.split(/(?<=[.!?])\s+/)[0] ?? passage).slice(0, 190) || `${concept} is described here.`;
    return {
      questions: [
        {
          prompt: `According to the passage, which statement about ${concept} is true?`,
          options: [
            { text: first, correct: true, explanation: 'This is what the passage says.' },
            {
              text: `${concept} is unrelated to the rest of the page.`,
              correct: false,
              explanation: 'The page builds on it.',
            },
            {
              text: `${concept} is only used in legacy systems.`,
              correct: false,
              explanation: 'The passage says nothing of the kind.',
            },
            {
              text: `${concept} means the opposite of what the passage says.`,
              correct: false,
              explanation: 'It contradicts the passage.',
            },
          ],
          explanation: `The passage explains ${concept}.`,
        },
      ],
    };
  }
  if (name === 'rung_grade') {
    const blocks = [...user.matchAll(/<passage>\n?([\s\S]*?)\n?<\/passage>/g)].map((m) => m[1] ?? '');
    const expected = fold(blocks[1] ?? '');
    const given = fold(tagged(user, 'learner-answer'));
    const correct = given !== '' && expected !== '' && (given.includes(expected) || expected.includes(given));
    return {
      correct,
      reason: correct ? 'Your answer matches the passage.' : `The passage says: ${blocks[1] ?? ''}.`,
    };
  }
  if (name === 'rung_gloss') {
    return {
      gloss: `meaning of ${concept}`,
      example: `Example with ${concept}.`,
      exampleTranslation: `Translated example with ${concept}.`,
    };
  }
  if (name === 'rung_prerequisites') {
    const list = user.split('Candidates (separated by semicolons):')[1] ?? '';
    const first = tagged(list, 'concept').split(';')[0]?.trim();
    return { prerequisites: first ? [{ label: first, reason: `${first} comes first.` }] : [] };
  }
  return { ok: true };
}

function completionJson(
  model: string,
  content: string,
  finishReason = 'stop',
  usage = { prompt_tokens: 50, completion_tokens: 20 },
) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        finish_reason: finishReason,
        logprobs: null,
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

function chunkJson(model: string, delta: Record<string, unknown>, finish: string | null) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 0,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
}

function sendJson(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(json));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startOpenAiServer(
  script?: Script,
  options: OpenAiServerOptions = {},
): Promise<OpenAiServer> {
  const models = options.models ?? [TEST_MODEL];
  const requests: RecordedRequest[] = [];
  let current = script;
  let chatIndex = 0;

  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => {
      raw += d;
    });
    req.on('end', async () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      const record: RecordedRequest = {
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        body,
        raw,
        aborted: false,
      };
      requests.push(record);
      res.on('close', () => {
        if (!res.writableFinished) record.aborted = true;
      });
      if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
        return sendJson(res, 401, {
          error: {
            message: 'Incorrect API key provided.',
            type: 'invalid_request_error',
            code: 'invalid_api_key',
          },
        });
      }
      if (req.method === 'GET' && path.endsWith('/models')) {
        return sendJson(res, 200, {
          object: 'list',
          data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'rung-test' })),
        });
      }
      if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
        return sendJson(res, 404, {
          error: { message: `No route ${req.method} ${path}`, type: 'not_found' },
        });
      }
      // biome-ignore lint/suspicious/noExplicitAny: arbitrary JSON body.
      const b = body as any;
      const model = String(b?.model ?? '');
      const index = chatIndex++;
      let reply: Reply = { generic: true };
      if (Array.isArray(current)) reply = current[index] ?? { generic: true };
      else if (current) reply = await current(record, index);

      if ('generic' in reply) {
        if (!models.includes(model)) {
          return sendJson(
            res,
            404,
            errorJson(404, `The model '${model}' does not exist`, 'model_not_found').json,
          );
        }
        reply = b?.stream
          ? {
              stream: [
                `${tagged(String(b?.messages?.at(-1)?.content ?? ''), 'concept') || 'This idea'} `,
                'is explained step by step. ',
                'Check: can you say it in your own words?',
              ],
            }
          : { content: JSON.stringify(genericAnswer(b)) };
      }
      if ('hang' in reply) return;
      if ('status' in reply) return sendJson(res, reply.status, reply.json, reply.headers);
      if ('content' in reply) {
        return sendJson(res, 200, completionJson(model, reply.content, reply.finishReason, reply.usage));
      }
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      });
      res.write(`data: ${JSON.stringify(chunkJson(model, { role: 'assistant', content: '' }, null))}\n\n`);
      for (const piece of reply.stream) {
        if (reply.delayMs) await sleep(reply.delayMs);
        if (res.destroyed || record.aborted) return;
        res.write(`data: ${JSON.stringify(chunkJson(model, { content: piece }, null))}\n\n`);
      }
      res.write(`data: ${JSON.stringify(chunkJson(model, {}, 'stop'))}\n\n`);
      const usage = reply.usage ?? { prompt_tokens: 60, completion_tokens: 30 };
      res.write(
        `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 0, model, choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } })}\n\n`,
      );
      res.end('data: [DONE]\n\n');
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.path.endsWith('/chat/completions')),
    setScript(next) {
      current = next;
      chatIndex = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A base URL on which nothing listens (a server started and closed): connection refused. */
export async function closedPortUrl(): Promise<string> {
  const s = await startOpenAiServer();
  await s.close();
  return s.url;
}
