import { createEmptyCard, default_w, fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { DAY_MS, dueAt, gradeOf, recallAt, reviewMemory } from '@/lib/mastery/memory-model';

const T0 = Date.UTC(2026, 0, 5, 9);

// FSRS-6 default parameters as published by the algorithm's authors (open-spaced-repetition,
// "The Algorithm", FSRS-6): w0..w3 are the initial stabilities in days for Again/Hard/Good/Easy.
const PUBLISHED_W = [
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
  1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];

describe('memory model (FSRS-6 via ts-fsrs)', () => {
  it('uses the published default parameters', () => {
    expect([...default_w]).toEqual(PUBLISHED_W);
  });

  it.each([
    [Rating.Again, 0.212],
    [Rating.Hard, 1.2931],
    [Rating.Good, 2.3065],
    [Rating.Easy, 8.2956],
  ])('first review with grade %i gives the published initial stability %f days', (grade, s) => {
    const m = reviewMemory(undefined, T0, grade as 1 | 2 | 3 | 4);
    expect(m.stability).toBeCloseTo(s, 4);
  });

  it('first-review difficulty follows D0(G) = w4 - e^(w5 (G-1)) + 1', () => {
    const d0 = (g: number) =>
      Math.min(10, Math.max(1, PUBLISHED_W[4]! - Math.exp(PUBLISHED_W[5]! * (g - 1)) + 1));
    for (const g of [1, 2, 3, 4] as const)
      expect(reviewMemory(undefined, T0, g).difficulty).toBeCloseTo(d0(g), 6);
  });

  it('stability is the interval at which recall is 90%, and recall decays after it', () => {
    const m = reviewMemory(undefined, T0, Rating.Good);
    expect(recallAt(m, T0)).toBe(1);
    expect(recallAt(m, T0 + m.stability * DAY_MS)).toBeCloseTo(0.9, 6);
    expect(dueAt(m)).toBe(T0 + Math.round(m.stability * DAY_MS));
    expect(recallAt(m, T0 + 30 * DAY_MS)).toBeLessThan(0.8);
  });

  it('matches ts-fsrs repeat() for a whole review history on day boundaries', () => {
    // Same reviews through the card scheduler (short-term steps off, so every review is a
    // long-term one) and through our state replay: stability and difficulty must agree.
    const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });
    const grades = [Rating.Good, Rating.Good, Rating.Again, Rating.Good, Rating.Easy, Rating.Hard] as const;
    const gaps = [0, 3, 9, 1, 4, 20];
    let card = createEmptyCard(new Date(T0));
    let mine: ReturnType<typeof reviewMemory> | undefined;
    let at = T0;
    grades.forEach((g, i) => {
      at += (gaps[i] ?? 0) * DAY_MS;
      card = scheduler.next(card, new Date(at), g).card;
      mine = reviewMemory(mine, at, g);
      expect(mine.stability).toBeCloseTo(card.stability, 6);
      expect(mine.difficulty).toBeCloseTo(card.difficulty, 6);
    });
  });

  it('maps answers to grades', () => {
    expect(gradeOf({ correct: false })).toBe(Rating.Again);
    expect(gradeOf({ correct: true })).toBe(Rating.Good);
    expect(gradeOf({ correct: true, usedHint: true })).toBe(Rating.Hard);
  });
});
