import { describe, expect, test } from 'vitest';
import { lemmaCandidates } from '@/lib/dictionary/lemma-candidates';
import { longestMatches } from '@/lib/dictionary/longest-match';

describe('lemmaCandidates', () => {
  test.each([
    ['argentinas', 'es', 'argentino'],
    ['derechos', 'es', 'derecho'],
    ['ciudades', 'es', 'ciudad'],
    ['luces', 'es', 'luz'],
    ['hablaron', 'es', 'hablar'],
    ['comiendo', 'es', 'comer'],
    ['Gobierno', 'es', 'gobierno'],
    ['neues', 'de', 'neu'],
    ['journaux', 'fr', 'journal'],
    ['mangées', 'fr', 'manger'],
    ['libraries', 'en', 'library'],
    ['tipos de interés', 'es', 'tipo de interés'],
  ])('%s (%s) may be %s', (word, lang, lemma) => {
    expect(lemmaCandidates(word, lang)).toContain(lemma);
  });

  test('the word itself comes first', () => {
    expect(lemmaCandidates('casas', 'es')[0]).toBe('casas');
  });
});

describe('longestMatches', () => {
  const words = new Set(['人工', '智能', '人工智能', '发展', '的']);
  test('longest headword first: 人工智能 is one word', () => {
    expect(longestMatches('人工智能的发展', (s) => words.has(s)).map((m) => m.word)).toEqual([
      '人工智能',
      '的',
      '发展',
    ]);
  });
  test('characters no headword starts with are skipped', () => {
    expect(longestMatches('我们智能', (s) => words.has(s))).toEqual([{ word: '智能', start: 2 }]);
  });
});
