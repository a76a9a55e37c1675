import { describe, expect, it } from 'vitest';
import { ancestorsOf, graphFromEdges } from '@/lib/mastery/prereq-graph';

const edge = (from: string, to: string, confidence = 0.9) => ({ from, to, confidence, evidence: [] });

describe('prereq graph', () => {
  it('reads stored edges, dropping weak ones and self-loops', () => {
    const g = graphFromEdges([edge('a', 'b'), edge('c', 'b', 0.2), edge('b', 'b'), edge('a', 'b')], 0.5);
    expect(g.prereqsOf('b')).toEqual(['a']);
    expect(g.prereqsOf('a')).toEqual([]);
  });

  it('lists ancestors with their distance, nearest first, cutting cycles', () => {
    const g = graphFromEdges([
      edge('a', 'b'),
      edge('b', 'c'),
      edge('a', 'c'),
      edge('c', 'a'),
      edge('x', 'b'),
    ]);
    expect([...ancestorsOf(g, 'c')]).toEqual([
      ['b', 1],
      ['a', 1],
      ['x', 2],
    ]);
    expect([...ancestorsOf(g, 'c', 1).keys()]).toEqual(['b', 'a']);
  });
});
