import type { LlmQuestion } from '@/lib/llm/generate-questions';
import { gradeTypedAnswer } from '@/lib/llm/grade-typed-answer';
import type { Grade } from '@/lib/quiz/grade-answer';
import type { Question } from '@/lib/quiz/types';
import type { BackgroundDeps } from './deps';
import { llmContextFor } from './llm-deps';

/** A typed answer waits on this before the offline verdict stands. */
const GRADE_TIMEOUT_MS = 15_000;

export interface LlmJudgement {
  correct: boolean;
  /** Why, in one line, when the model (or a model-written question) gave a reason. */
  reason?: string;
  /** Set when the model was asked and could not answer: the offline verdict stands. */
  notice?: string;
  usedLlm: boolean;
}

function isLlmQuestion(q: Question): q is LlmQuestion {
  return q.generatedBy === 'llm' && 'optionExplanations' in q;
}

/**
 * The verdict on one answer, starting from the offline grade. A model-written choice question
 * explains the option picked. A typed answer the offline grader rejects goes to the model, which
 * can accept a paraphrase and says why; one it accepts is never sent (nothing to gain, and the
 * model cannot take a right answer away). With the LLM off this is the offline grade unchanged.
 */
export async function judgeAnswer(
  deps: BackgroundDeps,
  question: Question,
  answer: string,
  offline: Grade,
  pageUrl: string,
): Promise<LlmJudgement> {
  if (question.choices && question.choices.length > 0) {
    const reason = isLlmQuestion(question) ? question.optionExplanations[answer] : undefined;
    return { correct: offline.correct, usedLlm: false, ...(reason ? { reason } : {}) };
  }
  if (offline.correct || question.type === 'ordering') return { correct: offline.correct, usedLlm: false };
  const ctx = await llmContextFor(deps, pageUrl, { timeoutMs: GRADE_TIMEOUT_MS, maxRetries: 1 });
  if (!ctx) return { correct: offline.correct, usedLlm: false };
  const result = await gradeTypedAnswer(ctx, { question: { ...question, pageUrl }, answer });
  if (result.source === 'offline') {
    return { correct: offline.correct, usedLlm: false, notice: result.message };
  }
  return { correct: result.value.correct, reason: result.value.reason, usedLlm: true };
}
