import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERION, deriveMastery } from '@/lib/mastery/derive-mastery';
import { masteryLookup } from '@/lib/mastery/mastery-lookup';
import { selectNextQuestion } from '@/lib/quiz/select-next-question';
import type { Question, QuizSession } from '@/lib/quiz/types';
import { seededRandom } from '@/lib/random';
import type { Attempt } from '@/lib/types';

const CONCEPTS = 200;
const SLIP = 0.05;
const GUESS = 0.2;

/** A 200-concept map: each concept rests on one or two earlier ones. */
function makeMap(random: () => number): number[][] {
  return Array.from({ length: CONCEPTS }, (_, i) =>
    i === 0 ? [] : [...new Set([Math.floor(random() * i), Math.floor(random() * i)])],
  );
}

/**
 * Hidden knowledge: everything below a frontier (prerequisites are always earlier), minus a hole
 * and all that rests on it.
 */
function makeLearner(map: number[][], random: () => number): boolean[] {
  const frontier = 40 + Math.floor(random() * 140);
  const hole = Math.floor(random() * frontier);
  const knows: boolean[] = [];
  for (let i = 0; i < CONCEPTS; i++)
    knows.push(i < frontier && i !== hole && (map[i] ?? []).every((p) => knows[p]));
  return knows;
}

describe('learners with known hidden knowledge, through the live quiz code', () => {
  it('mastery calls are right at least 95% of the time', () => {
    const random = seededRandom(2026);
    const map = makeMap(random);
    let calls = 0;
    let right = 0;
    let known = 0;
    let knownCalled = 0;
    for (let l = 0; l < 8; l++) {
      const knows = makeLearner(map, random);
      const attempts: Attempt[] = [];
      let now = Date.UTC(2026, 0, 1);
      // Three pages of six concepts each, quizzed in turn as the popup does (new quizzes until done).
      for (let page = 0; page < 3; page++) {
        // Pages sit around what the learner knows: some concepts known, some not.
        const keys = Array.from({ length: 6 }, () => `c${Math.floor(random() * CONCEPTS)}`);
        const questions: Question[] = keys.flatMap((k) =>
          [0, 1, 2, 3].map((n) => ({
            id: `${k}-q${n}`,
            conceptKey: k,
            type: 'multiple-choice' as const,
            prompt: '?',
            answer: 'a',
            source: 's',
            generatedBy: 'offline' as const,
          })),
        );
        for (let quiz = 0; quiz < 3; quiz++) {
          const session: QuizSession = {
            id: `s${l}-${page}-${quiz}`,
            pageUrl: 'u',
            createdAt: now,
            updatedAt: now,
            questions,
            answered: [],
          };
          for (;;) {
            const lookup = () => {
              const rows = keys.map((k) => deriveMastery(k, attempts, now));
              return masteryLookup({ attempts, rows, gaps: [], now, criterion: DEFAULT_CRITERION });
            };
            const q = selectNextQuestion(session, lookup());
            if (!q) break;
            const i = Number(q.conceptKey.slice(1));
            const correct = random() < (knows[i] ? 1 - SLIP : GUESS);
            now += 20_000;
            const id = `a${attempts.length}`;
            attempts.push({
              id,
              conceptKey: q.conceptKey,
              questionId: q.id,
              questionType: q.type,
              correct,
              answer: '',
              at: now,
              seq: attempts.length,
            });
            session.answered.push({ questionId: q.id, attemptId: id, correct, answer: '' });
          }
        }
        const rows = keys.map((k) => deriveMastery(k, attempts, now));
        const m = masteryLookup({ attempts, rows, gaps: [], now, criterion: DEFAULT_CRITERION });
        for (const k of new Set(keys)) {
          const truth = knows[Number(k.slice(1))] === true;
          if (truth) known++;
          if (!m.mastered(k)) continue;
          calls++;
          if (truth) {
            right++;
            knownCalled++;
          }
        }
      }
    }
    console.log(
      `simulation: ${calls} mastery calls, ${right} right; ${knownCalled} of ${known} known concepts called mastered`,
    );
    expect(calls).toBeGreaterThanOrEqual(5);
    expect(right / calls).toBeGreaterThanOrEqual(0.95);
    // The model is cautious: a learner who knows only part of a page gets few calls (see the
    // closing note of issue 15); it must still call some of what they know.
    expect(knownCalled).toBeGreaterThan(0);
  });
});
