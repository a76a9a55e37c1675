import { describe, expect, it } from 'vitest';
import { gapLesson, offlineGapLesson } from '@/lib/llm/gap-lesson';
import { useOpenAiServer } from '@/tests/support/llm-harness';
import { errorJson, tagged } from '@/tests/support/openai-server';
import { testContext } from './llm-test-context';

const PAGE = 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Closures';
const input = {
  gap: {
    label: 'lexical scope',
    definition: 'Lexical scope means a variable is visible where it is written in the source.',
  },
  behind: { label: 'closure' },
  learnerAnswer: 'a function that runs later',
  expected: 'access to the outer scope',
  passage:
    'The word lexical refers to the fact that lexical scoping uses the location where a variable is declared within the source code to determine where that variable is available.',
  pageUrl: PAGE,
};

const server = useOpenAiServer();

describe('gapLesson', () => {
  it('streams the lesson piece by piece and returns the whole text', async () => {
    server.setScript([{ stream: ['Lexical scope ', 'means ', 'where you write it.'], delayMs: 5 }]);
    const { ctx, logs, budget } = testContext(server.url);
    const pieces: string[] = [];
    const result = await gapLesson(ctx, { ...input, onText: (d) => pieces.push(d) });
    expect(result).toMatchObject({
      status: 'ok',
      source: 'llm',
      value: 'Lexical scope means where you write it.',
    });
    expect(pieces).toEqual(['Lexical scope ', 'means ', 'where you write it.']);
    const body = server.chatRequests()[0]!.body;
    expect(body.stream).toBe(true);
    expect(tagged(body.messages[1].content, 'learner-answer')).toBe('a function that runs later');
    expect(logs[0]).toMatchObject({
      feature: 'gap-lesson',
      ok: true,
      promptTokens: 60,
      completionTokens: 30,
    });
    expect(budget.state).toMatchObject({ requests: 1, tokens: 90 });
  });

  it('stops a slow stream when the popup closes (AbortSignal) and says it was cancelled', async () => {
    const pieces = Array.from({ length: 50 }, (_, i) => `part ${i}. `);
    server.setScript([{ stream: pieces, delayMs: 40 }]);
    const { ctx, logs } = testContext(server.url);
    const popup = new AbortController();
    const seen: string[] = [];
    const started = Date.now();
    const result = await gapLesson(ctx, {
      ...input,
      signal: popup.signal,
      onText: (d) => {
        seen.push(d);
        if (seen.length === 3) popup.abort();
      },
    });
    expect(result.status).toBe('aborted');
    expect(result.message).toBe('Cancelled.');
    expect(result.source).toBe('offline');
    expect(seen.length).toBeLessThan(6);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(logs[0]).toMatchObject({ ok: false, error: 'Cancelled.' });
    // The server saw the client go away before the stream finished.
    await new Promise((r) => setTimeout(r, 100));
    expect(server.chatRequests()[0]!.aborted).toBe(true);
  });

  it('sends nothing when already cancelled before it starts', async () => {
    const { ctx } = testContext(server.url);
    const popup = new AbortController();
    popup.abort();
    const { logs } = testContext(server.url);
    const result = await gapLesson(
      { ...ctx, log: (e) => void logs.push(e) },
      { ...input, signal: popup.signal },
    );
    expect(result.status).toBe('aborted');
    expect(server.chatRequests()).toHaveLength(0);
    expect(logs).toHaveLength(0);
  });

  it('cuts a runaway lesson at its length cap and keeps what came', async () => {
    server.setScript([{ stream: Array.from({ length: 400 }, () => 'blah blah. ') }]);
    const { ctx } = testContext(server.url);
    const result = await gapLesson(ctx, input);
    expect(result.status).toBe('ok');
    expect(result.value.length).toBeLessThanOrEqual(2500);
    expect(result.value.length).toBeGreaterThan(2000);
  });

  it('falls back to the offline lesson on a 500, naming the answer given', async () => {
    server.setScript(() => errorJson(503, 'overloaded'));
    const { ctx } = testContext(server.url);
    const result = await gapLesson(ctx, input);
    expect(result.status).toBe('server-error');
    expect(result.value).toBe(offlineGapLesson(input));
    expect(result.value).toContain('lexical scope');
    expect(result.value).toContain('"a function that runs later"');
    expect(server.chatRequests()).toHaveLength(3);
  });

  it('sends nothing when the LLM is off', async () => {
    const { ctx } = testContext(server.url, { enabled: false });
    const result = await gapLesson(ctx, input);
    expect(result.status).toBe('off');
    expect(result.value).toContain('Lexical scope means');
    expect(server.requests).toHaveLength(0);
  });
});
