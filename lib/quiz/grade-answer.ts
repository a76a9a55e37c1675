import type { Question } from './types';

export interface Grade {
  correct: boolean;
  /** The answer the learner should have given, for the feedback line. */
  expected: string;
}

function normalize(s: string): string {
  return s.normalize('NFKC').trim().toLocaleLowerCase().replace(/\s+/g, ' ');
}

export function gradeAnswer(question: Question, answer: string): Grade {
  const given = normalize(answer);
  const ok = [question.answer, ...(question.accepted ?? [])].some((a) => normalize(a) === given);
  return { correct: ok, expected: question.answer };
}
