import type { QuestionType } from '@/lib/quiz/types';

/**
 * Question types whose answer is the concept's own name (a blank, "which call does X", "which
 * word means X"). Shown beside such a question, the concept's label would be the answer.
 */
const ANSWER_IS_LABEL: ReadonlySet<string> = new Set<QuestionType>([
  'cloze',
  'typed',
  'vocab-recall',
  'api-which-function',
  'vocab-word',
]);

/** Whether showing the concept's label with a question of this type gives its answer away. */
export function labelGivesAnswer(type: string): boolean {
  return ANSWER_IS_LABEL.has(type);
}
