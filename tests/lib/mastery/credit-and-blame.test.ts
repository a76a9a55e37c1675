import { describe, expect, it } from 'vitest';
import { creditAndBlame } from '@/lib/mastery/credit-and-blame';
import type { PrereqGraph } from '@/lib/mastery/prereq-graph';

// closures rests on functions and scope; functions rests on variables.
const map: Record<string, string[]> = {
  closures: ['functions', 'scope'],
  functions: ['variables'],
  scope: [],
};
const graph: PrereqGraph = { prereqsOf: (k) => map[k] ?? [] };

describe('creditAndBlame', () => {
  it('a right answer credits every prerequisite, less with distance', () => {
    const ev = creditAndBlame(graph, 'closures', true, () => 0.5);
    const w = Object.fromEntries(ev.map((e) => [e.conceptKey, e.weight]));
    expect(ev.every((e) => e.correct)).toBe(true);
    expect(w).toEqual({ functions: 0.5, scope: 0.5, variables: 0.25 });
  });

  it('a wrong answer blames the weakest prerequisite most', () => {
    const pKnown = (k: string) => ({ functions: 0.95, scope: 0.2, variables: 0.9 })[k] ?? 0.5;
    const ev = creditAndBlame(graph, 'closures', false, pKnown);
    expect(ev[0]?.conceptKey).toBe('scope');
    expect(ev.every((e) => !e.correct)).toBe(true);
    const total = ev.reduce((s, e) => s + e.weight, 0);
    expect(total).toBeCloseTo(0.6, 6);
    expect(ev.find((e) => e.conceptKey === 'functions')?.weight ?? 0).toBeLessThan(0.05);
  });

  it('a concept without prerequisites passes nothing on; well-known prerequisites take no blame', () => {
    expect(creditAndBlame(graph, 'scope', false, () => 0.5)).toEqual([]);
    expect(creditAndBlame(graph, 'closures', false, () => 1)).toEqual([]);
  });

  it('survives a cycle in a learned map', () => {
    const cyclic: PrereqGraph = { prereqsOf: (k) => (k === 'a' ? ['b'] : k === 'b' ? ['a'] : []) };
    expect(creditAndBlame(cyclic, 'a', true, () => 0.5)).toEqual([
      { conceptKey: 'b', correct: true, weight: 0.5 },
    ]);
  });
});
