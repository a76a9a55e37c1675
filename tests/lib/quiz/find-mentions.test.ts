import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
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

describe('findMentions fast path agrees with the regular expression it replaces', () => {
  // The reference: what findMentions did with one Unicode-aware pattern per form.
  function reference(text: string, form: string, inflect: boolean): { start: number; end: number }[] {
    const body = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const spaced =
      !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(
        form,
      );
    const plural = inflect && spaced && /^[\p{L}\p{M}\s'’-]+$/u.test(form) ? '(?:e?s)?' : '';
    const source = spaced ? `(?<![\\p{L}\\p{N}\\p{M}_])${body}${plural}(?![\\p{L}\\p{N}\\p{M}_])` : body;
    return Array.from(text.matchAll(new RegExp(source, 'giu')), (m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
  }

  it('on random text over a small alphabet', () => {
    const alphabet = fc.constantFrom(...'aesS A.é-_1闭包ال'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')),
        fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
        fc.boolean(),
        (text, form, inflect) => {
          fc.pre(form.trim().length > 0 && form === form.trim());
          const expected = reference(text, form, inflect);
          // Merge the reference's matches the way findMentions does.
          const merged: { start: number; end: number }[] = [];
          for (const m of expected) {
            const last = merged.at(-1);
            if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
            else merged.push({ ...m });
          }
          expect(findMentions(text, [form], { inflect })).toEqual(merged);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
