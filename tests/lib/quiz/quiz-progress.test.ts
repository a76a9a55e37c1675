import { describe, expect, it } from 'vitest';
import { quizProgress } from '@/lib/quiz/quiz-progress';
import { lookup } from '@/tests/support/mastery-lookup';

describe('quizProgress', () => {
  it('counts mastered concepts whole and the others by their prediction, held below 0.9', () => {
    expect(quizProgress([], lookup({}))).toBe(1);
    expect(quizProgress(['a', 'b'], lookup({}, ['a', 'b']))).toBe(1);
    expect(quizProgress(['a', 'b'], lookup({ b: 0.5 }, ['a']))).toBeCloseTo(0.75);
    expect(quizProgress(['a', 'b'], lookup({ a: 0.99, b: 0.99 }))).toBeCloseTo(0.9);
    // A concept never answered adds nothing, whatever the model would predict for it.
    expect(quizProgress(['a', 'a', 'b'], lookup({}, ['a']))).toBeCloseTo(0.5);
  });
});
