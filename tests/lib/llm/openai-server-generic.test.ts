import { describe, expect, it } from 'vitest';
import { gapLesson } from '@/lib/llm/gap-lesson';
import { generateQuestions } from '@/lib/llm/generate-questions';
import { glossWord } from '@/lib/llm/gloss-word';
import { gradeTypedAnswer } from '@/lib/llm/grade-typed-answer';
import { suggestPrerequisites } from '@/lib/llm/suggest-prerequisites';
import { useOpenAiServer } from '@/tests/support/llm-harness';
import { errorJson } from '@/tests/support/openai-server';
import { testContext } from './llm-test-context';

// The end-to-end test points the extension at this server with no script: every feature must get
// a valid answer from it, in JSON-schema mode and in JSON mode.
const PAGE = 'https://example.org/closures';
const PASSAGE =
  'A closure gives a function access to its outer scope. Closures are created at function creation time.';

const server = useOpenAiServer();

describe.each([
  ['json_schema', undefined],
  [
    'json_object',
    // biome-ignore lint/suspicious/noExplicitAny: request bodies are arbitrary JSON.
    (req: { body: any }) =>
      req.body.response_format?.type === 'json_schema'
        ? errorJson(400, 'json_schema not supported')
        : { generic: true as const },
  ],
] as const)('the generic server in %s mode', (_mode, script) => {
  it('answers every feature with output that passes validation', async () => {
    server.setScript(script);
    const { ctx } = testContext(server.url);
    const concept = { key: 'term:en:closure', label: 'closure', kind: 'term' as const, lang: 'en' };
    const q = await generateQuestions(ctx, { concept, passage: PASSAGE, pageUrl: PAGE });
    expect(q.status).toBe('ok');
    expect(q.value[0]!.answer).toBe('A closure gives a function access to its outer scope.');
    expect(q.value[0]!.choices).toContain(q.value[0]!.answer);

    const typed = {
      prompt: 'What does a closure give?',
      answer: 'access to its outer scope',
      source: PASSAGE,
      pageUrl: PAGE,
    };
    expect(
      (await gradeTypedAnswer(ctx, { question: typed, answer: 'Access to its outer scope' })).value.correct,
    ).toBe(true);
    expect((await gradeTypedAnswer(ctx, { question: typed, answer: 'a loop' })).value.correct).toBe(false);

    const gloss = await glossWord(ctx, {
      word: 'closure',
      wordLanguage: 'en',
      learnerLanguage: 'es',
      passage: PASSAGE,
      pageUrl: PAGE,
    });
    expect(gloss).toMatchObject({ status: 'ok', value: { gloss: 'meaning of closure' } });

    const edges = await suggestPrerequisites(ctx, {
      concept: { key: concept.key, label: 'closure' },
      candidates: [{ key: 'term:en:scope', label: 'scope' }],
      passage: PASSAGE,
      pageUrl: PAGE,
    });
    expect(edges.value.map((e) => e.from)).toEqual(['term:en:scope']);

    const lesson = await gapLesson(ctx, {
      gap: { label: 'scope' },
      behind: { label: 'closure' },
      learnerAnswer: 'x',
      passage: PASSAGE,
      pageUrl: PAGE,
    });
    expect(lesson).toMatchObject({ status: 'ok', source: 'llm' });
    expect(lesson.value).toMatch(/^scope is explained step by step/);
  });
});
