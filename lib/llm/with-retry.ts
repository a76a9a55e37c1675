import { classifyError } from '@/lib/llm/classify-error';

export interface RetryOptions {
  /** Retries after the first attempt. */
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the call fails as rate-limited instead. */
  maxRetryAfterMs?: number;
  random?: () => number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  /** Told about each wait, for logs and tests. */
  onRetry?: (info: { attempt: number; delayMs: number; status?: number }) => void;
}

/** Reads `retry-after-ms` (OpenAI's) or `Retry-After` (seconds or an HTTP date); null when absent or unusable. */
export function retryAfterMs(headers: Headers | undefined, now: number): number | null {
  if (!headers) return null;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential backoff with jitter (75–100 % of the step) so many clients do not retry in lockstep. */
export function backoffDelayMs(
  attempt: number,
  random: () => number,
  baseDelayMs = 500,
  maxDelayMs = 8000,
): number {
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.round(step * (0.75 + 0.25 * random()));
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `attempt` and retries on 429 and 5xx, honouring the server's Retry-After. Errors that a
 * retry cannot fix (401, 404, connection refused, cancel) are thrown at once. `fn` gets the
 * attempt number so the caller can count requests.
 */
export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const maxRetries = options.maxRetries ?? 2;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      const info = classifyError(err);
      if (!info.retryable || attempt >= maxRetries || options.signal?.aborted) throw err;
      const asked = retryAfterMs(info.headers, now());
      if (asked !== null && asked > maxRetryAfterMs) throw err;
      const delayMs = asked ?? backoffDelayMs(attempt, random, options.baseDelayMs, options.maxDelayMs);
      options.onRetry?.({ attempt, delayMs, ...(info.httpStatus ? { status: info.httpStatus } : {}) });
      await sleep(delayMs, options.signal);
    }
  }
}
