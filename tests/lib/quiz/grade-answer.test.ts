import { describe, expect, it, test } from 'vitest';
import { type GradeMatch, gradeAnswer, typoAllowance } from '@/lib/quiz/grade-answer';
import type { Question, QuestionType } from '@/lib/quiz/types';

function typed(answer: string, accepted: string[] = [], type: QuestionType = 'typed'): Question {
  return {
    id: 'q',
    conceptKey: 'k',
    type,
    prompt: 'Type the missing term: _____',
    answer,
    accepted,
    source: answer,
    generatedBy: 'offline',
  };
}

describe('gradeAnswer, typed answers', () => {
  test.each<[string, string, string, GradeMatch]>([
    // [expected, given, why, match]
    ['closure', 'closure', 'identical', 'exact'],
    ['closure', '  Closure. ', 'case, spaces and surrounding punctuation', 'normalized'],
    ['list comprehension', 'List  Comprehension', 'case and inner spacing', 'normalized'],
    ['closure', 'the closure', 'English article', 'normalized'],
    ['inflación', 'inflacion', 'Spanish accent left out', 'normalized'],
    ['inflación', 'la inflación', 'Spanish article', 'normalized'],
    ['assemblée', "l'assemblée", 'French elided article', 'normalized'],
    ['assemblée', 'l’Assemblee', 'curly apostrophe, capital and no accent', 'normalized'],
    ['Straße', 'strasse', 'German sharp s', 'normalized'],
    ['データ', 'ﾃﾞｰﾀ', 'half-width katakana (NFKC)', 'normalized'],
    ['クロージャ', 'くろーじゃ', 'katakana word typed in hiragana', 'normalized'],
    ['ＡＰＩ', 'api', 'full-width Latin (NFKC)', 'normalized'],
    ['闭包', '「闭包」。', 'CJK brackets and full stop around the answer', 'normalized'],
    ['الخوارزمية', 'خوارزمية', 'Arabic article prefix', 'normalized'],
    ['الدالة', 'الدَّالَّة', 'Arabic vowel marks', 'normalized'],
    ['scope', 'scpoe', 'transposition at 5 letters', 'typo'],
    ['decorator', 'decorater', 'one typo at 9 letters', 'typo'],
    ['iterator', 'itreator', 'transposition at 8 letters', 'typo'],
    ['generator', 'genrator', 'one deletion', 'typo'],
    ['comprehension', 'comprehenison', 'transposition in a long word', 'typo'],
    ['comprehension', 'comprensión', 'two edits at 13 letters', 'typo'],
    ['クロージャー', 'クロージャ', 'one kana missing at 6 characters', 'typo'],
  ])('accepts %s ← %s (%s)', (expected, given, _why, match) => {
    const grade = gradeAnswer(typed(expected), given);
    expect(grade).toMatchObject({ correct: true, expected, match });
  });

  test.each<[string, string, string]>([
    ['closure', 'generator', 'another concept'],
    ['map', 'mop', 'no typo allowed under 4 characters'],
    ['iterator', 'itrtaor', 'two edits at 8 letters'],
    ['decorator', 'dcrtor', 'three edits at 9 letters'],
    ['闭包', '闭合', 'a one-character slip in a 2-character CJK word'],
    ['包', '抱', 'single CJK character'],
    ['が', 'か', 'Japanese voicing mark is a different letter'],
    ['ガ', 'カ', 'katakana voicing mark too'],
    ['closure', '', 'empty answer'],
    ['closure', '   ...  ', 'punctuation only'],
  ])('rejects %s ← %s (%s)', (expected, given) => {
    expect(gradeAnswer(typed(expected), given)).toMatchObject({ correct: false, match: 'none', expected });
  });

  // Issue 14, pattern 6: the right word in another form is its own verdict, never "Correct.".
  test.each<[string, string, string]>([
    ['argentino', 'argentina', 'Spanish gender'],
    ['argentino', 'argentinos', 'Spanish number'],
    ['derechos', 'derecho', 'Spanish singular for plural'],
    ['neues', 'neue', 'German adjective ending'],
    ['lock', 'locked', 'English past tense of a method name'],
    ['lock', 'locking', 'English -ing'],
    ['closure', 'closures', 'English plural -s'],
    ['class', 'classes', 'English plural -es'],
    ['library', 'libraries', 'English plural -ies'],
    ['ciudad', 'ciudades', 'Spanish plural -es'],
    ['bonito', 'bonitas', 'Spanish gender and number'],
    ['petit', 'petites', 'French feminine plural'],
    ['journal', 'journaux', 'French -aux plural'],
    ['tipo de interés', 'tipos de interés', 'inflection inside a phrase'],
  ])('%s ← %s is the right word in the wrong form (%s)', (expected, given) => {
    const grade = gradeAnswer(typed(expected), given);
    expect(grade).toMatchObject({ correct: false, match: 'wrong-form', expected });
    expect(grade.feedback).toBe(`Right word, wrong form: ${expected}`);
    expect(grade.feedback).not.toContain('Correct');
  });

  test.each<[string, string]>([
    ['lock', 'lokc'],
    ['gibt', 'gbit'],
    ['neues', 'neuse'],
  ])('one slip from four letters on: %s ← %s', (expected, given) => {
    expect(gradeAnswer(typed(expected), given)).toMatchObject({ correct: true, match: 'typo' });
  });

  describe('an API identifier is exact apart from a slip', () => {
    const lock: Question = {
      ...typed('lock'),
      conceptKey: 'api:rust:Mutex::lock',
      source: 'Call lock first.',
    };
    test.each<[string, boolean, GradeMatch]>([
      ['lock', true, 'exact'],
      ['lock()', true, 'normalized'],
      ['`lock`', true, 'normalized'],
      ['Lock', true, 'typo'],
      ['lokc', true, 'typo'],
      ['locked', false, 'wrong-form'],
      ['locks', false, 'wrong-form'],
      ['locking', false, 'wrong-form'],
      ['unlock', false, 'none'],
      ['lo', false, 'none'],
    ])('lock ← %s', (given, correct, match) => {
      expect(gradeAnswer(lock, given)).toMatchObject({ correct, match });
    });

    it('says how the name is spelt when case alone differs', () => {
      const readFile: Question = { ...typed('readFile'), conceptKey: 'api:js:fs.readFile' };
      expect(gradeAnswer(readFile, 'readfile').feedback).toBe('Correct — check the spelling: “readFile”.');
      expect(gradeAnswer(readFile, 'readFileSync').correct).toBe(false);
    });
  });

  test.each<[string, string, GradeMatch]>([
    ['neues', 'neuer', 'wrong-form'],
    ['neues', 'neuen', 'wrong-form'],
    ['neues', 'neue', 'wrong-form'],
    ['Zusatzfelder', 'Zusatzfeldern', 'wrong-form'],
    ['neues', 'neuse', 'typo'],
    ['gibt', 'gbit', 'typo'],
    ['gibt', 'gibt', 'exact'],
  ])('German: %s ← %s is %s', (expected, given, match) => {
    const q: Question = { ...typed(expected), conceptKey: `vocab:de:${expected.toLowerCase()}` };
    expect(gradeAnswer(q, given).match).toBe(match);
  });

  it('a meaning question accepts any gloss of the entry', () => {
    const q: Question = {
      ...typed('right'),
      type: 'vocab-gloss',
      choices: ['right', 'left', 'law-abiding'],
      accepted: ['law', 'right'],
    };
    expect(gradeAnswer(q, 'right').correct).toBe(true);
    expect(gradeAnswer(q, 'law').correct).toBe(true);
    expect(gradeAnswer(q, 'left').correct).toBe(false);
    const typedMeaning: Question = { ...typed('right', ['law', 'entitlement']), type: 'vocab-recall' };
    expect(gradeAnswer(typedMeaning, 'entitlement').correct).toBe(true);
  });

  it('accepts the other forms listed in accepted that the sentence uses, and other words (aliases)', () => {
    const q = { ...typed('precio', ['precios']), source: 'Los precios suben otra vez.' };
    expect(gradeAnswer(q, 'Precios').correct).toBe(true);
    // The key is right too: it is the form the question was written for.
    expect(gradeAnswer(q, 'precio').correct).toBe(true);
    const alias = { ...typed('JavaScript', ['JS']), source: 'JavaScript runs in the browser.' };
    expect(gradeAnswer(alias, 'js').correct).toBe(true);
  });

  // The blank's form is the sentence's: an accepted lemma or other inflection is not "Correct." there.
  test.each<[string, string[], string, string, string]>([
    // [answer, accepted, source, given, expected shown]
    ['derechos', ['derecho'], 'Defienden los derechos humanos.', 'derecho', 'derechos'],
    ['argentino', ['argentinos'], 'El equipo argentino ganó.', 'argentinos', 'argentino'],
    ['argentino', ['argentinos'], 'El equipo argentino ganó.', 'Argentina', 'argentino'],
  ])('blank for %s (accepted %j): %s ← %s is the wrong form', (answer, accepted, source, given, shown) => {
    const q: Question = { ...typed(answer, accepted, 'vocab-recall'), source };
    expect(gradeAnswer(q, given)).toMatchObject({ correct: false, match: 'wrong-form', expected: shown });
    expect(gradeAnswer(q, given).feedback).toBe(`Right word, wrong form: ${shown}`);
    expect(gradeAnswer(q, shown).correct).toBe(true);
  });

  it('says why an answer was forgiven', () => {
    expect(gradeAnswer(typed('decorator'), 'decorater').feedback).toContain('spelling');
    expect(gradeAnswer(typed('decorator'), 'generator').feedback).toContain('decorator');
  });
});

