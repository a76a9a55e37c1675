import { describe, expect, it } from 'vitest';
import { candidatePhrases, tokenizeSentences } from '@/lib/extract/candidate-phrases';

/** The maximal candidate phrases of one English sentence, as written. */
function phrases(sentence: string): string[] {
  return candidatePhrases(tokenizeSentences([sentence], 'en'), 'en')
    .filter((p) => p.maximal)
    .map((p) => p.words.join(' '));
}

describe('candidate phrases: an English verb in -s is not part of the term before it', () => {
  it.each([
    ['Each call to makeCounter creates a new closure.', 'makeCounter', 'makeCounter creates'],
    ['A closure gives its function private state.', 'closure', 'closure gives'],
    ['This chapter builds on closures.', 'chapter', 'chapter builds'],
    ['Because an iterator produces one value per call, it is lazy.', 'iterator', 'iterator produces'],
    ['A callback runs when a timer fires or a request finishes.', 'timer', 'timer fires'],
  ])('%s', (sentence, term, clause) => {
    const found = phrases(sentence);
    expect(found).toContain(term);
    expect(found).not.toContain(clause);
  });

  it.each([
    ['A graphics engine draws the scene.', 'graphics engine'],
    ['We study sensor networks in a smart home.', 'sensor networks'],
    ['A time series of prices was measured.', 'time series'],
    ['Closures are inner functions that return values.', 'inner functions'],
  ])('keeps plural nouns and nouns in -s: %s', (sentence, term) => {
    expect(phrases(sentence)).toContain(term);
  });
});
