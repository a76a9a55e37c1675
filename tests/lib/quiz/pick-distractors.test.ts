import { describe, expect, it } from 'vitest';
import { pickDistractors } from '@/lib/quiz/pick-distractors';
import { seededRandom } from '@/lib/random';
import { concept } from './fixtures';

const answer = concept('en', 'term', 'closure', {
  frequencyRank: 5000,
  aliases: ['closures', 'lexical closure'],
});

describe('pickDistractors', () => {
  it('never offers the answer again: aliases, inflections, containing phrases, other kinds', () => {
    const page = [
      answer,
      concept('en', 'term', 'Closure'),
      concept('en', 'term', 'lexical closures'),
      concept('en', 'term', 'closure scope'),
      concept('en', 'vocab', 'generator'),
      concept('en', 'term', 'iterator', { frequencyRank: 5200 }),
      concept('en', 'term', 'decorator', { frequencyRank: 4800 }),
      concept('en', 'term', 'coroutine', { frequencyRank: 6000 }),
    ];
    for (let seed = 0; seed < 20; seed++) {
      const picked = pickDistractors({
        answer,
        pageConcepts: page,
        passage: 'A closure remembers its scope.',
        count: 3,
        random: seededRandom(seed),
      }).map((c) => c.label);
      expect(picked.sort()).toEqual(['coroutine', 'decorator', 'iterator']);
    }
  });

  it('leaves out what the passage mentions, and keeps to the answer’s script', () => {
    const page = [
      answer,
      concept('en', 'term', 'function', { frequencyRank: 5000 }),
      concept('en', 'term', '闭包函数', { frequencyRank: 5000 }),
      concept('en', 'term', 'iterator', { frequencyRank: 9000 }),
      concept('en', 'term', 'decorator', { frequencyRank: 9000 }),
    ];
    const picked = pickDistractors({
      answer,
      pageConcepts: page,
      passage: 'A closure is a function that remembers its scope.',
      count: 3,
      random: seededRandom(1),
    }).map((c) => c.label);
    expect(picked.sort()).toEqual(['decorator', 'iterator']);
  });

  it('prefers a similar frequency rank, and the page before related pages', () => {
    const near = concept('en', 'term', 'iterator', { frequencyRank: 5100 });
    const far = Array.from({ length: 10 }, (_, i) =>
      concept('en', 'term', `rare${'x'.repeat(i)}term`, { frequencyRank: 900_000 }),
    );
    const related = [concept('en', 'term', 'decorator', { frequencyRank: 5000 })];
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 50; seed++) {
      for (const c of pickDistractors({
        answer,
        pageConcepts: [answer, ...far, near],
        related,
        passage: 'A closure remembers.',
        count: 2,
        random: seededRandom(seed),
      })) {
        counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
      }
    }
    // Iterator (same page, near rank) is always a candidate; the rare terms only sometimes.
    expect(counts.get('iterator')).toBeGreaterThan(10);
    expect(counts.get('iterator')!).toBeGreaterThan(Math.max(...far.map((f) => counts.get(f.label) ?? 0)));
  });

  it('fills up from related pages when the page has too few', () => {
    const related = [concept('en', 'term', 'iterator'), concept('en', 'term', 'generator')];
    const picked = pickDistractors({
      answer,
      pageConcepts: [answer],
      related,
      passage: 'A closure remembers.',
      count: 3,
      random: seededRandom(1),
    });
    expect(picked.map((c) => c.label).sort()).toEqual(['generator', 'iterator']);
  });
});
