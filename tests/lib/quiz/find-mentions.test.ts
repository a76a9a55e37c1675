import { describe, expect, test } from 'vitest';
import { blankMentions, findMentions, mentionsLoosely } from '@/lib/quiz/find-mentions';

describe('blankMentions', () => {
  test.each<[string, string[], string]>([
    [
      'A closure is a function that remembers its scope.',
      ['closure'],
      'A _____ is a function that remembers its scope.',
    ],
    ['Closures are used for callbacks.', ['closure'], '_____ are used for callbacks.'],
    ['The enclosure is not a closure.', ['closure'], 'The enclosure is not a _____.'],
    ['La inflación subió; la inflación bajó.', ['inflación'], 'La _____ subió; la _____ bajó.'],
    ['闭包是能够读取其他函数内部变量的函数。', ['闭包'], '_____是能够读取其他函数内部变量的函数。'],
    [
      'クロージャとは、外側の変数を捕捉する関数です。',
      ['クロージャ'],
      '_____とは、外側の変数を捕捉する関数です。',
    ],
    ['클로저는 함수입니다.', ['클로저'], '_____는 함수입니다.'],
    ['والخوارزمية هي مجموعة من الخطوات.', ['الخوارزمية'], 'و_____ هي مجموعة من الخطوات.'],
    ['Call json.dumps() to serialise.', ['json.dumps'], 'Call _____() to serialise.'],
    [
      'A virtual environment, or venv, isolates packages.',
      ['virtual environment', 'venv'],
      'A _____, or _____, isolates packages.',
    ],
  ])('%s', (text, forms, expected) => {
    expect(blankMentions(text, forms)).toBe(expected);
  });
});

describe('findMentions', () => {
  test.each<[string, string[], boolean, number]>([
    ['Call json.loads() here.', ['json.load'], true, 0],
    ['Call json.loads() here.', ['loads'], false, 1],
    ['dump and dumps differ', ['dump'], false, 1],
    ['dump and dumps differ', ['dump'], true, 2],
  ])('%s / %j / inflect %s → %i', (text, forms, inflect, count) => {
    expect(findMentions(text, forms, { inflect })).toHaveLength(count);
  });

  test('overlapping forms merge into one mention', () => {
    expect(findMentions('list comprehension', ['list comprehension', 'comprehension'])).toEqual([
      { start: 0, end: 18 },
    ]);
  });
});

describe('mentionsLoosely', () => {
  test.each<[string, string, boolean]>([
    ['Des petites maisons.', 'petit', true],
    ['Las casas bonitas.', 'bonito', true],
    ['A generator yields.', 'iterator', false],
  ])('%s / %s → %s', (text, form, expected) => {
    expect(mentionsLoosely(text, [form])).toBe(expected);
  });
});
