import { describe, expect, it } from 'vitest';
import { FEATURE_COUNT, FEATURE_NAMES, LearnerState } from '@/lib/mastery/learner-state';
import { seededRandom } from '@/lib/random';

function replay(rename: (k: string) => string): LearnerState {
  const random = seededRandom(5);
  const s = new LearnerState();
  for (let i = 0; i < 120; i++) s.observe(rename(`c${Math.floor(random() * 7)}`), random() < 0.7);
  return s;
}

describe('learner state', () => {
  it('fills every named feature with a finite number', () => {
    const s = replay((k) => k);
    const sentinel = new Float64Array(FEATURE_COUNT + 1).fill(Number.NaN);
    const f = s.features('c3', sentinel);
    expect(FEATURE_NAMES.length).toBe(FEATURE_COUNT);
    expect([...f.subarray(0, FEATURE_COUNT)].every(Number.isFinite)).toBe(true);
    // Nothing is written past the named ones.
    expect(Number.isNaN(f[FEATURE_COUNT])).toBe(true);
    expect([...new LearnerState().features('new')].every(Number.isFinite)).toBe(true);
  });

  it('knows no concept by its name: renaming every concept gives the same features', () => {
    const plain = replay((k) => k);
    const renamed = replay((k) => `other:${k.toUpperCase()}`);
    for (const k of ['c0', 'c3', 'never']) {
      expect([...renamed.features(`other:${k.toUpperCase()}`)]).toEqual([...plain.features(k)]);
    }
  });
});
