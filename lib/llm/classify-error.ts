import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

export type LlmFailure =
  | 'aborted'
  | 'timeout'
  | 'unreachable'
  | 'unauthorized'
  | 'model-missing'
  | 'rate-limited'
  | 'server-error'
  | 'bad-request'
  | 'error';

export interface ClassifiedError {
  failure: LlmFailure;
  /** One line for the learner. */
  message: string;
  httpStatus?: number;
  retryable: boolean;
  headers?: Headers;
}

function isAbort(err: unknown): boolean {
  return err instanceof APIUserAbortError || (err instanceof Error && err.name === 'AbortError');
}

/** Turns whatever the SDK or fetch threw into a verdict the learner can act on. */
export function classifyError(err: unknown): ClassifiedError {
  if (isAbort(err)) return { failure: 'aborted', message: 'Cancelled.', retryable: false };
  // Order matters: the timeout error is a subclass of the connection error.
  if (err instanceof APIConnectionTimeoutError) {
    return { failure: 'timeout', message: 'The LLM server did not answer in time.', retryable: false };
  }
  if (err instanceof APIConnectionError) {
    return {
      failure: 'unreachable',
      message: 'Could not reach the LLM server: check the Base URL and that the server is running.',
      retryable: false,
    };
  }
  if (err instanceof APIError && typeof err.status === 'number') {
    const status = err.status;
    const headers = err.headers instanceof Headers ? err.headers : undefined;
    const base = { httpStatus: status, ...(headers ? { headers } : {}) };
    if (status === 401 || status === 403) {
      return {
        ...base,
        failure: 'unauthorized',
        message: `The server refused the API key (${status}).`,
        retryable: false,
      };
    }
    if (status === 404) {
      return {
        ...base,
        failure: 'model-missing',
        message: 'The server does not have that model (404).',
        retryable: false,
      };
    }
    if (status === 429) {
      return {
        ...base,
        failure: 'rate-limited',
        message: 'The server is rate-limiting requests (429).',
        retryable: true,
      };
    }
    if (status === 408 || status >= 500) {
      return {
        ...base,
        failure: 'server-error',
        message: `The LLM server failed (${status}).`,
        retryable: true,
      };
    }
    if (status === 400 || status === 422) {
      return {
        ...base,
        failure: 'bad-request',
        message: `The server rejected the request (${status}).`,
        retryable: false,
      };
    }
    return { ...base, failure: 'error', message: `The LLM request failed (${status}).`, retryable: false };
  }
  const text = err instanceof Error ? err.message : String(err);
  return { failure: 'error', message: `The LLM request failed: ${text.slice(0, 200)}`, retryable: false };
}

/**
 * Servers that lack structured output answer a `json_schema` request with a 400/422 that names
 * it (OpenAI-compatible servers word it differently, so match loosely).
 */
export function isStructuredOutputUnsupported(err: unknown): boolean {
  if (!(err instanceof APIError) || (err.status !== 400 && err.status !== 422)) return false;
  return /response_format|json_schema|structured/i.test(`${err.message} ${JSON.stringify(err.error ?? '')}`);
}
