import { describe, expect, test } from 'vitest';
import { advanceReason } from '@/lib/quiz/advance-reason';

const l = (...labels: string[]) => labels.map((label) => ({ label }));

describe('advanceReason', () => {
  test.each<[string, { label: string }[], { label: string }[], string, string | null]>([
    ['nothing missing', [], [], 'en', null],
    ['two gaps', l('closures', 'iterators'), l('generators'), 'en', '2 gaps: closures, iterators'],
    ['one gap', l('closures'), [], 'en', '1 gap: closures'],
    [
      'unmastered only',
      [],
      l('closures', 'iterators', 'generators'),
      'en',
      '3 concepts not yet mastered: closures, iterators, generators',
    ],
    ['more than three', l('a', 'b', 'c', 'd', 'e'), [], 'en', '5 gaps: a, b, c and 2 more'],
    ['duplicates counted once', l('闭包', '闭包', '迭代器'), [], 'en', '2 gaps: 闭包, 迭代器'],
    ['Spanish', l('inflación', 'desempleo'), [], 'es', '2 lagunas: inflación, desempleo'],
    [
      'Spanish unmastered',
      [],
      l('a', 'b', 'c', 'd'),
      'es-ES',
      '4 conceptos aún sin dominar: a, b, c y 1 más',
    ],
    // Each right-to-left label isolated, so a list of them keeps its order in an English sentence.
    ['RTL labels', l('الخوارزمية'), [], 'en', '1 gap: \u2068الخوارزمية\u2069'],
    [
      'RTL list',
      [],
      l('الماء', 'دورة الماء', 'عندما', 'الأرض'),
      'en',
      '4 concepts not yet mastered: \u2068الماء\u2069, \u2068دورة الماء\u2069, \u2068عندما\u2069 and 1 more',
    ],
  ])('%s', (_name, gaps, unmastered, lang, expected) => {
    expect(advanceReason(gaps, unmastered, lang)).toBe(expected);
  });
});
