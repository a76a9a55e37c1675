import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TRACE,
  decayKnown,
  guessRate,
  predictCorrect,
  traceStep,
} from '@/lib/mastery/knowledge-trace';
import { reviewMemory } from '@/lib/mastery/memory-model';

const p = { prior: 0.3, learn: 0.1, forget: 0.05, slip: 0.1 };

describe('knowledge trace (BKT with forgetting)', () => {
  it('applies Bayes then the learn/forget transition (hand-computed)', () => {
    // Right: posterior = .3*.9 / (.3*.9 + .7*.2) = .27/.41; then *.95 + (1-post)*.1.
    const post = 0.27 / 0.41;
    expect(traceStep(0.3, true, 0.2, p)).toBeCloseTo(post * 0.95 + (1 - post) * 0.1, 12);
    // Wrong: posterior = .3*.1 / (.03 + .7*.8).
    const postW = 0.03 / 0.59;
    expect(traceStep(0.3, false, 0.2, p)).toBeCloseTo(postW * 0.95 + (1 - postW) * 0.1, 12);
    expect(predictCorrect(0.3, 0.2, p)).toBeCloseTo(0.41, 12);
  });

  it('guess rates follow the question type, and a hint makes a right answer weaker evidence', () => {
    expect(guessRate({ questionType: 'true-false' })).toBe(0.5);
    expect(guessRate({ questionType: 'multiple-choice' })).toBe(0.25);
    expect(guessRate({ questionType: 'typed' })).toBeLessThan(0.25);
    expect(guessRate({ questionType: 'typed', usedHint: true })).toBe(0.5);
  });

  it('knowledge decays with the recall curve between sessions, not within one', () => {
    const m = reviewMemory(undefined, 0, 3);
    expect(decayKnown(0.9, m, 60_000)).toBeCloseTo(0.9, 3);
    expect(decayKnown(0.9, m, 30 * 86_400_000)).toBeLessThan(0.75);
    expect(decayKnown(0.9, undefined, 1e12)).toBe(0.9);
    expect(DEFAULT_TRACE.forget).toBeGreaterThan(0);
  });
});
