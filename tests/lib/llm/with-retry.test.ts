import { APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, retryAfterMs, withRetry } from '@/lib/llm/with-retry';

const now = Date.UTC(2026, 0, 1);
const h = (o: Record<string, string>) => new Headers(o);
const apiError = (status: number, headers: Record<string, string> = {}) =>
  APIError.generate(status, { error: { message: 'x' } }, 'x', new Headers(headers));

describe('retryAfterMs', () => {
  it.each([
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': '0' }, 0],
    [{ 'retry-after-ms': '150' }, 150],
    [{ 'retry-after': new Date(now + 5000).toUTCString() }, 5000],
    [{ 'retry-after': 'soon' }, null],
    [{}, null],
  ])('%o → %s', (headers, expected) => {
    expect(retryAfterMs(h(headers), now)).toBe(expected);
  });
});

describe('backoffDelayMs', () => {
  it('doubles each attempt within its jitter band and stops at the cap', () => {
    expect(backoffDelayMs(0, () => 0)).toBe(375);
    expect(backoffDelayMs(0, () => 0.999)).toBe(500);
    expect(backoffDelayMs(2, () => 0)).toBe(1500);
    expect(backoffDelayMs(10, () => 0)).toBe(6000);
    expect(backoffDelayMs(10, () => 0.9999)).toBe(8000);
  });
});

describe('withRetry', () => {
  it('retries 5xx then returns', async () => {
    const waits: number[] = [];
    let calls = 0;
    const out = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw apiError(502);
        return 'done';
      },
      { sleep: async (ms) => void waits.push(ms), random: () => 0 },
    );
    expect(out).toBe('done');
    expect(waits).toEqual([375, 750]);
  });

  it('does not retry a 401', async () => {
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw apiError(401);
      }),
    ).rejects.toThrow();
    expect(calls).toBe(1);
  });

  it('a cancel during the wait stops at once', async () => {
    const c = new AbortController();
    let calls = 0;
    const run = withRetry(
      async () => {
        calls++;
        throw apiError(429, { 'retry-after': '10' });
      },
      { signal: c.signal },
    );
    setTimeout(() => c.abort(), 20);
    await expect(run).rejects.toThrow(/Abort/);
    expect(calls).toBe(1);
  });
});
