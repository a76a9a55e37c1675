import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CRITERION,
  deriveMastery,
  isMastered,
  recallOf,
  TEST_OUT_TYPE,
} from '@/lib/mastery/derive-mastery';
import { DAY_MS } from '@/lib/mastery/memory-model';
import { seededRandom } from '@/lib/random';
import type { Attempt } from '@/lib/types';

const T0 = Date.UTC(2026, 0, 5, 9);

function attempt(i: number, correct: boolean, extra: Partial<Attempt> = {}): Attempt {
  return {
    id: `a${String(i).padStart(3, '0')}`,
    conceptKey: 'term:en:closure',
    questionId: `q${i}`,
    questionType: 'multiple-choice',
    correct,
    answer: correct ? 'right' : 'wrong',
    at: T0 + i * 20_000,
    ...extra,
  };
}

function run(pattern: string, extra: Partial<Attempt> = {}): Attempt[] {
  return [...pattern].map((c, i) => attempt(i, c === '1', extra));
}

/** Consecutive correct answers (from a fresh start, within one quiz) until mastery. */
function answersToMastery(questionType: string): number {
  for (let n = 1; n <= 20; n++) {
    const attempts = run('1'.repeat(n), { questionType });
    const record = deriveMastery('term:en:closure', attempts, T0 + n * 20_000);
    if (isMastered(record, record.lastAt ?? 0)) return n;
  }
  return Number.POSITIVE_INFINITY;
}

