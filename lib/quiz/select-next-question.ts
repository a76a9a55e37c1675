import { nextDiagnosticConcept } from '@/lib/mastery/hole-diagnosis';
import type { MasteryLookup } from '@/lib/mastery/mastery-lookup';
import { guessChance } from '@/lib/quiz/guess-chance';
import type { Question, QuizSession } from '@/lib/quiz/types';

/** A quiz ends after this many answers even if the criterion is not met yet: the learner rests. */
export const MAX_ANSWERS_PER_QUIZ = 60;

/**
 * The next question of a quiz, or null when it is over. A test-out check asks each of its
 * questions once, in order. Otherwise: only concepts not mastered yet ("Practise" on one concept
 * asks at least once even when it is); suspected gaps first, then the lowest predicted pCorrect
 * (new concepts count as 0.5); not the concept just asked when another is left; within a concept
 * the question asked fewest times, then the pool's order. A question answered right is never asked
 * again, nor the same question twice in a row. While the search for the hole behind a wrong answer
 * runs, it asks first: the question on the concept whose answer tells most about where the hole
 * is (see hole-diagnosis.ts). Deterministic.
 */
export function selectNextQuestion(session: QuizSession, m: MasteryLookup): Question | null {
  const answered = session.answered;
  if (session.mode === 'test-out') {
    const done = new Set(answered.map((a) => a.questionId));
    return session.questions.find((q) => !done.has(q.id)) ?? null;
  }
  if (answered.length >= MAX_ANSWERS_PER_QUIZ) return null;
  const practiseFirst = session.conceptKey !== undefined && answered.length === 0;
  const right = new Set(answered.filter((a) => a.correct).map((a) => a.questionId));
  const asked = new Map<string, number>();
  for (const a of answered) asked.set(a.questionId, (asked.get(a.questionId) ?? 0) + 1);
  const lastId = answered.at(-1)?.questionId;
  const lastConcept = session.questions.find((q) => q.id === lastId)?.conceptKey;
  const diagnostic = diagnosticQuestion(session);
  if (diagnostic) return diagnostic;
  const gapKeys = new Set(m.openGaps.map((g) => g.conceptKey));
  const weight = (k: string) => {
    const r = m.record(k);
    return (gapKeys.has(k) ? -1 : 0) + (r && r.attempts > 0 ? r.pCorrect : 0.5);
  };
  const ranked = session.questions
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => !right.has(q.id) && (practiseFirst || !m.mastered(q.conceptKey)))
    .map(({ q, index }) => ({
      q,
      key: [
        // "Practise: X" asks X first and leads with it (other gaps weigh as much, and an earlier
        // attempt on X could rank it behind them: the learner then saw a question on something else).
        session.conceptKey !== undefined && q.conceptKey !== session.conceptKey ? 1 : 0,
        weight(q.conceptKey),
        q.conceptKey === lastConcept ? 1 : 0,
        q.id === lastId ? 1 : 0,
        asked.get(q.id) ?? 0,
        index,
      ],
    }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) {
        const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    });
  // The concept just asked only when no other is left; the same question only when nothing else is.
  const other = ranked.find(({ q }) => q.conceptKey !== lastConcept);
  const notRepeat = ranked.find(({ q }) => q.id !== lastId);
  return (other ?? notRepeat ?? ranked[0])?.q ?? null;
}

/**
 * The question the search for a hole asks next, or null when no search runs or it is over (sure
 * enough, out of budget, or nothing askable left would tell more).
 */
export function diagnosticQuestion(session: QuizSession): Question | null {
  const diagnosis = session.diagnosis;
  if (!diagnosis || diagnosis.found !== undefined || session.mode === 'test-out') return null;
  const right = new Set(session.answered.filter((a) => a.correct).map((a) => a.questionId));
  const asked = new Map<string, number>();
  for (const a of session.answered) asked.set(a.questionId, (asked.get(a.questionId) ?? 0) + 1);
  const lastId = session.answered.at(-1)?.questionId;
  // A question on `key` not answered right in this quiz: not the last one, fewest times asked.
  const questionOn = (key: string) =>
    session.questions
      .map((q, index) => ({ q, index }))
      .filter(({ q }) => q.conceptKey === key && !right.has(q.id))
      .sort(
        (a, b) =>
          (a.q.id === lastId ? 1 : 0) - (b.q.id === lastId ? 1 : 0) ||
          (asked.get(a.q.id) ?? 0) - (asked.get(b.q.id) ?? 0) ||
          a.index - b.index,
      )[0]?.q;
  const key = nextDiagnosticConcept(diagnosis, (k) => {
    const q = questionOn(k);
    return q ? guessChance(q) : undefined;
  });
  return (key === undefined ? undefined : questionOn(key)) ?? null;
}
