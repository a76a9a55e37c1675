import { describe, expect, test } from 'vitest';
import { checkAnswerable } from '@/lib/quiz/check-answerable';
import type { Question } from '@/lib/quiz/types';

const base: Question = {
  id: 'q',
  conceptKey: 'term:en:closure',
  type: 'cloze',
  prompt: 'A _____ is a function that remembers the variables of its scope.',
  choices: ['closure', 'generator', 'decorator'],
  answer: 'closure',
  source: 'A closure is a function that remembers the variables of its scope.',
  generatedBy: 'offline',
};

describe('checkAnswerable', () => {
  test('a sound cloze passes', () => {
    expect(checkAnswerable(base)).toEqual({ ok: true, problems: [] });
  });

  test.each<[string, Partial<Question>, RegExp]>([
    [
      'answer not in the passage',
      { answer: 'lambda', choices: ['lambda', 'generator'] },
      /not in the source/,
    ],
    ['prompt gives it away', { prompt: 'A closure _____ is a function.' }, /gives the answer away/],
    ['no blank', { prompt: 'What remembers the variables of its scope?' }, /no blank/],
    [
      'distractor equal after normalisation',
      { choices: ['closure', 'Closure.', 'generator'] },
      /confusable|distinct/,
    ],
    ['distractor is an inflection', { choices: ['closure', 'closures', 'generator'] }, /confusable/],
    [
      'distractor appears in the passage',
      { choices: ['closure', 'function', 'generator'] },
      /distractor is in the passage: function/,
    ],
    ['answer missing from choices', { choices: ['generator', 'decorator'] }, /exactly one/],
    ['single choice', { choices: ['closure'] }, /fewer than two/],
    ['empty source', { source: ' ' }, /no source/],
  ])('rejects: %s', (_name, change, problem) => {
    const result = checkAnswerable({ ...base, ...change });
    expect(result.ok).toBe(false);
    expect(result.problems.join('; ')).toMatch(problem);
  });

  test('CJK: the distractor must not be a substring of the answer', () => {
    const q: Question = {
      ...base,
      prompt: '_____是一种编程范式。',
      source: '函数式编程是一种编程范式。',
      answer: '函数式编程',
      choices: ['函数式编程', '函数', '面向对象编程'],
    };
    expect(checkAnswerable(q).problems.join()).toMatch(/confusable.*函数|distractor is in the passage: 函数/);
  });

  test('true/false: a "true" statement must quote the source, a "false" one must not', () => {
    const tf: Question = {
      ...base,
      type: 'true-false',
      choices: ['True', 'False'],
      prompt: `True or false? ${base.source}`,
      answer: 'True',
    };
    expect(checkAnswerable(tf).ok).toBe(true);
    expect(checkAnswerable({ ...tf, answer: 'False' }).ok).toBe(false);
    expect(
      checkAnswerable({
        ...tf,
        prompt: 'True or false? A generator is a function that remembers…',
        answer: 'False',
      }).ok,
    ).toBe(true);
  });

  test('ordering: steps come from the source and the choices are those steps', () => {
    const q: Question = {
      ...base,
      type: 'ordering',
      prompt: 'Put these steps in order.',
      source: '1. Install Python. 2. Create a venv. 3. Install packages.',
      answer: 'Install Python.\nCreate a venv.\nInstall packages.',
      choices: ['Create a venv.', 'Install packages.', 'Install Python.'],
    };
    expect(checkAnswerable(q).ok).toBe(true);
    expect(checkAnswerable({ ...q, choices: ['Create a venv.', 'Install Python.'] }).ok).toBe(false);
    expect(checkAnswerable({ ...q, answer: 'Install Python.\nReboot.\nInstall packages.' }).ok).toBe(false);
  });
});
