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
    ['symmetric', 'en', 'adjective'],
    ['logic', 'en', 'other'],
    ['networks', 'en', 'other'],
    ['reveals', 'en', 'verb'],
    ['measure', 'en', 'other'],
    // Romance languages put adjectives after the noun ("Forças Armadas"): only verbs there; a
    // capitalised word is a name.
    ['armadas', 'pt', 'other'],
    ['rapidement', 'fr', 'other'],
    ['morrem', 'pt', 'verb'],
    ['viagem', 'pt', 'other'],
    ['aconteceu', 'pt', 'verb'],
    ['europeu', 'pt', 'other'],
    ['Fernando', 'pt', 'other'],
    ['llegaron', 'es', 'verb'],
    ['décollait', 'fr', 'verb'],
    ['augmentera', 'fr', 'verb'],
    ['exigent', 'fr', 'verb'],
    ['naturalmente', 'pt', 'adverb'],
    ['semente', 'pt', 'other'],
    ['rapidamente', 'es', 'adverb'],
    ['gouvernement', 'fr', 'other'],
    ['président', 'fr', 'other'],
  ] as const)('%s (%s) is %s', (word, lang, cls) => {
    expect(wordClass(word, lang)).toBe(cls);
  });
});
