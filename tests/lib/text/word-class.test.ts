import { describe, expect, it } from 'vitest';
import { wordClass } from '@/lib/text/word-class';

describe('wordClass', () => {
  it.each([
    ['highly', 'en', 'adverb'],
    ['family', 'en', 'other'],
    ['evolved', 'en', 'participle'],
    ['known', 'en', 'participle'],
    ['speed', 'en', 'other'],
    ['consistent', 'en', 'other'],
    ['continuous', 'en', 'adjective'],
    ['objective', 'en', 'other'],
    ['variable', 'en', 'other'],
    ['networks', 'en', 'other'],
    ['reveals', 'en', 'verb'],
    ['measure', 'en', 'other'],
    // Romance languages put adjectives after the noun ("Forças Armadas"): no rule there.
    ['armadas', 'pt', 'other'],
    ['rapidement', 'fr', 'other'],
  ] as const)('%s (%s) is %s', (word, lang, cls) => {
    expect(wordClass(word, lang)).toBe(cls);
  });
});
