import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswerable } from '@/lib/quiz/check-answerable';
import { generateQuiz } from '@/lib/quiz/generate-quiz';
import { gradeAnswer } from '@/lib/quiz/grade-answer';
import { seededRandom } from '@/lib/random';
import type { ConceptKind, StoredConcept } from '@/lib/types';
import { page } from './fixtures';

// Random pages in several scripts: words drawn from each script's letters, sentences joined the way
// that script joins them (CJK without spaces), concepts picked among the words and phrases used,
// with random kinds, aliases, definitions, signatures and step lists.

const SCRIPTS = {
  latin: { letters: 'abcdeéfghilmnoóprstuñçàü', space: ' ', end: '.' },
  han: {
    letters:
      '的是在有个人这中大为上们到说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实',
    space: '',
    end: '。',
  },
  kana: {
    letters: 'あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコサシスセソタチツテト',
    space: '',
    end: '。',
  },
  arabic: { letters: 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي', space: ' ', end: '.' },
} as const;

type ScriptName = keyof typeof SCRIPTS;

const word = (s: ScriptName) =>
  fc
    .array(fc.constantFrom(...Array.from(SCRIPTS[s].letters)), { minLength: 2, maxLength: 7 })
    .map((cs) => cs.join(''));

const pageArb = fc.constantFrom<ScriptName>('latin', 'han', 'kana', 'arabic').chain((script) =>
  fc
    .record({
      vocabulary: fc.uniqueArray(word(script), { minLength: 8, maxLength: 20 }),
      shape: fc.array(fc.array(fc.nat(), { minLength: 3, maxLength: 14 }), { minLength: 3, maxLength: 12 }),
      picks: fc.array(
        fc.record({
          word: fc.nat(),
          phrase: fc.boolean(),
          kind: fc.constantFrom<ConceptKind>('term', 'term', 'api', 'vocab'),
          defined: fc.boolean(),
          alias: fc.boolean(),
          rank: fc.option(fc.integer({ min: 1, max: 50_000 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 10 },
      ),
      steps: fc.boolean(),
      seed: fc.integer(),
    })
    .map(({ vocabulary, shape, picks, steps, seed }) => {
      const { space, end } = SCRIPTS[script];
      const w = (i: number) => vocabulary[i % vocabulary.length]!;
      const sentences = shape.map((idx) => idx.map(w).join(space) + end);
      if (steps)
        sentences.push(...[1, 2, 3].map((n) => `${n}. ${shape[0]!.slice(n).map(w).join(space)}${end}`));
      const concepts: StoredConcept[] = [];
      for (const p of picks) {
        const label = p.phrase ? `${w(p.word)}${space}${w(p.word + 1)}` : w(p.word);
        if (concepts.some((c) => c.label === label)) continue;
        const definition = p.defined ? sentences.find((s) => s.includes(label)) : undefined;
        const isApi = p.kind === 'api';
        concepts.push({
          key: `${p.kind}:${script}:${label}`,
          label: isApi ? `mod.${label}` : label,
          kind: p.kind,
          lang: script,
          aliases: p.alias ? [w(p.word + 2)] : [],
          firstSeenAt: 0,
          ...(definition ? { definition } : {}),
          ...(p.rank ? { frequencyRank: p.rank } : {}),
          ...(isApi
            ? { signature: `mod.${label}(${w(p.word + 3)}, ${w(p.word + 4)}=None)`, summary: sentences[0] }
            : {}),
          ...(p.kind === 'vocab' && p.alias ? { summary: `gloss ${label.length} ${p.word}` } : {}),
        });
      }
      return { page: page(`https://example.test/${script}/${seed}`, script, sentences), concepts, seed };
    }),
);

describe('generateQuiz properties', () => {
  it('every question is answerable and its own answer grades correct', () => {
    const types = new Set<string>();
    let total = 0;
    fc.assert(
      fc.property(pageArb, ({ page: p, concepts, seed }) => {
        const questions = generateQuiz({
          page: p,
          concepts,
          occurrences: [],
          random: seededRandom(seed),
          count: 60,
        });
        total += questions.length;
        for (const q of questions) {
          types.add(q.type);
          expect(checkAnswerable(q).problems, q.id).toEqual([]);
          expect(gradeAnswer(q, q.answer).correct, q.id).toBe(true);
          if (!q.choices) expect(gradeAnswer(q, ` ${q.answer.toUpperCase()}. `).correct, q.id).toBe(true);
        }
        expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
      }),
      { numRuns: 150 },
    );
    // The property must not hold vacuously: random pages do yield questions, of many types.
    // (Fewer than before issue 14: sentences under five words and distractors of another form
    // than the answer are declined, and random words rarely share an ending.)
    expect(total).toBeGreaterThan(60);
    // (Five: a term is typed only into a sentence that says what it is, "X is a…", which random
    // words never write.)
    expect(types.size).toBeGreaterThanOrEqual(5);
  });

  it('the same seed gives the same quiz', () => {
    fc.assert(
      fc.property(pageArb, ({ page: p, concepts, seed }) => {
        const make = () =>
          generateQuiz({ page: p, concepts, occurrences: [], random: seededRandom(seed), count: 20 });
        expect(make()).toEqual(make());
      }),
      { numRuns: 40 },
    );
  });
});

describe('gradeAnswer properties', () => {
  it('a typed answer is forgiven its case, width and surrounding punctuation', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.constantFrom('', '.', '!', '"', '「', '」。', '  '),
        (s, p) => {
          fc.pre(/[\p{L}\p{N}]/u.test(s));
          const q = {
            id: 'q',
            conceptKey: 'k',
            type: 'typed' as const,
            prompt: '_____',
            answer: s,
            source: s,
            generatedBy: 'offline' as const,
          };
          expect(gradeAnswer(q, `${p}${s.toUpperCase()}${p}`).correct).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
