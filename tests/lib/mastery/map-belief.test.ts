import { describe, expect, it } from 'vitest';
import { PrereqGraph } from '@/lib/graph/prereq-graph';
import { mapBelief } from '@/lib/mastery/map-belief';
import type { MasteryLookup } from '@/lib/mastery/mastery-lookup';
import type { MasteryRecord } from '@/lib/types';

/** p → q, p2 → q (q rests on p and p2), q → r. */
const { graph } = PrereqGraph.fromEdges([
  { from: 'p', to: 'q', confidence: 0.9, evidence: [] },
  { from: 'p2', to: 'q', confidence: 0.9, evidence: [] },
  { from: 'q', to: 'r', confidence: 0.9, evidence: [] },
]);

function lookup(rows: Record<string, [number, number]>): MasteryLookup {
  const record = (key: string): MasteryRecord | undefined => {
    const r = rows[key];
    return r
      ? {
          conceptKey: key,
          status: 'learning',
          attempts: r[0],
          correct: r[1],
          streak: 0,
          pCorrect: r[1] / r[0],
        }
      : undefined;
  };
  return {
    record,
    pCorrect: (k) => record(k)?.pCorrect ?? 0.5,
    mastered: () => false,
    status: () => 'learning',
    openGaps: [],
  };
}

describe('credit and blame through the map', () => {
  it('credits a prerequisite when what rests on it is answered right, less from further away', () => {
    const direct = mapBelief(graph, lookup({ q: [2, 2] }), 'p');
    const far = mapBelief(graph, lookup({ r: [2, 2] }), 'p');
    expect(direct).toBeGreaterThan(far);
    expect(far).toBeGreaterThan(0.5);
  });

  it('blames the prerequisites when it is answered wrong, shared among the suspects', () => {
    const blamed = mapBelief(graph, lookup({ q: [2, 0] }), 'p');
    expect(blamed).toBeLessThan(0.5);
    // With one suspect fewer (p2 mastered) p takes the whole blame.
    const alone = mapBelief(graph, { ...lookup({ q: [2, 0] }), mastered: (k) => k === 'p2' }, 'p');
    expect(alone).toBeLessThan(blamed);
  });

  it('is the learner model’s prediction for a concept answered on, and even without evidence', () => {
    expect(mapBelief(graph, lookup({ p: [4, 3], q: [2, 0] }), 'p')).toBe(0.75);
    expect(mapBelief(graph, lookup({}), 'p')).toBe(0.5);
  });
});
