import { describe, expect, it } from 'vitest';
import { simulateLearners } from '@/tests/support/learner-simulation';

describe('learners with known hidden knowledge over a 200-concept map, through the background handlers', () => {
  it('calls mastery right at least 95% of the time and finds holes in fewer questions than a random order', async () => {
    const r = await simulateLearners(4, 2026);
    const n = r.searches;
    console.log(
      `simulation: ${r.answers} answers; ${r.calls} mastery calls, ${r.rightCalls} right; ${r.knownCalled} of ${r.knownSeen} known concepts called; ` +
        `Advance opened ${r.advances} times, ${r.rightAdvances} right; ` +
        `${n} hole searches in the quiz: ${r.liveRight} found the hole, ${r.liveQuestions.toFixed(2)} questions each; ` +
        `replayed: adaptive ${r.adaptive.questions.toFixed(2)} questions (${r.adaptive.right} right), ` +
        `random order ${r.random.questions.toFixed(2)} (${r.random.right} right)`,
    );
    expect(r.calls).toBeGreaterThanOrEqual(10);
    expect(r.rightCalls / r.calls).toBeGreaterThanOrEqual(0.95);
    expect(r.rightAdvances).toBe(r.advances);
    expect(n).toBeGreaterThanOrEqual(5);
    // Fewer questions to the same confidence, and the hole it names is the real one as often.
    expect(r.adaptive.questions).toBeLessThan(r.random.questions);
    expect(r.adaptive.right / n).toBeGreaterThanOrEqual(0.85);
    expect(r.liveRight / n).toBeGreaterThanOrEqual(0.6);
  }, 120_000);
});
