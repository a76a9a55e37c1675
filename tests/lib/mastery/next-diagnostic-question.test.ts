import { describe, expect, it } from 'vitest';
import {
  diagnosisDone,
  informationGain,
  knownProbabilities,
  likeliestHole,
  nextDiagnosticQuestion,
  recordDiagnosticAnswer,
  startDiagnosis,
} from '@/lib/mastery/next-diagnostic-question';
import { ancestorsOf, type PrereqGraph } from '@/lib/mastery/prereq-graph';
import { seededRandom } from '@/lib/random';

/** c0 <- c1 <- c2 <- ...: each concept rests on the one before. */
function chain(): PrereqGraph {
  return { prereqsOf: (k) => (Number(k.slice(1)) > 0 ? [`c${Number(k.slice(1)) - 1}`] : []) };
}

/** A random 200-concept map: each concept rests on 1-3 of the 25 before it. */
function randomMap(random: () => number, size = 200): PrereqGraph {
  const prereqs = new Map<string, string[]>();
  for (let i = 0; i < size; i++) {
    const list = new Set<string>();
    if (i > 0) {
      const n = 1 + Math.floor(random() * 3);
      for (let j = 0; j < n; j++) list.add(`c${Math.max(0, i - 1 - Math.floor(random() * Math.min(i, 25)))}`);
    }
    prereqs.set(`c${i}`, [...list]);
  }
  return { prereqsOf: (k) => prereqs.get(k) ?? [] };
}

describe('nextDiagnosticQuestion', () => {
  it('bisects a chain: the first question is near the middle', () => {
    const d = startDiagnosis(chain(), 'c15', { slip: 0.01, guess: 0.01 });
    const first = nextDiagnosticQuestion(d);
    const at = Number(first?.slice(1));
    expect(at).toBeGreaterThanOrEqual(5);
    expect(at).toBeLessThanOrEqual(9);
  });

  it('finds the hole on a noiseless chain in about log2(n) questions', () => {
    let d = startDiagnosis(chain(), 'c31', { slip: 0.01, guess: 0.01 });
    const hole = 11;
    let q = nextDiagnosticQuestion(d);
    while (q) {
      d = recordDiagnosticAnswer(d, q, Number(q.slice(1)) < hole);
      q = nextDiagnosticQuestion(d);
    }
    expect(likeliestHole(d).conceptKey).toBe(`c${hole}`);
    expect(d.asked.length).toBeLessThanOrEqual(7);
  });

  it('a concept that tells nothing has no information gain', () => {
    const d = startDiagnosis(chain(), 'c3');
    // Everything rests on c0 being known under all hypotheses but "c0 is the hole"; after a
    // certain answer on c0 asking it again tells (almost) nothing.
    const certain = { ...d, posterior: d.posterior.map((_, h) => (h === 1 ? 1 : 0)) };
    for (let q = 0; q < d.candidates.length; q++) expect(informationGain(certain, q)).toBeCloseTo(0, 9);
  });

  it('suspects weak prerequisites first when beliefs are given', () => {
    const g: PrereqGraph = { prereqsOf: (k) => (k === 'top' ? ['a', 'b', 'c'] : []) };
    const d = startDiagnosis(g, 'top', { pKnown: (k) => (k === 'b' ? 0.1 : 0.9) });
    expect(likeliestHole(d).conceptKey).toBe('b');
  });

  it('simulation: 200-concept map, learners with slips and guesses; adaptive beats random order', () => {
    const random = seededRandom(2026);
    const learners = 200;
    const slip = 0.1;
    const guess = 0.2;
    let adaptiveQuestions = 0;
    let randomQuestions = 0;
    let adaptiveFound = 0;
    let agree = 0;
    let decisions = 0;
    for (let l = 0; l < learners; l++) {
      const map = randomMap(random);
      // The failed concept and the one prerequisite this learner is missing.
      const failed = `c${100 + Math.floor(random() * 100)}`;
      const prereqs = [...ancestorsOf(map, failed).keys()];
      const hole = prereqs[Math.floor(random() * prereqs.length)] as string;
      // The learner knows a random prerequisite-respecting subset of the map: every concept whose
      // prerequisites are known is known with probability 0.8, except the hole, which blocks all
      // that rests on it; the failed concept's other prerequisites are known.
      const known = new Set<string>();
      const around = new Set([...prereqs, failed]);
      for (let i = 0; i < 200; i++) {
        const k = `c${i}`;
        const blocked = k === hole || ancestorsOf(map, k).has(hole);
        const ready = map.prereqsOf(k).every((p) => known.has(p));
        if (!blocked && ready && (prereqs.includes(k) || random() < 0.8)) known.add(k);
      }
      expect(known.has(failed)).toBe(false);
      const answer = (k: string) => random() < (known.has(k) ? 1 - slip : guess);

      // Adaptive: ask what tells most.
      let d = startDiagnosis(map, failed);
      for (let q = nextDiagnosticQuestion(d); q; q = nextDiagnosticQuestion(d))
        d = recordDiagnosticAnswer(d, q, answer(q));
      adaptiveQuestions += d.asked.length;
      if (likeliestHole(d).conceptKey === hole) adaptiveFound++;
      for (const [k, p] of knownProbabilities(d)) {
        if (!around.has(k)) continue;
        decisions++;
        if (p >= 0.5 === known.has(k)) agree++;
      }

      // Baseline: the same inference and stopping rule, prerequisites asked in random order.
      let r = startDiagnosis(map, failed);
      const order = [...prereqs].sort(() => random() - 0.5);
      for (let i = 0; !diagnosisDone(r); i++) {
        const q = order[i % order.length] as string;
        r = recordDiagnosticAnswer(r, q, answer(q));
      }
      randomQuestions += r.asked.length;
    }
    const adaptiveMean = adaptiveQuestions / learners;
    const randomMean = randomQuestions / learners;
    const agreement = agree / decisions;
    console.log(
      `diagnosis simulation (${learners} learners, slip ${slip}, guess ${guess}): ` +
        `adaptive ${adaptiveMean.toFixed(1)} questions vs random order ${randomMean.toFixed(1)}; ` +
        `missing prerequisite found ${((100 * adaptiveFound) / learners).toFixed(1)}%; ` +
        `mastered/not-mastered decisions agree with truth ${(100 * agreement).toFixed(1)}% of ${decisions}`,
    );
    expect(adaptiveMean).toBeLessThan(randomMean);
    expect(adaptiveFound / learners).toBeGreaterThanOrEqual(0.9);
    expect(agreement).toBeGreaterThanOrEqual(0.95);
  });
});
