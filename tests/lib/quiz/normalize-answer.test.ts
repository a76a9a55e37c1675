import { describe, expect, test } from 'vitest';
import { damerauLevenshtein } from '@/lib/quiz/damerau-levenshtein';
import { sameInflectedForm } from '@/lib/quiz/inflection-stems';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';

describe('normalizeAnswer', () => {
  test.each([
    ['  The Closure. ', 'closure'],
    ['Éléphant', 'elephant'],
    ['ＰＹＴＨＯＮ', 'python'],
    ['「闭包」', '闭包'],
    ['が', 'が'],
    ['+=', '+='],
    ['«la inflación»', 'inflacion'],
    ['ha-Ṣ', 'ha-s'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });
});

describe('damerauLevenshtein', () => {
  test.each([
    ['kitten', 'sitting', 3],
    ['ca', 'ac', 1],
    ['iterator', 'itreator', 1],
    ['', 'abc', 3],
    ['闭包', '闭合', 1],
    ['𠀋a', 'a𠀋', 1],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });

  test('stops early above max', () => {
    expect(damerauLevenshtein('abcdefgh', 'zyxwvuts', 1)).toBe(2);
  });
});

describe('sameInflectedForm', () => {
  test.each([
    ['closure', 'closures', true],
    ['library', 'libraries', true],
    ['deuda pública', 'deudas públicas', true],
    ['closure', 'closed', false],
    ['json.load', 'json.loads', false],
    ['map', 'maps', true],
    ['闭包', '闭包们', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(sameInflectedForm(a, b)).toBe(expected);
  });
});
