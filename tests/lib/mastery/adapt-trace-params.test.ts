import { describe, expect, it } from 'vitest';
import { adaptTraceParams } from '@/lib/mastery/adapt-trace-params';
import { deriveMastery } from '@/lib/mastery/derive-mastery';
import { DEFAULT_TRACE } from '@/lib/mastery/knowledge-trace';
import type { Attempt } from '@/lib/types';

const T0 = Date.UTC(2026, 1, 1);

function firstTries(right: number, wrong: number): Attempt[] {
  return Array.from({ length: right + wrong }, (_, i) => ({
    id: `a${i}`,
    conceptKey: `term:en:c${i}`,
    questionId: `q${i}`,
    questionType: 'multiple-choice',
    correct: i < right,
    answer: '',
    at: T0 + i * 1000,
  }));
}

describe('adaptTraceParams', () => {
  it('keeps the population prior without history', () => {
    expect(adaptTraceParams([], T0)).toEqual(DEFAULT_TRACE);
  });

  it('raises the prior for a learner who usually knows concepts already, lowers it otherwise', () => {
    const strong = adaptTraceParams(firstTries(38, 2), T0 + 1e9);
    const weak = adaptTraceParams(firstTries(8, 32), T0 + 1e9);
    expect(strong.prior).toBeGreaterThan(0.6);
    expect(weak.prior).toBeLessThan(DEFAULT_TRACE.prior);
    // One lucky first answer barely moves it.
    expect(Math.abs(adaptTraceParams(firstTries(1, 0), T0 + 1e9).prior - DEFAULT_TRACE.prior)).toBeLessThan(
      0.07,
    );
  });

  it('a strong learner masters a fresh concept with fewer answers', () => {
    const history = firstTries(38, 2);
    const fresh = (n: number): Attempt[] =>
      Array.from({ length: n }, (_, i) => ({
        id: `n${i}`,
        conceptKey: 'term:en:new',
        questionId: `n${i}`,
        questionType: 'multiple-choice',
        correct: true,
        answer: '',
        at: T0 + 1e6 + i * 1000,
      }));
    const trace = adaptTraceParams(history, T0 + 1e6);
    expect(deriveMastery('term:en:new', fresh(2), 0, undefined, { trace }).status).toBe('mastered');
    expect(deriveMastery('term:en:new', fresh(2), 0).status).toBe('learning');
  });

  it('ignores attempts after `until`, so rebuilt records match', () => {
    const all = firstTries(20, 20);
    const until = all[9]?.at ?? 0;
    expect(adaptTraceParams(all, until)).toEqual(adaptTraceParams(all.slice(0, 10), until));
  });
});