describe('typoAllowance', () => {
  test.each([
    ['map', 0],
    ['list', 1],
    ['gibt', 1],
    ['scope', 1],
    ['iterator', 1],
    ['decorator', 2],
    ['闭包', 0],
    ['包', 0],
    ['虚拟环境管理', 1],
  ])('%s → %i', (word, n) => {
    expect(typoAllowance(word)).toBe(n);
  });
});

describe('gradeAnswer, choices are strict', () => {
  const choice: Question = {
    ...typed('closure'),
    type: 'cloze',
    choices: ['closure', 'closures', 'generator', 'Closure'],
  };

  test.each([
    ['closure', true],
    [' closure ', true],
    ['closures', false],
    ['Closure', false],
    ['closur', false],
    ['generator', false],
  ])('%s → %s', (given, correct) => {
    expect(gradeAnswer(choice, given).correct).toBe(correct);
  });

  it('ordering must be the page order exactly', () => {
    const q: Question = {
      ...typed('a\nb\nc'),
      type: 'ordering',
      choices: ['c', 'a', 'b'],
    };
    expect(gradeAnswer(q, 'a\nb\nc').correct).toBe(true);
    expect(gradeAnswer(q, ' a \nb\nc\n').correct).toBe(true);
    expect(gradeAnswer(q, 'b\na\nc').correct).toBe(false);
  });
});
