import { describe, expect, it } from 'vitest';
import { checkAnswerable } from '@/lib/quiz/check-answerable';
import { BLANK, mentionsLoosely } from '@/lib/quiz/find-mentions';
import { generateQuiz } from '@/lib/quiz/generate-quiz';
import { gradeAnswer } from '@/lib/quiz/grade-answer';
import type { Question } from '@/lib/quiz/types';
import { seededRandom } from '@/lib/random';
import { quizViolations } from '@/tests/support/quiz-violations';
import { concept, FIXTURES, type Fixture, fixture } from './fixtures';

function quiz(
  f: Fixture,
  seed: number | string = 1,
  extra: Partial<Parameters<typeof generateQuiz>[0]> = {},
) {
  return generateQuiz({
    page: f.page,
    concepts: f.concepts,
    occurrences: [],
    random: seededRandom(seed),
    count: 100,
    ...extra,
  });
}

const passageOf = (f: Fixture) => new Set([...f.page.sentences]);

describe.each(FIXTURES.map((f) => [f.name, f] as const))('generateQuiz on %s', (_name, f) => {
  const questions = quiz(f);

  // One question per source sentence (issue 14): a short page gives few questions, of mixed types.
  it('produces questions of several types, at most one per sentence, of one shape', () => {
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(2);
    expect(quizViolations(questions)).toEqual([]);
  });

  it('passes the answerability check and grades its own answer as correct', () => {
    for (const q of questions) {
      expect(checkAnswerable(q), q.id).toEqual({ ok: true, problems: [] });
      expect(gradeAnswer(q, q.answer).correct, q.id).toBe(true);
    }
  });

  it('ties every question to a passage of the page (or the API entry it came from)', () => {
    const sentences = passageOf(f);
    const headings = f.page.headings.map((h) => h.text);
    for (const q of questions) {
      if (q.type === 'ordering') {
        // The steps, quoted as the page numbers them.
        const quoted = [...sentences, ...headings].filter((s) => q.source.includes(s.trim()));
        expect(quoted.length, q.id).toBe(q.answer.split('\n').length);
      } else if (q.type === 'api-which-function' || q.type === 'api-signature') {
        const entry = f.concepts.find((c) => c.key === q.conceptKey);
        expect(
          (entry?.signature && q.source.includes(entry.signature)) ||
            q.source.includes(entry?.summary ?? '\u0000'),
          q.id,
        ).toBe(true);
      } else {
        expect(sentences.has(q.source), q.id).toBe(true);
      }
    }
  });

  it('never offers a distractor that is in the passage or repeats the answer', () => {
    for (const q of questions) {
      if (!q.choices || q.type === 'true-false' || q.type === 'ordering') continue;
      expect(new Set(q.choices).size, q.id).toBe(q.choices.length);
      for (const d of q.choices) {
        if (d === q.answer) continue;
        if (q.type === 'multiple-choice' || q.type.startsWith('vocab-'))
          expect(q.source.includes(d), q.id).toBe(false);
        else expect(mentionsLoosely(q.source, [d]), `${q.id}: ${d}`).toBe(false);
      }
    }
  });

  it('keeps text plain and blanks without relying on spaces', () => {
    for (const q of questions) {
      expect(q.prompt).not.toMatch(/<\/?[a-z][^>]*>/i);
      if (q.type === 'cloze') expect(q.prompt).toContain(BLANK);
    }
  });

  it('is deterministic for a seed', () => {
    expect(quiz(f, 42)).toEqual(quiz(f, 42));
  });
});

