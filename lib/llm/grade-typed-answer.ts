import { z } from 'zod';
import type { LlmContext, LlmResult } from '@/lib/llm/llm-context';
import { withFallback } from '@/lib/llm/llm-context';
import { requestStructured } from '@/lib/llm/request-structured';
import { delimit } from '@/lib/llm/untrusted-prompt';
import { gradeAnswer } from '@/lib/quiz/grade-answer';
import type { Question } from '@/lib/quiz/types';

export interface TypedGrade {
  correct: boolean;
  /** One short sentence the learner sees. */
  reason: string;
}

export interface GradeTypedAnswerInput {
  question: Pick<Question, 'prompt' | 'answer' | 'accepted' | 'source' | 'pageUrl'>;
  answer: string;
  language?: string;
  signal?: AbortSignal;
}

const replySchema = z.object({ correct: z.boolean(), reason: z.string().trim().min(1).max(400) });

const jsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['correct', 'reason'],
  properties: { correct: { type: 'boolean' }, reason: { type: 'string' } },
};

/**
 * Grades a free-text answer against the passage, with a short reason. The verdict is data for the
 * caller, which records the attempt itself; a reply that says anything else is dropped.
 */
export async function gradeTypedAnswer(
  ctx: LlmContext,
  input: GradeTypedAnswerInput,
): Promise<LlmResult<TypedGrade>> {
  const { question } = input;
  const outcome = await requestStructured(ctx, {
    feature: 'grade',
    pageUrl: question.pageUrl,
    schemaName: 'rung_grade',
    jsonSchema,
    validate: replySchema,
    signal: input.signal,
    maxTokens: 300,
    system:
      "You grade a learner's typed answer to a question, judging meaning against the passage and the expected " +
      'answer: accept synonyms, paraphrases and small spelling slips; reject answers that are wrong or empty. ' +
      `Give one short reason in language "${input.language ?? 'en'}", addressed to the learner.`,
    user:
      `Question: ${delimit('passage', question.prompt, 600)}\n` +
      `Expected answer: ${delimit('passage', question.answer, 200)}\n` +
      `Passage:\n${delimit('passage', question.source)}\n` +
      `Learner's answer: ${delimit('learner-answer', input.answer, 500)}`,
  });
  return withFallback(outcome, () => {
    const grade = gradeAnswer(
      { ...question, id: '', conceptKey: '', type: 'typed', generatedBy: 'offline' },
      input.answer,
    );
    return {
      correct: grade.correct,
      reason: grade.correct ? 'Matches the expected answer.' : `Expected: ${grade.expected}.`,
    };
  });
}
