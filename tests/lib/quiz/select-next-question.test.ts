import { describe, expect, it } from 'vitest';
import { MAX_ANSWERS_PER_QUIZ, selectNextQuestion } from '@/lib/quiz/select-next-question';
import type { AnsweredQuestion, Question, QuizSession } from '@/lib/quiz/types';
import { lookup } from '@/tests/support/mastery-lookup';

function q(id: string, conceptKey: string): Question {
  return { id, conceptKey, type: 'cloze', prompt: '_____', answer: 'x', source: 'x', generatedBy: 'offline' };
}

function answer(questionId: string, correct: boolean): AnsweredQuestion {
  return { questionId, attemptId: `a-${questionId}-${Math.random()}`, correct, answer: 'x' };
}

function session(answered: AnsweredQuestion[] = [], extra: Partial<QuizSession> = {}): QuizSession {
  return { id: 's', pageUrl: 'u', createdAt: 0, updatedAt: 0, questions, answered, ...extra };
}

const questions = [q('a1', 'a'), q('a2', 'a'), q('b1', 'b'), q('b2', 'b'), q('c1', 'c')];

describe('selectNextQuestion', () => {
  it('asks the concept with the lowest predicted pCorrect first; never answered counts 0.5', () => {
    expect(selectNextQuestion(session(), lookup({ a: 0.8, b: 0.3, c: 0.6 }))?.id).toBe('b1');
    expect(selectNextQuestion(session(), lookup({ a: 0.6, b: 0.7 }))?.id).toBe('c1');
  });

  it('puts open gaps before everything else', () => {
    expect(selectNextQuestion(session(), lookup({ a: 0.2, b: 0.9, c: 0.5 }, [], ['c']))?.id).toBe('c1');
  });

  it('does not ask the same concept twice in a row when another is left', () => {
    const next = selectNextQuestion(session([answer('a1', false)]), lookup({ a: 0.1, b: 0.5, c: 0.85 }));
    expect(next?.conceptKey).toBe('b');
  });

  it('never asks again a question answered right (the old live selector did), nor one twice in a row', () => {
    const only = [q('a1', 'a'), q('a2', 'a')];
    const m = lookup({ a: 0.5 });
    expect(selectNextQuestion(session([answer('a1', true)], { questions: only }), m)?.id).toBe('a2');
    expect(
      selectNextQuestion(session([answer('a1', true), answer('a2', true)], { questions: only }), m),
    ).toBeNull();
    expect(selectNextQuestion(session([answer('a1', false)], { questions: only }), m)?.id).toBe('a2');
    expect(
      selectNextQuestion(session([answer('a1', false), answer('a2', true)], { questions: only }), m)?.id,
    ).toBe('a1');
  });

  it('skips mastered concepts, and ends the quiz when all are mastered', () => {
    expect(selectNextQuestion(session(), lookup({ a: 0.2, b: 0.6 }, ['a']))?.conceptKey).toBe('c');
    expect(selectNextQuestion(session(), lookup({}, ['a', 'b', 'c']))).toBeNull();
  });

  it('"Practise" asks once even on a mastered concept', () => {
    const s = session([], { conceptKey: 'a', questions: [q('a1', 'a')] });
    expect(selectNextQuestion(s, lookup({}, ['a']))?.id).toBe('a1');
    expect(selectNextQuestion({ ...s, answered: [answer('a1', true)] }, lookup({}, ['a']))).toBeNull();
  });

  it('"Practise: X" asks X first, even when another gap ranks before it, and comes back to it', () => {
    const s = session([], { conceptKey: 'b' });
    const m = lookup({ a: 0.1, b: 0.7, c: 0.2 }, [], ['a', 'b', 'c']);
    expect(selectNextQuestion(s, m)?.conceptKey).toBe('b');
    // Not twice in a row while another is left, but back to X before the rest.
    expect(selectNextQuestion({ ...s, answered: [answer('b1', false)] }, m)?.conceptKey).toBe('a');
    expect(selectNextQuestion({ ...s, answered: [answer('b1', false), answer('a1', true)] }, m)?.id).toBe(
      'b2',
    );
  });

  it('a test-out check asks each question once, in order, whatever the answers', () => {
    const s = session([answer('a1', false)], { mode: 'test-out' });
    expect(selectNextQuestion(s, lookup({}, ['a', 'b', 'c']))?.id).toBe('a2');
  });

  it('rests the learner after the maximum number of answers', () => {
    const many = Array.from({ length: MAX_ANSWERS_PER_QUIZ }, () => answer('a1', false));
    expect(selectNextQuestion(session(many), lookup({ a: 0.1 }))).toBeNull();
  });
});
