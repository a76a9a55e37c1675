import { describe, expect, it } from 'vitest';
import { PrereqGraph } from '@/lib/graph/prereq-graph';
import {
  type HoleDiagnosis,
  knownAfterDiagnosis,
  likeliestHole,
  nextDiagnosticConcept,
  startHoleDiagnosis,
} from '@/lib/mastery/hole-diagnosis';

/** a → b → c → d → e → f → g → failed: a chain of seven prerequisites under the failed concept. */
function chain(): PrereqGraph {
  const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'];
  const { graph } = PrereqGraph.fromEdges(
    keys.slice(1).map((to, i) => ({ from: keys[i]!, to, confidence: 0.9, evidence: [] })),
  );
  return graph;
}

const start = (graph: PrereqGraph, mastered: (k: string) => boolean = () => false) =>
  startHoleDiagnosis(
    graph,
    'x',
    () => true,
    mastered,
    () => 0.5,
  ) as HoleDiagnosis;

/** Answers as a learner who knows everything below `hole` (and not `hole` nor what rests on it). */
function run(d: HoleDiagnosis, hole: string): string[] {
  const order = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'];
  const asked: string[] = [];
  for (;;) {
    const key = nextDiagnosticConcept(d, () => 0.25);
    if (key === undefined) break;
    asked.push(key);
    d.asked.push({ conceptKey: key, correct: order.indexOf(key) < order.indexOf(hole), guess: 0.25 });
  }
  return asked;
}

describe('the search for the hole behind a wrong answer', () => {
  it('bisects a chain: the first question is near the middle, and it finds the hole in a few questions', () => {
    const d = start(chain());
    expect(d.candidates).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x']);
    expect(['c', 'd', 'e']).toContain(nextDiagnosticConcept(d, () => 0.25));
    for (const hole of ['a', 'c', 'f', 'x']) {
      const fresh = start(chain());
      const asked = run(fresh, hole);
      expect(likeliestHole(fresh).key).toBe(hole);
      expect(asked.length).toBeLessThanOrEqual(6);
    }
  });

  it('leaves mastered prerequisites and what lies under them out, and has nothing to search without a prerequisite', () => {
    const d = start(chain(), (k) => k === 'd');
    expect(d.candidates).toEqual(['e', 'f', 'g', 'x']);
    expect(
      startHoleDiagnosis(
        chain(),
        'a',
        () => true,
        () => false,
        () => 0.5,
      ),
    ).toBeNull();
    expect(
      startHoleDiagnosis(
        chain(),
        'x',
        () => false,
        () => false,
        () => 0.5,
      ),
    ).toBeNull();
  });

  it('suspects weak concepts first (the prior), and counts earlier answers as evidence', () => {
    const d = startHoleDiagnosis(
      chain(),
      'x',
      () => true,
      () => false,
      (k) => (k === 'f' ? 0.05 : 0.9),
    )!;
    expect(likeliestHole(d).key).toBe('f');
    d.earlier = [{ conceptKey: 'f', correct: true, guess: 0.05 }];
    expect(likeliestHole(d).key).not.toBe('f');
  });

  it('clears the candidates answered right, and asks nothing when nothing askable would tell more', () => {
    const d = start(chain());
    run(d, 'f');
    const known = knownAfterDiagnosis(d);
    expect(known.get('a')).toBeGreaterThan(0.9);
    expect(known.get('f')).toBeLessThan(0.2);
    expect(nextDiagnosticConcept(start(chain()), () => undefined)).toBeUndefined();
  });

  it('suspects only what the gap list could name: a trait or module behind the owner type is not searched', () => {
    const by = (from: string, to: string, confidence: number, source: string) => ({
      from,
      to,
      confidence,
      evidence: [{ source, detail: '' }],
    });
    const { graph } = PrereqGraph.fromEdges([
      by('BinaryHeap', 'BinaryHeap::push', 0.85, 'api-member'),
      by('FromIterator', 'BinaryHeap', 0.75, 'api-implements'),
      by('std::collections', 'BinaryHeap', 0.45, 'api-module'),
      by('Ord', 'BinaryHeap', 0.8, 'api-signature'),
    ]);
    const search = (failed: string) =>
      startHoleDiagnosis(
        graph,
        failed,
        () => true,
        () => false,
        () => 0.5,
      )?.candidates;
    expect(search('BinaryHeap::push')).toEqual(['Ord', 'BinaryHeap', 'BinaryHeap::push']);
    // Behind a failure on the type itself they are fair suspects.
    expect(search('BinaryHeap')?.slice().sort()).toEqual([
      'BinaryHeap',
      'FromIterator',
      'Ord',
      'std::collections',
    ]);
  });
});
