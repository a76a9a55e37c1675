import { describe, expect, it } from 'vitest';
import { locatePhrase } from '@/lib/extract/locate-phrase';

const sentences = [
  'Besides the while statement just introduced, Python knows the usual control flow statements.',
  'Perhaps the most well-known statement type is the if statement.',
  'For instance, the built-in range() function expects separate start and stop arguments.',
  'Small anonymous functions can be created with the lambda keyword.',
];

describe('locatePhrase', () => {
  it('finds the prose form of a heading topic, case and number as the prose writes them', () => {
    expect(locatePhrase('if Statements', sentences)).toEqual({ label: 'if statement', sentence: 1 });
    expect(locatePhrase('range() Function', sentences)).toEqual({ label: 'range() function', sentence: 2 });
  });

  it('matches whole words only and says when the phrase is not used', () => {
    expect(locatePhrase('anonymous function', sentences)).toEqual({
      label: 'anonymous functions',
      sentence: 3,
    });
    expect(locatePhrase('low control', sentences)).toBeUndefined();
    expect(locatePhrase('Lambda Expressions', sentences)).toBeUndefined();
  });
});
