import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CRITERION,
  deriveMastery,
  inArrivalOrder,
  isMastered,
  TEST_OUT_TYPE,
} from '@/lib/mastery/derive-mastery';
import { masteryLookup } from '@/lib/mastery/mastery-lookup';
import { DAY_MS } from '@/lib/mastery/memory-model';
import { seededRandom } from '@/lib/random';
import type { Attempt } from '@/lib/types';

const T0 = Date.UTC(2026, 0, 5, 9);

/** A learner's log: `pattern` of 1/0 over concepts `keys` in turn, 20 s apart. */
function log(pattern: string, keys: string[] = ['closure'], extra: Partial<Attempt> = {}): Attempt[] {
  return [...pattern].map((c, i) => ({
    id: `a${String(i).padStart(4, '0')}`,
    conceptKey: keys[i % keys.length] as string,
    questionId: `q${i}`,
    questionType: 'multiple-choice',
    correct: c === '1',
    answer: 'x',
    at: T0 + i * 20_000,
    seq: i,
    ...extra,
  }));
}

/** Mastery judged live, as the quiz and the Advance gate judge it, right after the log. */
function liveMastered(attempts: Attempt[], key: string, now = (attempts.at(-1)?.at ?? T0) + 1): boolean {
  const rows = [...new Set(attempts.map((a) => a.conceptKey))].map((k) => deriveMastery(k, attempts, now));
  return masteryLookup({ attempts, rows, gaps: [], now, criterion: DEFAULT_CRITERION }).mastered(key);
}

/** Answers per concept until every one of `keys` is mastered, for a learner who is always right. */
function answersToMastery(keys: string[]): number {
  for (let n = 1; n <= 30; n++) {
    const attempts = log('1'.repeat(n * keys.length), keys);
    if (keys.every((k) => liveMastered(attempts, k))) return n;
  }
  return Number.POSITIVE_INFINITY;
}

describe('deriveMastery and the live judgement', () => {
  it('starts new with no attempts', () => {
    const r = deriveMastery('closure', [], T0);
    expect(r).toMatchObject({ status: 'new', attempts: 0, pCorrect: 0 });
    expect(isMastered(r, T0)).toBe(false);
  });

  it('a learner who knows the page masters it in a handful of answers per concept', () => {
    const perConcept = answersToMastery(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(perConcept).toBeGreaterThanOrEqual(2);
    expect(perConcept).toBeLessThanOrEqual(4);
    // One concept alone, from a fresh start, takes more: the model has no history to go on.
    expect(answersToMastery(['solo'])).toBeLessThanOrEqual(8);
  });

  it('a learner who answers 80% right is not called mastered, however long they go on', () => {
    const random = seededRandom(7);
    const pattern = Array.from({ length: 300 }, () => (random() < 0.8 ? '1' : '0')).join('');
    const attempts = log(pattern, ['a', 'b', 'c', 'd', 'e', 'f']);
    const calls = [...'abcdef'].filter((k) => liveMastered(attempts, k));
    expect(calls).toEqual([]);
  });

  it('one wrong answer drops a mastered concept out of mastery', () => {
    const keys = ['a', 'b', 'c'];
    const right = log('1'.repeat(30), keys);
    expect(liveMastered(right, 'a')).toBe(true);
    const wrong = [...right, { ...right[0]!, id: 'late', correct: false, seq: 99, at: T0 + 99 * 20_000 }];
    expect(liveMastered(wrong, 'a')).toBe(false);
  });

  it('a right answer after a hint is not taken as known', () => {
    const plain = log('11111111', ['a', 'b']);
    const hinted = log('11111111', ['a', 'b'], { usedHint: true });
    expect(deriveMastery('a', hinted, T0).pCorrect).toBeLessThan(
      deriveMastery('a', plain, T0).pCorrect - 0.1,
    );
  });

  it('a mastered concept left alone for months stops counting as mastered (recall), and is due', () => {
    const attempts = log('1'.repeat(30), ['a', 'b', 'c']);
    const last = attempts.at(-1)!.at;
    expect(liveMastered(attempts, 'a', last + 1)).toBe(true);
    expect(liveMastered(attempts, 'a', last + 200 * DAY_MS)).toBe(false);
    expect(deriveMastery('a', attempts, last).due).toBeLessThan(last + 200 * DAY_MS);
  });

  it('rebuilding from the log gives the rows written after each answer, in any storage order', () => {
    const attempts = log('1101110111011101', ['a', 'b', 'c']);
    // Incremental: each concept's row as written right after its last answer, from the log so far.
    const incremental = new Map<string, ReturnType<typeof deriveMastery>>();
    for (const [i, a] of attempts.entries()) {
      incremental.set(a.conceptKey, deriveMastery(a.conceptKey, attempts.slice(0, i + 1), a.at));
    }
    const shuffled = [...attempts].reverse();
    for (const [k, row] of incremental) expect(deriveMastery(k, shuffled, T0 + 10 * DAY_MS)).toEqual(row);
  });

  it('history is ordered by arrival: a clock that went back does not reorder answers', () => {
    const attempts = log('0011', ['a']);
    // The last two arrived after the first two, though the clock stamped them earlier.
    const skewed = attempts.map((a, i) => (i >= 2 ? { ...a, at: a.at - DAY_MS } : a));
    expect(inArrivalOrder(skewed).map((a) => a.id)).toEqual(attempts.map((a) => a.id));
    expect(deriveMastery('a', skewed, T0).streak).toBe(2);
  });

  it('a passed test-out vouches for a concept until a wrong answer on it', () => {
    const tested = log('1', ['a'], { questionType: TEST_OUT_TYPE });
    expect(liveMastered(tested, 'a')).toBe(true);
    const then = [...tested, ...log('0', ['a']).map((a) => ({ ...a, id: 'w', seq: 5, at: T0 + 60_000 }))];
    expect(liveMastered(then, 'a')).toBe(false);
  });

  it('honours a stricter criterion', () => {
    const attempts = log('1'.repeat(30), ['a', 'b', 'c']);
    const row = deriveMastery('a', attempts, T0);
    expect(isMastered(row, row.lastAt!, { pCorrect: 0.99, recall: 0.9 })).toBe(false);
  });
});
