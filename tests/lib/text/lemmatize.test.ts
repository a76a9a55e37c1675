import { describe, expect, it } from 'vitest';
import { lemmatize } from '@/lib/text/lemmatize';

describe('lemmatize', () => {
  it.each([
    ['pt', 'errei', 'errar', true],
    ['pt', 'seja', 'ser', true],
    ['pt', 'falaram', 'falar', true],
    ['es', 'estará', 'estar', true],
    ['es', 'hablaron', 'hablar', true],
    ['fr', 'pourra', 'pouvoir', true],
    ['fr', 'adoptera', 'adopter', true],
    // Nouns with endings verbs share stay nouns.
    ['pt', 'estado', 'estado', false],
    ['pt', 'europeu', 'europeu', false],
    ['pt', 'contrabando', 'contrabando', false],
    ['es', 'comité', 'comité', false],
    ['fr', 'année', 'année', false],
    ['fr', 'nations', 'nations', false],
    ['en', 'called', 'called', false],
  ])('%s %s → %s', (lang, word, lemma, verb) => {
    const r = lemmatize(word, lang);
    expect(r.lemma).toBe(lemma);
    expect(r.verb).toBe(verb);
  });

  it('marks the verbs every beginner knows as core', () => {
    expect(lemmatize('seja', 'pt').core).toBe(true);
    expect(lemmatize('errei', 'pt').core).toBe(false);
  });
});
