import { describe, expect, it } from 'vitest';
import type { PrereqGraph } from '@/lib/mastery/prereq-graph';
import { testOut } from '@/lib/mastery/test-out';

// A small map: generators rests on iterators and functions; iterators on loops; decorators on functions.
const map: Record<string, string[]> = {
  generators: ['iterators', 'functions'],
  iterators: ['loops'],
  decorators: ['functions'],
};
const graph: PrereqGraph = { prereqsOf: (k) => map[k] ?? [] };
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
});
