import { describe, expect, it } from 'vitest';
import { PrereqGraph } from '@/lib/graph/prereq-graph';
import { isSureEdge, testOut } from '@/lib/mastery/test-out';
import type { PrereqEdge } from '@/lib/types';

const edge = (from: string, to: string, confidence = 0.8, source = 'definition'): PrereqEdge => ({
  from,
  to,
  confidence,
  evidence: [{ source, detail: 'test' }],
});

// generators rests on iterators and functions; iterators on loops; decorators on functions.
const graph = PrereqGraph.fromEdges([
  edge('iterators', 'generators'),
  edge('functions', 'generators'),
  edge('loops', 'iterators'),
  edge('functions', 'decorators'),
]).graph;
const ok = (conceptKey: string) => ({ conceptKey, correct: true });
const no = (conceptKey: string) => ({ conceptKey, correct: false });

describe('testOut', () => {
  it.each([
    [
      'all right: the checked concepts and everything under them',
      [ok('generators'), ok('decorators'), ok('loops')],
      ['decorators', 'functions', 'generators', 'iterators', 'loops'],
    ],
    [
      'a wrong prerequisite blocks what rests on it',
      [ok('generators'), ok('decorators'), no('iterators'), ok('loops'), ok('functions')],
      ['decorators', 'functions', 'loops'],
    ],
    ['below the pass rate nothing is marked', [ok('generators'), no('decorators'), no('loops')], []],
    ['an empty check marks nothing', [], []],
  ])('%s', (_name, results, expected) => {
    expect(testOut(graph, results)).toEqual(expected);
  });

  it('the pass rate is configurable', () => {
    expect(testOut(graph, [ok('decorators'), no('loops')], { passRate: 0.5 })).toEqual([
      'decorators',
      'functions',
    ]);
  });

  it('marks nothing over unsure edges: low confidence, or only a model suggestion', () => {
    const unsure = PrereqGraph.fromEdges([
      edge('other-site-concept', 'generators', 0.35, 'llm'),
      edge('weak', 'generators', 0.25, 'heading'),
      edge('iterators', 'generators'),
    ]).graph;
    expect(testOut(unsure, [ok('generators')])).toEqual(['generators', 'iterators']);
    expect(isSureEdge(edge('a', 'b', 0.9, 'llm'))).toBe(false);
    expect(
      isSureEdge({
        ...edge('a', 'b', 0.9, 'llm'),
        evidence: [
          { source: 'llm', detail: '' },
          { source: 'learner', detail: '' },
        ],
      }),
    ).toBe(true);
    expect(isSureEdge(edge('a', 'b', 0.3))).toBe(false);
  });

  it('a wrong answer still blocks over an unsure edge (doubt is cheap)', () => {
    const unsure = PrereqGraph.fromEdges([edge('loops', 'generators', 0.25, 'heading')]).graph;
    expect(testOut(unsure, [ok('generators'), no('loops'), ok('a'), ok('b'), ok('c')])).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
