import { describe, expect, it } from 'vitest';
import { gapLesson } from '@/lib/llm/gap-lesson';
import { gradeTypedAnswer } from '@/lib/llm/grade-typed-answer';
import type { PromptApi } from '@/lib/llm/llm-context';
import { testContext } from './llm-test-context';

const question = {
  prompt: 'What does a closure keep?',
  answer: 'references to its surrounding state',
  source: 'A closure keeps references to its surrounding state.',
  pageUrl: 'https://example.org/closures',
};

/** Stands in for Chrome's LanguageModel session, which the background wraps. */
function fakePromptApi(reply: string, pieces: string[] = []) {
  const calls: Array<{ system: string; user: string; schema?: object }> = [];
  const api: PromptApi = {
    prompt: async (input) => {
      calls.push(input);
      return reply;
    },
    async *promptStreaming(input) {
      calls.push(input);
      for (const p of pieces) yield p;
    },
  };
  return { api, calls };
}

describe('the built-in model provider (Chrome Prompt API)', () => {
  it('gets the schema as a response constraint and its reply is validated the same way', async () => {
    const { ctx, logs } = testContext('http://unused.invalid/v1', {
      provider: 'chrome-prompt-api',
      apiKey: '',
    });
    const { api, calls } = fakePromptApi(JSON.stringify({ correct: true, reason: 'Right.' }));
    ctx.promptApi = api;
    const result = await gradeTypedAnswer(ctx, { question, answer: 'its surroundings' });
    expect(result).toMatchObject({ source: 'llm', value: { correct: true, reason: 'Right.' } });
    expect(calls[0]!.schema).toMatchObject({ required: ['correct', 'reason'] });
    expect(logs[0]).toMatchObject({ endpoint: 'chrome-prompt-api', model: 'built-in', ok: true });
  });

  it('drops an invalid reply', async () => {
    const { ctx } = testContext('http://unused.invalid/v1', { provider: 'chrome-prompt-api' });
    ctx.promptApi = fakePromptApi('{"correct": "maybe"}').api;
    expect((await gradeTypedAnswer(ctx, { question, answer: 'x' })).status).toBe('invalid-output');
  });

  it('streams a lesson', async () => {
    const { ctx } = testContext('http://unused.invalid/v1', { provider: 'chrome-prompt-api' });
    ctx.promptApi = fakePromptApi('', ['A closure ', 'remembers.']).api;
    const seen: string[] = [];
    const result = await gapLesson(ctx, {
      gap: { label: 'scope' },
      behind: { label: 'closure' },
      learnerAnswer: 'nothing',
      passage: question.source,
      onText: (d) => seen.push(d),
    });
    expect(result.value).toBe('A closure remembers.');
    expect(seen).toEqual(['A closure ', 'remembers.']);
  });

  it('falls back offline, saying why, when the browser has no built-in model', async () => {
    const { ctx } = testContext('http://unused.invalid/v1', { provider: 'chrome-prompt-api' });
    const result = await gradeTypedAnswer(ctx, { question, answer: 'references to its surrounding state' });
    expect(result).toMatchObject({ status: 'unsupported', source: 'offline', value: { correct: true } });
  });
});