describe('generateQuiz specifics', () => {
  it('blanks a Chinese concept out of its defining sentence', () => {
    const qs = quiz(fixture('zh tutorial'));
    const cloze = qs.find((q) => q.type === 'cloze' && q.answer === '闭包');
    expect(cloze?.prompt).toBe('_____是能够读取其他函数内部变量的函数。');
    expect(cloze?.choices).toHaveLength(4);
  });

  it('builds an ordering question from numbered steps, in Chinese and English', () => {
    for (const name of ['zh tutorial', 'en Python tutorial']) {
      const ordering = quiz(fixture(name), 1, { types: ['ordering'] }).find((q) => q.type === 'ordering');
      expect(ordering, name).toBeDefined();
      expect(ordering!.answer.split('\n')).toHaveLength(3);
      expect(ordering!.choices!.join('\n')).not.toBe(ordering!.answer);
    }
  });

  it('asks which function does this, and to complete a signature, on a library reference', () => {
    const qs = quiz(fixture('en library reference'));
    const which = qs.find((q) => q.type === 'api-which-function' && q.answer === 'json.loads');
    expect(which?.prompt).toContain('Deserialize s');
    expect(which?.choices).toContain('json.loads');
    expect(which?.choices?.every((c) => c.startsWith('json.'))).toBe(true);
    const sig = qs.find((q) => q.type === 'api-signature' && q.conceptKey === 'api:en:json.dumps');
    expect(sig?.prompt).toMatch(/json\.dumps\(_____, \*, skipkeys=False/);
    expect(sig?.answer).toBe('obj');
  });

  it('never puts a short API name against qualified ones', () => {
    for (const q of quiz(fixture('en library reference'), 3)) {
      if (q.type !== 'cloze' || !q.choices) continue;
      const qualified = q.choices.filter((c) => c.includes('.'));
      expect(qualified.length === 0 || qualified.length === q.choices.length, q.id).toBe(true);
    }
  });

  it('asks vocabulary meanings both ways and in context', () => {
    const only = ['vocab-meaning', 'vocab-gloss', 'vocab-word'] as const;
    const types = new Set(quiz(fixture('es news'), 1, { types: only }).map((q) => q.type));
    for (const t of ['vocab-meaning', 'vocab-gloss'] as const) expect(types).toContain(t);
  });

  it('makes false statements by swapping in another concept, with its own article', () => {
    const falses: Question[] = [];
    for (let seed = 0; seed < 20; seed++) {
      falses.push(
        ...quiz(fixture('es news'), seed).filter((q) => q.type === 'true-false' && q.answer === 'False'),
      );
    }
    expect(falses.length).toBeGreaterThan(0);
    for (const q of falses) {
      expect(q.prompt).not.toContain(q.source);
      expect(q.prompt).not.toMatch(/\bEl (inflación|deuda)|\bLa (tipo|desempleo)/);
    }
  });

  it('balances true and false statements over seeds', () => {
    let trues = 0;
    let total = 0;
    for (let seed = 0; seed < 30; seed++) {
      for (const q of quiz(fixture('en Python tutorial'), seed)) {
        if (q.type !== 'true-false') continue;
        total++;
        if (q.answer === 'True') trues++;
      }
    }
    expect(trues / total).toBeGreaterThan(0.3);
    expect(trues / total).toBeLessThan(0.7);
  });

  it('words prompts in the UI language', () => {
    const es = quiz(fixture('en Python tutorial'), 1, { uiLang: 'es-MX', types: ['true-false'] });
    expect(es.find((q) => q.type === 'true-false')?.prompt).toMatch(/^¿Verdadero o falso\?/);
    expect(es.find((q) => q.type === 'true-false')?.choices).toEqual(['Verdadero', 'Falso']);
  });

  it('takes concepts in turns, most important first, and honours count', () => {
    const f = fixture('en Python tutorial');
    const qs = quiz(f, 1, { count: 5 });
    expect(qs).toHaveLength(5);
    expect(qs.map((q) => q.conceptKey)).toEqual(f.concepts.slice(0, 5).map((c) => c.key));
  });

  it('uses related pages for distractors when the page has too few', () => {
    const f = fixture('fr news');
    const alone = generateQuiz({
      page: f.page,
      concepts: f.concepts.slice(0, 1),
      occurrences: [],
      random: seededRandom(1),
      count: 10,
    });
    expect(alone.some((q) => q.type === 'cloze')).toBe(false);
    const helped = generateQuiz({
      page: f.page,
      concepts: f.concepts.slice(0, 1),
      related: f.concepts.slice(1),
      occurrences: [],
      random: seededRandom(1),
      count: 10,
    });
    expect(helped.some((q) => q.type === 'cloze')).toBe(true);
  });

  it('asks a focus concept all it can first, follow-ups included', () => {
    const f = fixture('en Python tutorial');
    const all = quiz(f, 1);
    for (const c of f.concepts) {
      const focused = quiz(f, 1, { focus: c.key });
      const mine = focused.filter((q) => q.conceptKey === c.key);
      // Nothing else takes its sentences first: it gets at least what the page quiz gives it.
      expect(mine.length, c.key).toBeGreaterThanOrEqual(all.filter((q) => q.conceptKey === c.key).length);
      expect(
        focused.slice(0, mine.length).every((q) => q.conceptKey === c.key),
        c.key,
      ).toBe(true);
    }
  });

  it('goes round the question types again for a focus concept, on sentences not yet used', () => {
    const base = fixture('en Python tutorial');
    // A tutorial that comes back to closures in several sentences, as a chapter on them does.
    const more = [
      'A closure keeps the variables it uses alive after the outer function has returned.',
      'Each call of the outer function creates a new closure with its own copy of those variables.',
      'Python stores the captured variables of a closure in cells that the inner function reads.',
      'You can inspect a closure through the __closure__ attribute of the inner function.',
    ];
    const f = { ...base, page: { ...base.page, sentences: [...base.page.sentences, ...more] } };
    let repeated = 0;
    for (const c of f.concepts) {
      const mine = quiz(f, 1, { focus: c.key }).filter((q) => q.conceptKey === c.key);
      expect(new Set(mine.map((q) => q.id)).size, c.key).toBe(mine.length);
      expect(quizViolations(mine), c.key).toEqual([]);
      if (mine.length > new Set(mine.map((q) => q.type)).size) repeated++;
      // A page quiz makes each type once per concept, under the ids questions always had.
      const page = quiz(f, 1).filter((q) => q.conceptKey === c.key && q.type !== 'ordering');
      expect(page.length, c.key).toBe(new Set(page.map((q) => q.type)).size);
      for (const q of page) expect(q.id.endsWith(`#${c.key}#${q.type}`), q.id).toBe(true);
    }
    expect(repeated).toBeGreaterThan(0);
  });

  it('draws again when a random draw fails a check, so a question does not hang on the seed', () => {
    // The first draw blanks "start" of slice(start, end), which its partner "end" answers: that
    // draw is dropped, and the next one (blanking "step") is asked.
    const slice = concept('en', 'api', 'seq.slice', {
      signature: 'seq.slice(start, end, step)',
      symbolKind: 'function',
    });
    const draws = [0, 0.99];
    const qs = generateQuiz({
      page: fixture('en library reference').page,
      concepts: [slice, ...fixture('en library reference').concepts],
      occurrences: [],
      random: () => draws.shift() ?? 0.5,
      types: ['api-signature'],
      count: 1,
    });
    expect(qs.map((q) => [q.conceptKey, q.answer])).toEqual([[slice.key, 'step']]);
  });

  it('restricts to the requested types', () => {
    const qs = quiz(fixture('en Python tutorial'), 1, { types: ['typed'] });
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.every((q) => q.type === 'typed')).toBe(true);
  });

  it('uses the occurrence sentence when the concept has no definition', () => {
    const f = fixture('en Python tutorial');
    const c = { ...f.concepts[0]!, definition: undefined };
    const sentence = 'Closures are often used to build callbacks without defining a class.';
    const qs = generateQuiz({
      page: { ...f.page, sentences: [sentence] },
      concepts: [c, ...f.concepts.slice(1)],
      occurrences: [{ pageUrl: f.page.url, conceptKey: c.key, score: 1, sentence }],
      random: seededRandom(1),
      count: 50,
    });
    const mine = qs.filter((q) => q.conceptKey === c.key);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((q) => q.source === sentence)).toBe(true);
  });
});