describe('deriveMastery', () => {
  it('starts new with no attempts', () => {
    const r = deriveMastery('term:en:closure', [], T0);
    expect(r.status).toBe('new');
    expect(r.attempts).toBe(0);
    expect(isMastered(r, T0)).toBe(false);
  });

  // The product promise the end-to-end tests rely on: from a fresh start, 3 correct answers in a
  // row master a concept on recall and choice questions, 5 on true/false (a coin flip is weak
  // evidence). Fewer is not enough.
  it.each([
    ['multiple-choice', 3],
    ['cloze', 3],
    ['typed', 3],
    ['vocab-recall', 3],
    ['api-which-function', 3],
    ['true-false', 5],
    ['some-future-type', 3],
  ])('%s needs %i consecutive correct answers from a fresh start', (type, n) => {
    expect(answersToMastery(type)).toBe(n);
  });

  it('one wrong answer drops a mastered concept out of mastery, whatever the streak before', () => {
    for (const streak of [3, 5, 10, 40]) {
      const attempts = run(`${'1'.repeat(streak)}0`);
      const before = deriveMastery('term:en:closure', attempts.slice(0, -1), T0);
      const after = deriveMastery('term:en:closure', attempts, T0);
      expect(isMastered(before, before.lastAt ?? 0)).toBe(true);
      expect(isMastered(after, after.lastAt ?? 0)).toBe(false);
      expect(after.status).toBe('learning');
      expect(after.streak).toBe(0);
      expect(after.pCorrect).toBeLessThan(0.85);
    }
  });

  it('a correct answer given with a hint counts for less', () => {
    const plain = deriveMastery('term:en:closure', run('111'), T0);
    const hinted = deriveMastery('term:en:closure', run('111', { usedHint: true }), T0);
    expect(hinted.pCorrect).toBeLessThan(plain.pCorrect);
    expect(hinted.status).toBe('learning');
  });

  it('a mastered concept left alone becomes due and stops counting as mastered (injected clock)', () => {
    const r = deriveMastery('term:en:closure', run('1111'), T0);
    const last = r.lastAt ?? 0;
    expect(r.due).toBeGreaterThan(last);
    expect(isMastered(r, last)).toBe(true);
    expect(isMastered(r, (r.due ?? 0) - 60_000)).toBe(true);
    // Due is the instant predicted recall falls to the criterion's 0.9.
    expect(recallOf(r, r.due ?? 0)).toBeCloseTo(0.9, 3);
    expect(isMastered(r, (r.due ?? 0) + 60_000)).toBe(false);
    expect(isMastered(r, last + 30 * DAY_MS)).toBe(false);
  });

  it('reviewing at the due date makes the next interval longer (spacing works)', () => {
    const first = deriveMastery('term:en:closure', run('111'), T0);
    const review = attempt(10, true, { at: first.due ?? 0 });
    const second = deriveMastery('term:en:closure', [...run('111'), review], T0);
    expect(second.stability ?? 0).toBeGreaterThan((first.stability ?? 0) * 2);
    expect(isMastered(second, (first.due ?? 0) + 2 * DAY_MS)).toBe(true);
  });

  it('a wrong answer after a month of no review starts from a lower belief than a fresh wrong', () => {
    const mastered = run('11111');
    const late = attempt(99, false, { at: T0 + 60 * DAY_MS });
    const r = deriveMastery('term:en:closure', [...mastered, late], T0);
    const fresh = deriveMastery('term:en:closure', [...mastered, attempt(99, false)], T0);
    expect(r.pCorrect).toBeLessThan(fresh.pCorrect);
  });

  it('honours a stricter criterion', () => {
    const r = deriveMastery('term:en:closure', run('111'), T0);
    expect(isMastered(r, r.lastAt ?? 0)).toBe(true);
    expect(isMastered(r, r.lastAt ?? 0, { ...DEFAULT_CRITERION, pCorrect: 0.99 })).toBe(false);
  });

  it('ignores attempts on other concepts', () => {
    const other = run('000').map((a) => ({ ...a, id: `o${a.id}`, conceptKey: 'term:en:other' }));
    expect(deriveMastery('term:en:closure', [...run('111'), ...other], T0)).toEqual(
      deriveMastery('term:en:closure', run('111'), T0),
    );
  });

  it('rebuilding from the attempt log gives identical records, in any order and at any time', () => {
    const random = seededRandom(6);
    for (let trial = 0; trial < 50; trial++) {
      const attempts: Attempt[] = [];
      let at = T0;
      const n = 1 + Math.floor(random() * 30);
      for (let i = 0; i < n; i++) {
        at += random() < 0.2 ? Math.floor(random() * 20 * DAY_MS) : Math.floor(random() * 60_000);
        const types = ['multiple-choice', 'cloze', 'true-false'] as const;
        attempts.push(
          attempt(i, random() < 0.7, { at, questionType: types[i % 3], usedHint: random() < 0.1 }),
        );
      }
      // Equal timestamps must not make the result depend on insertion order.
      if (n > 2) attempts[1] = { ...(attempts[1] as Attempt), at: (attempts[0] as Attempt).at };
      const live = deriveMastery('term:en:closure', attempts, at);
      const shuffled = [...attempts].sort(() => random() - 0.5);
      const rebuilt = deriveMastery('term:en:closure', shuffled, at + 400 * DAY_MS);
      expect(rebuilt).toEqual(live);
      expect(JSON.parse(JSON.stringify(rebuilt))).toEqual(live);
    }
  });

  it('a passed test-out masters a concept at once; a later wrong answer still drops it', () => {
    const passed = [attempt(0, true, { questionType: TEST_OUT_TYPE })];
    const r = deriveMastery('term:en:closure', passed, T0);
    expect(isMastered(r, T0)).toBe(true);
    expect(isMastered(deriveMastery('term:en:closure', [...passed, attempt(1, false)], T0), T0)).toBe(false);
  });

  it('implicit credit through the map raises belief and counts as review; blame lowers it', () => {
    const base = run('11');
    const at = T0 + 60_000;
    const plain = deriveMastery('term:en:closure', base, T0);
    const credited = deriveMastery('term:en:closure', base, T0, DEFAULT_CRITERION, {
      implicit: [{ conceptKey: 'term:en:closure', correct: true, weight: 0.5, at }],
    });
    const weak = deriveMastery('term:en:closure', base, T0, DEFAULT_CRITERION, {
      implicit: [{ conceptKey: 'term:en:closure', correct: true, weight: 0.25, at }],
    });
    expect(weak.lastAt).toBe(plain.lastAt);
    expect(weak.pCorrect).toBeGreaterThan(plain.pCorrect);
    expect(weak.pCorrect).toBeLessThan(credited.pCorrect);
    const blamed = deriveMastery('term:en:closure', base, T0, DEFAULT_CRITERION, {
      implicit: [{ conceptKey: 'term:en:closure', correct: false, weight: 0.5, at: T0 + 60_000 }],
    });
    expect(credited.pCorrect).toBeGreaterThan(plain.pCorrect);
    expect(credited.lastAt).toBe(at);
    expect(blamed.pCorrect).toBeLessThan(plain.pCorrect);
    expect(blamed.lastAt).toBe(plain.lastAt);
  });
});
