import type { Question } from './types';

/**
 * The questions of a new quiz with the ones the learner answered lately moved to the back, least
 * lately first; the rest keep their order. A pool is the same for a page every time, so without
 * this "Practise" opened on the very question just answered wrong, under its shown answer, and a
 * right answer there is memory of the feedback, not evidence of mastery. Where a concept has no
 * other question, the old one is still asked.
 *
 * `recent`: question ids of the learner's latest answers, newest first.
 */
export function freshFirst(questions: readonly Question[], recent: readonly string[]): Question[] {
  const age = new Map<string, number>();
  recent.forEach((id, i) => {
    if (!age.has(id)) age.set(id, i);
  });
  const fresh = questions.filter((q) => !age.has(q.id));
  const seen = questions
    .filter((q) => age.has(q.id))
    .sort((a, b) => (age.get(b.id) ?? 0) - (age.get(a.id) ?? 0));
  return [...fresh, ...seen];
}
