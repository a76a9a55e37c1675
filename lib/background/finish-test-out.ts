import { recordAttempt } from '@/lib/db/record-attempt';
import type { RungDatabase } from '@/lib/db/schema';
import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import { deriveMastery, type MasteryCriterion, TEST_OUT_TYPE } from '@/lib/mastery/derive-mastery';
import { testOut } from '@/lib/mastery/test-out';
import type { QuizSession } from '@/lib/quiz/types';

/**
 * Scores a finished test-out check. Passed, each concept it vouches for (and the prerequisites
 * under them over sure edges) gets a test-out attempt, so the mastery table stays derivable from
 * attempts; the attempt ids are fixed per quiz, so a resent last answer cannot add them twice.
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
      (k, attempts) => deriveMastery(k, attempts, now, criterion),
    );
  }
  session.testedOut = keys;
}
