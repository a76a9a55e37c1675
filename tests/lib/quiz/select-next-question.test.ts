import { describe, expect, it } from 'vitest';
import { selectNextQuestion } from '@/lib/quiz/select-next-question';
import type { AnsweredQuestion, Question } from '@/lib/quiz/types';
import type { MasteryRecord, MasteryStatus } from '@/lib/types';

function q(id: string, conceptKey: string): Question {
  return { id, conceptKey, type: 'cloze', prompt: '_____', answer: 'x', source: 'x', generatedBy: 'offline' };
}

function record(conceptKey: string, pCorrect: number, status: MasteryStatus = 'learning'): MasteryRecord {
  return { conceptKey, status, attempts: 3, correct: 1, streak: 0, pCorrect };
}

function answer(questionId: string, correct: boolean): AnsweredQuestion {
  return { questionId, attemptId: `a-${questionId}`, correct, answer: 'x' };
}

const questions = [q('a1', 'a'), q('a2', 'a'), q('b1', 'b'), q('b2', 'b'), q('c1', 'c')];

describe('selectNextQuestion', () => {
  it('asks the concept with the lowest pCorrect first', () => {
    const mastery = new Map([
      ['a', record('a', 0.8)],
      ['b', record('b', 0.3)],
      ['c', record('c', 0.6)],
    ]);
    expect(selectNextQuestion({ questions, mastery })?.id).toBe('b1');
  });

  it('puts suspected gaps before everything else', () => {
    const mastery = { a: record('a', 0.2), b: record('b', 0.9), c: record('c', 0.5) };
    expect(selectNextQuestion({ questions, mastery, gaps: ['c'] })?.id).toBe('c1');
    expect(selectNextQuestion({ questions, mastery: { ...mastery, c: record('c', 0.5, 'gap') } })?.id).toBe(
      'c1',
    );
  });

  it('counts a concept never answered as 0.5', () => {
    const mastery = { a: record('a', 0.6), b: record('b', 0.4) };
    expect(selectNextQuestion({ questions, mastery })?.id).toBe('b1');
    expect(selectNextQuestion({ questions, mastery: { a: record('a', 0.6), b: record('b', 0.7) } })?.id).toBe(
      'c1',
    );
  });

  it('does not ask the same concept twice in a row when another is available', () => {
    const mastery = { a: record('a', 0.1), b: record('b', 0.5), c: record('c', 0.9) };
    const next = selectNextQuestion({ questions, mastery, answered: [answer('a1', false)] });
    expect(next?.conceptKey).toBe('b');
  });

  it('repeats a concept when nothing else is left', () => {
    const only = [q('a1', 'a'), q('a2', 'a')];
    expect(selectNextQuestion({ questions: only, mastery: {}, answered: [answer('a1', true)] })?.id).toBe(
      'a2',
    );
  });

  it('never repeats a question answered correctly, and prefers a fresh question over a missed one', () => {
    const mastery = { a: record('a', 0.1), b: record('b', 0.9), c: record('c', 0.9) };
    const answered = [answer('a1', true), answer('b1', true), answer('c1', true)];
    expect(selectNextQuestion({ questions, mastery, answered })?.id).toBe('a2');
    const missed = [answer('a1', false), answer('b1', true)];
    expect(selectNextQuestion({ questions, mastery, answered: missed })?.id).toBe('a2');
  });

  it('leaves mastered concepts for last and returns null when all is answered', () => {
    const mastery = { a: record('a', 0.2, 'mastered'), b: record('b', 0.9), c: record('c', 0.95) };
    expect(selectNextQuestion({ questions, mastery })?.conceptKey).toBe('b');
    const all = questions.map((x) => answer(x.id, true));
    expect(selectNextQuestion({ questions, mastery, answered: all })).toBeNull();
  });

  it('honours lastConceptKey from the caller', () => {
    const mastery = { a: record('a', 0.1), b: record('b', 0.5) };
    expect(selectNextQuestion({ questions, mastery, lastConceptKey: 'a' })?.conceptKey).toBe('b');
  });
});

describe('selectNextQuestion with the caller’s criterion', () => {
  it('uses isMastered and can stop once everything left is mastered', () => {
    const mastery = { a: record('a', 0.2), b: record('b', 0.9), c: record('c', 0.95) };
    const isMastered = (k: string) => k !== 'b';
    expect(selectNextQuestion({ questions, mastery, isMastered })?.conceptKey).toBe('b');
    const answered = [answer('b1', true), answer('b2', true)];
    expect(selectNextQuestion({ questions, mastery, isMastered, answered })?.conceptKey).toBe('a');
    expect(selectNextQuestion({ questions, mastery, isMastered, answered, skipMastered: true })).toBeNull();
  });
});
