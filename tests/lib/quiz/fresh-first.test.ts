import { describe, expect, it } from 'vitest';
import { freshFirst } from '@/lib/quiz/fresh-first';
import type { Question } from '@/lib/quiz/types';

const q = (id: string): Question => ({
  id,
  conceptKey: 'c',
  type: 'cloze',
  prompt: '_____',
  answer: 'x',
  source: 'x',
  generatedBy: 'offline',
});

describe('freshFirst', () => {
  it('moves questions answered lately to the back, least lately first, and keeps the rest in order', () => {
    const pool = ['a', 'b', 'c', 'd', 'e'].map(q);
    expect(freshFirst(pool, ['b', 'd', 'b']).map((x) => x.id)).toEqual(['a', 'c', 'e', 'd', 'b']);
  });

  it('changes nothing for a learner who answered none of them, and keeps every question', () => {
    const pool = ['a', 'b'].map(q);
    expect(freshFirst(pool, ['z']).map((x) => x.id)).toEqual(['a', 'b']);
    expect(freshFirst(pool, ['a', 'b']).map((x) => x.id)).toEqual(['b', 'a']);
  });
});
