import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frontier } from '@/lib/graph/frontier';
import { gapsBehind } from '@/lib/graph/gaps-behind';
import { applyLearnerEvidence } from '@/lib/graph/learner-evidence';
import { PrereqGraph } from '@/lib/graph/prereq-graph';
import { prerequisitesOf } from '@/lib/graph/prerequisites-of';
import { GATING_CONFIDENCE } from '@/lib/graph/query-options';
import { studyPath } from '@/lib/graph/study-path';
import { edge, isAcyclic } from './support';

// a → b → d, a → c → d, d → e; x unrelated.
function diamond(): PrereqGraph {
  const g = new PrereqGraph();
  for (const [f, t] of [
    ['a', 'b'],
    ['a', 'c'],
    ['b', 'd'],
    ['c', 'd'],
    ['d', 'e'],
  ] as const)
    g.addEdge(edge(f, t, 0.8));
  g.addNode('x');
  return g;
}

describe('prerequisitesOf', () => {
  it('lists prerequisites transitively, deepest first, with longest-chain depth and distance', () => {
    const hits = prerequisitesOf(diamond(), 'e');
    expect(hits.map((h) => h.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(hits.find((h) => h.key === 'a')).toMatchObject({ key: 'a', depth: 3, distance: 3 });
    expect(hits.find((h) => h.key === 'd')).toMatchObject({ key: 'd', depth: 1, distance: 1 });
    // The surest chain: the product of its confidences (0.8 per edge).
    expect(hits.find((h) => h.key === 'a')!.certainty).toBeCloseTo(0.512);
    expect(hits.find((h) => h.key === 'd')!.certainty).toBeCloseTo(0.8);
  });

  it('respects maxDepth and ignores edges below the confidence floor', () => {
    expect(prerequisitesOf(diamond(), 'e', { maxDepth: 1 }).map((h) => h.key)).toEqual(['d']);
    const g = diamond();
    g.adjustEdge('d', 'e', GATING_CONFIDENCE / 2);
    expect(prerequisitesOf(g, 'e')).toEqual([]);
  });
});

describe('frontier, gaps and study path', () => {
  const mastered = new Set(['a', 'b']);
  const isMastered = (k: string) => mastered.has(k);

  it('frontier: unmastered concepts whose prerequisites are all mastered', () => {
    expect(frontier(diamond(), isMastered)).toEqual(['c', 'x']);
  });

  it('gaps behind a concept stop at mastered prerequisites', () => {
    expect(
      gapsBehind(diamond(), 'e', isMastered)
        .map((h) => h.key)
        .sort(),
    ).toEqual(['c', 'd']);
  });

  it('ranks gaps by how sure the edge is and how good the concept is, not by depth', () => {
    // A method's owner type (sure, direct) against a chain of weak guesses (deeper).
    const g = new PrereqGraph();
    g.addEdge(edge('owner', 'method', 0.85));
    g.addEdge(edge('guess1', 'method', 0.3));
    g.addEdge(edge('guess2', 'guess1', 0.3));
    g.addEdge(edge('word', 'method', 0.85));
    const none = () => false;
    expect(gapsBehind(g, 'method', none).map((h) => h.key)).toEqual(['owner', 'word', 'guess1', 'guess2']);
    const quality = (k: string) => (k === 'word' ? 0.5 : 1);
    expect(gapsBehind(g, 'method', none, { quality }).map((h) => h.key)).toEqual([
      'owner',
      'word',
      'guess1',
      'guess2',
    ]);
    expect(gapsBehind(g, 'method', none, { quality: (k) => (k === 'owner' ? 0.2 : 1) })[0]!.key).toBe('word');
  });

  it('names a trait a type implements, and the module an item lives in, only behind that type or item', () => {
    const g = new PrereqGraph();
    const by = edge;
    g.addEdge(by('BinaryHeap', 'BinaryHeap::push', 0.85, 'api-member'));
    g.addEdge(by('FromIterator', 'BinaryHeap', 0.75, 'api-implements'));
    g.addEdge(by('std::collections', 'BinaryHeap', 0.45, 'api-module'));
    g.addEdge(by('Vec', 'BinaryHeap::into_vec', 0.7, 'api-signature'));
    g.addEdge(by('BinaryHeap', 'BinaryHeap::into_vec', 0.85, 'api-member'));
    g.addEdge(by('std::vec', 'Vec', 0.45, 'api-module'));
    // A supertype is what the type is built on: it is passed on to the type's methods.
    g.addEdge(by('EventEmitter', 'net.Server', 0.75, 'api-supertype'));
    g.addEdge(by('net.Server', 'server.listen', 0.85, 'api-member'));
    const none = () => false;
    const keys = (k: string) =>
      gapsBehind(g, k, none)
        .map((h) => h.key)
        .sort();
    expect(keys('BinaryHeap')).toEqual(['FromIterator', 'std::collections']);
    expect(keys('BinaryHeap::push')).toEqual(['BinaryHeap']);
    expect(keys('BinaryHeap::into_vec')).toEqual(['BinaryHeap', 'Vec']);
    expect(keys('server.listen')).toEqual(['EventEmitter', 'net.Server']);
    // What the learner's answers added to an edge does not make it pass on.
    const [traitEdge] = [...g.prerequisiteEdges('BinaryHeap')].filter((e) => e.from === 'FromIterator');
    traitEdge!.evidence.push({ source: 'learner', detail: 'a wrong answer with FromIterator unmastered' });
    expect(keys('BinaryHeap::push')).toEqual(['BinaryHeap']);
    // Other evidence is followed as before.
    g.addEdge(edge('Ord', 'BinaryHeap', 0.8));
    expect(keys('BinaryHeap::push')).toEqual(['BinaryHeap', 'Ord']);
  });

  it('study path puts unmastered prerequisites before the page concepts', () => {
    expect(studyPath(diamond(), ['e', 'x'], isMastered)).toEqual([
      { key: 'c', onPage: false },
      { key: 'd', onPage: false },
      { key: 'e', onPage: true },
      { key: 'x', onPage: true },
    ]);
  });
});

describe('learner evidence', () => {
  it('weakens an edge when the concept is passed without its prerequisite', () => {
    const g = diamond();
    const changed = applyLearnerEvidence(g, [{ conceptKey: 'e', correct: true, at: 1 }], () => false);
    expect(changed).toHaveLength(1);
    expect(g.edge('d', 'e')!.confidence).toBeLessThan(0.8);
    expect(g.edge('d', 'e')!.evidence.at(-1)?.source).toBe('learner');
  });

  it('strengthens an edge when the concept is failed while the prerequisite is unmastered', () => {
    const g = diamond();
    applyLearnerEvidence(g, [{ conceptKey: 'e', correct: false, at: 1 }], () => false);
    expect(g.edge('d', 'e')!.confidence).toBeGreaterThan(0.8);
  });

  it('weakens slightly when failed although every prerequisite is mastered', () => {
    const g = diamond();
    applyLearnerEvidence(g, [{ conceptKey: 'd', correct: false, at: 1 }], (k) => k !== 'd');
    expect(g.edge('b', 'd')!.confidence).toBeLessThan(0.8);
    expect(g.edge('b', 'd')!.confidence).toBeGreaterThan(0.7);
  });

  it('repeated passes eventually drop an edge below the gating floor', () => {
    const g = diamond();
    const events = Array.from({ length: 12 }, (_, i) => ({ conceptKey: 'e', correct: true, at: i }));
    applyLearnerEvidence(g, events, () => false);
    expect(g.edge('d', 'e')!.confidence).toBeLessThan(GATING_CONFIDENCE);
    expect(frontier(g, () => false, { among: ['e'] })).toEqual(['e']);
  });
});

// Reference implementations, written from the definitions, to check the fast ones against.
function directPrereqs(g: PrereqGraph, k: string): string[] {
  return [...g.prerequisiteEdges(k)].filter((e) => e.confidence >= GATING_CONFIDENCE).map((e) => e.from);
}

describe('property: insertions and learner events keep the graph acyclic and queries consistent', () => {
  const node = fc.integer({ min: 0, max: 9 }).map((n) => `k${n}`);
  const event = fc.oneof(
    fc.record({
      type: fc.constant('edge' as const),
      from: node,
      to: node,
      c: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({ type: fc.constant('answer' as const), key: node, correct: fc.boolean() }),
  );

  it('holds for any sequence', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 60 }),
        fc.uniqueArray(node, { maxLength: 10 }),
        (events, masteredList) => {
          const mastered = new Set(masteredList);
          const isMastered = (k: string) => mastered.has(k);
          const g = new PrereqGraph();
          for (let i = 0; i < 10; i++) g.addNode(`k${i}`);
          events.forEach((ev, i) => {
            if (ev.type === 'edge') g.addEdge(edge(ev.from, ev.to, ev.c));
            else applyLearnerEvidence(g, [{ conceptKey: ev.key, correct: ev.correct, at: i }], isMastered);
          });
          expect(isAcyclic(g)).toBe(true);

          const front = new Set(frontier(g, isMastered));
          for (const k of g.nodes()) {
            const expected = !isMastered(k) && directPrereqs(g, k).every(isMastered);
            expect(front.has(k)).toBe(expected);
          }

          for (const k of g.nodes()) {
            // Gaps: unmastered prerequisites reachable through unmastered ones only.
            const expected = new Set<string>();
            const stack = [k];
            while (stack.length > 0) {
              const n = stack.pop()!;
              for (const p of directPrereqs(g, n)) {
                if (isMastered(p) || expected.has(p)) continue;
                expected.add(p);
                stack.push(p);
              }
            }
            const hits = gapsBehind(g, k, isMastered);
            const gaps = hits.map((h) => h.key);
            expect(new Set(gaps)).toEqual(expected);
            expect(gaps.length).toBe(expected.size);
            // Surest first; and no gap is surer than the chain through what it is a prerequisite of.
            hits.forEach((h, i) => {
              if (i > 0) expect(h.certainty).toBeLessThanOrEqual(hits[i - 1]!.certainty);
              expect(h.certainty).toBeGreaterThan(0);
              expect(h.certainty).toBeLessThanOrEqual(1);
            });
            for (const e of g.edges()) {
              const from = hits.find((h) => h.key === e.from);
              const to = hits.find((h) => h.key === e.to);
              if (from && to && e.confidence >= GATING_CONFIDENCE)
                expect(from.certainty).toBeGreaterThanOrEqual(to.certainty * e.confidence - 1e-9);
            }
          }

          const targets = ['k9', 'k3', 'k5'];
          const path = studyPath(g, targets, isMastered).map((s) => s.key);
          expect(new Set(path).size).toBe(path.length);
          for (const t of targets) expect(path.includes(t)).toBe(!isMastered(t));
          path.forEach((k, j) => {
            expect(isMastered(k)).toBe(false);
            for (const p of directPrereqs(g, k)) {
              if (isMastered(p)) continue;
              const i = path.indexOf(p);
              expect(i).toBeGreaterThanOrEqual(0);
              expect(i).toBeLessThan(j);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
