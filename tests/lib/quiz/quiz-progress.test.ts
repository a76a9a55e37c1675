import { describe, expect, it } from 'vitest';
import { quizProgress } from '@/lib/quiz/quiz-progress';
import type { MasteryRecord, MasteryStatus } from '@/lib/types';

function record(conceptKey: string, status: MasteryStatus, pCorrect: number): MasteryRecord {
  return { conceptKey, status, attempts: 2, correct: 1, streak: 1, pCorrect };
}

describe('quizProgress', () => {
  it('is 0 before any answer and 1 when every concept is mastered', () => {
    expect(quizProgress({ conceptKeys: ['a', 'b'], mastery: {} })).toBe(0);
    const all = { a: record('a', 'mastered', 0.97), b: record('b', 'mastered', 0.96) };
    expect(quizProgress({ conceptKeys: ['a', 'b'], mastery: all })).toBe(1);
  });

  it('counts learning concepts partly and never fills the bar before mastery', () => {
    const m = new Map([
      ['a', record('a', 'mastered', 0.97)],
      ['b', record('b', 'learning', 0.99)],
    ]);
    const p = quizProgress({ conceptKeys: ['a', 'b'], mastery: m });
    expect(p).toBeGreaterThan(0.9);
    expect(p).toBeLessThan(1);
  });

  it('grows with pCorrect and treats a gap as no progress', () => {
    const low = quizProgress({ conceptKeys: ['a'], mastery: { a: record('a', 'learning', 0.3) } });
    const high = quizProgress({ conceptKeys: ['a'], mastery: { a: record('a', 'learning', 0.7) } });
    expect(high).toBeGreaterThan(low);
    expect(quizProgress({ conceptKeys: ['a'], mastery: { a: record('a', 'gap', 0.7) } })).toBe(0);
  });

  it('is complete when nothing is required', () => {
    expect(quizProgress({ conceptKeys: [], mastery: {} })).toBe(1);
  });
});

describe('quizProgress with the caller’s criterion', () => {
  it('counts what isMastered says is mastered', () => {
    const m = { a: record('a', 'learning', 0.5), b: record('b', 'mastered', 0.99) };
    expect(quizProgress({ conceptKeys: ['a', 'b'], mastery: m, isMastered: () => true })).toBe(1);
    expect(quizProgress({ conceptKeys: ['a', 'b'], mastery: m, isMastered: () => false })).toBeLessThan(0.9);
  });
});
