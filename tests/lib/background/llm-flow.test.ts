import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { judgeAnswer } from '@/lib/background/llm-grade';
import type { LlmSettings } from '@/lib/llm/llm-settings';
import type { FeedbackReply } from '@/lib/protocol';
import { gradeAnswer } from '@/lib/quiz/grade-answer';
import type { Question } from '@/lib/quiz/types';
import { makeDeps, ok, storedQuiz } from '@/tests/support/background-harness';
import { readDemoPage, DEMO_URL as URL_ } from '@/tests/support/demo-page';
import { llmDepsFor, useOpenAiServer } from '@/tests/support/llm-harness';
import { errorJson } from '@/tests/support/openai-server';

const server = useOpenAiServer();

/** Background deps over fake IndexedDB with the LLM pointed at the local server. */
async function setup(llm: Partial<LlmSettings> | null) {
  const deps = makeDeps();
  const { llm: llmDeps, settings } = llmDepsFor(server.url, llm ?? {});
  if (llm) deps.llm = llmDeps;
  const h = createHandlers(deps);
  await h['page/read']({ url: URL_, result: readDemoPage(URL_) }, {});
  // Reading the page with the LLM on also asks for prerequisite suggestions; let those finish so
  // each test counts only the requests its own steps make.
  await Promise.all(deps.pending);
  server.requests.length = 0;
  return { deps, h, settings };
}

describe('the quiz with the LLM off is the offline quiz, and sends nothing', () => {
  it.each<[string, Partial<LlmSettings> | null]>([
    ['no LLM wired', null],
    ['LLM configured but off', { enabled: false }],
    ['site excluded', { enabled: true, excludedSites: ['127.0.0.1'] }],
  ])('%s', async (_name, llm) => {
    const offline = await setup(null);
    const offlineView = ok(await offline.h['quiz/start']({ url: URL_ }, {}));
    const { deps, h } = await setup(llm);
    const view = ok(await h['quiz/start']({ url: URL_ }, {}));
    expect(view.notice).toBeUndefined();
    expect(view.question).toEqual(offlineView.question);
    const questions = (await storedQuiz(deps, view.quizId)).questions;
    expect(questions).toEqual((await storedQuiz(offline.deps, offlineView.quizId)).questions);
    expect(questions.every((q) => q.generatedBy === 'offline')).toBe(true);
    expect(server.requests).toHaveLength(0);
  });
});

describe('the quiz with the LLM on', () => {
  it('adds one model-written question per concept, asks one first, and pays for each once', async () => {
    const { deps, h } = await setup({ enabled: true });
    const view = ok(await h['quiz/start']({ url: URL_ }, {}));
    const session = await storedQuiz(deps, view.quizId);
    const llmQs = session.questions.filter((q) => q.generatedBy === 'llm');
    const concepts = new Set(session.questions.map((q) => q.conceptKey));
    expect(llmQs.length).toBe(concepts.size);
    expect(server.chatRequests()).toHaveLength(concepts.size);
    expect(view.notice).toBeUndefined();
    expect(view.question?.prompt).toMatch(/^According to the passage, which statement about/);
    // Only the passage goes out: every request is far shorter than the page.
    for (const r of server.chatRequests()) expect(r.raw.length).toBeLessThan(6000);
    // A fresh quiz on the same page reuses the cached questions.
    const again = ok(await h['quiz/start']({ url: URL_, fresh: true }, {}));
    expect(server.chatRequests()).toHaveLength(concepts.size);
    expect((await storedQuiz(deps, again.quizId)).questions.filter((q) => q.generatedBy === 'llm')).toEqual(
      llmQs,
    );

    // Answering a model-written question shows that option's explanation.
    const q = session.questions.find((x) => x.id === view.question!.id)!;
    const wrong = q.choices!.find((c) => c !== q.answer)!;
    const reply: FeedbackReply = ok(
      await h['quiz/answer'](
        { quizId: view.quizId, questionId: q.id, answer: wrong, attemptId: 'attempt-llm-1' },
        {},
      ),
    );
    expect(reply.correct).toBe(false);
    expect(reply.reason).toBeTruthy();
    expect([
      'The page builds on it.',
      'The passage says nothing of the kind.',
      'It contradicts the passage.',
    ]).toContain(reply.reason);
    expect((await deps.db.attempts.get('attempt-llm-1'))?.usedLlm).toBe(true);
  });

  it.each([
    ['a server error', () => errorJson(500, 'boom')],
    ['invalid JSON', () => ({ content: 'not json at all' })],
  ])('falls back to the offline questions with a notice on %s', async (_name, reply) => {
    server.setScript(() => reply());
    const { deps, h } = await setup({ enabled: true });
    const view = ok(await h['quiz/start']({ url: URL_ }, {}));
    expect(view.notice).toMatch(/uses Rung's own/);
    const session = await storedQuiz(deps, view.quizId);
    expect(session.questions.length).toBeGreaterThan(0);
    expect(session.questions.every((q) => q.generatedBy === 'offline')).toBe(true);
    expect(server.chatRequests().length).toBeGreaterThan(0);
  });
});

describe('typed answers', () => {
  const typed: Question = {
    id: 'q-typed',
    conceptKey: 'term:en:closure',
    type: 'typed',
    prompt: 'What is a function bundled with its lexical environment called?',
    answer: 'closure',
    source:
      'A closure is the combination of a function bundled together with references to its surrounding state.',
    generatedBy: 'offline',
  };

  it('goes to the model only when the offline grader says no, and carries its reason', async () => {
    const { deps } = await setup({ enabled: true });
    const right = await judgeAnswer(deps, typed, 'closure', gradeAnswer(typed, 'closure'), URL_);
    expect(right).toEqual({ correct: true, usedLlm: false });
    expect(server.chatRequests()).toHaveLength(0);

    const answer = 'it is a closure, the function plus its scope';
    const judged = await judgeAnswer(deps, typed, answer, gradeAnswer(typed, answer), URL_);
    expect(server.chatRequests()).toHaveLength(1);
    expect(server.chatRequests()[0]!.body.response_format.json_schema.name).toBe('rung_grade');
    expect(judged).toEqual({ correct: true, usedLlm: true, reason: 'Your answer matches the passage.' });
  });

  it('keeps the offline verdict with a notice when the model fails, and sends nothing when off', async () => {
    server.setScript(() => errorJson(401, 'Incorrect API key provided'));
    const on = await setup({ enabled: true });
    const judged = await judgeAnswer(on.deps, typed, 'a lambda', gradeAnswer(typed, 'a lambda'), URL_);
    expect(judged.correct).toBe(false);
    expect(judged.usedLlm).toBe(false);
    expect(judged.notice).toMatch(/key/i);
    server.requests.length = 0;
    const off = await setup({ enabled: false });
    expect(
      (await judgeAnswer(off.deps, typed, 'a lambda', gradeAnswer(typed, 'a lambda'), URL_)).notice,
    ).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });
});
