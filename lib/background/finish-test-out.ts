import { answerStates } from '@/lib/db/learner-snapshot';
import { recordAttempt } from '@/lib/db/record-attempt';
import type { RungDatabase } from '@/lib/db/schema';
import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import {
  type MasteryCriterion,
  masteryFromOwn,
  observeAttempt,
  TEST_OUT_TYPE,
} from '@/lib/mastery/derive-mastery';
import { predictNext } from '@/lib/mastery/learner-model';
import { testOut } from '@/lib/mastery/test-out';
import type { QuizSession } from '@/lib/quiz/types';

/**
 * Scores a finished test-out check. Passed, each concept it vouches for (and the prerequisites
 * under them over sure edges) gets a test-out attempt, so the mastery table stays derivable from
 * attempts; the attempt ids are fixed per quiz, so a resent last answer cannot add them twice.
 * Runs inside the answer's transaction; the learner model's state is the kept one plus these
 * attempts in order, as a replay of the log would give it.
 */
export async function finishTestOut(
  db: RungDatabase,
  graph: PrereqGraph,
  session: QuizSession,
  now: number,
  criterion: MasteryCriterion,
): Promise<void> {
  const conceptOf = new Map(session.questions.map((q) => [q.id, q.conceptKey]));
  const results = session.answered.map((a) => ({
    conceptKey: conceptOf.get(a.questionId) ?? '',
    correct: a.correct,
  }));
  const keys = testOut(graph, results);
  const state = keys.length > 0 ? (await answerStates(db)).copy() : undefined;
  for (const key of keys) {
    await recordAttempt(
      db,
      {
        id: `${session.id}:test-out:${key}`,
        conceptKey: key,
        pageUrl: session.pageUrl,
        questionId: 'test-out',
        questionType: TEST_OUT_TYPE,
        correct: true,
        answer: '',
        at: now,
      },
      (k, own, recorded) => {
        if (state && recorded) observeAttempt(state, recorded);
        return masteryFromOwn(k, own, state ? predictNext(state, k) : 0, criterion);
      },
    );
  }
  session.testedOut = keys;
}
