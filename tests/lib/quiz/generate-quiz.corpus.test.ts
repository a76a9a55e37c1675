import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkAnswerable } from '@/lib/quiz/check-answerable';
import { generateQuiz } from '@/lib/quiz/generate-quiz';
import { gradeAnswer } from '@/lib/quiz/grade-answer';
import type { Question } from '@/lib/quiz/types';
import { seededRandom } from '@/lib/random';
import type { StoredConcept } from '@/lib/types';
import { CORPUS, corpusPath } from '../../support/corpus';
import { concept, page } from './fixtures';

// Real pages from the shared corpus, with concepts taken the simplest honest way (the glossary's
// own terms and definitions, the reference's own signatures and summaries, frequent words of a
// news article), so the generator meets real sentence shapes, punctuation and scripts.

function load(path: string): Document {
  return parseHTML(readFileSync(corpusPath('pages', path), 'utf8')).document as unknown as Document;
}

const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').replace('¶', '').trim();

function sentencesOf(t: string): string[] {
  return t
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"“«¿¡(])|(?<=[。！？])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function assertSound(questions: Question[]) {
  for (const q of questions) {
    expect(checkAnswerable(q).problems, q.id).toEqual([]);
    expect(gradeAnswer(q, q.answer).correct, q.id).toBe(true);
  }
}

describe.skipIf(!CORPUS)('generateQuiz on real pages', () => {
  it('Python glossary: terms blanked out of their own definitions', () => {
    const doc = load('docs/python/glossary.html');
    const sentences: string[] = [];
    const concepts: StoredConcept[] = [];
    for (const dt of Array.from(doc.querySelectorAll('dl.glossary > dt'))) {
      const label = text(dt);
      const own = sentencesOf(text(dt.nextElementSibling));
      sentences.push(...own);
      if (label.length >= 3 && /\p{L}/u.test(label))
        concepts.push(concept('en', 'term', label, { definition: own[0] }));
    }
    const p = page('https://docs.python.org/3.6/glossary.html', 'en', sentences);
    const questions = generateQuiz({
      page: p,
      concepts,
      occurrences: [],
      random: seededRandom(1),
      count: 1000,
    });
    assertSound(questions);
    const covered = new Set(questions.map((q) => q.conceptKey));
    // About half the glossary terms can be asked about; the rest are symbols, never named in their
    // own entry, or named only where a neighbouring word or a word of the term gives them away
    // ("the class _____", "File objects are also called _____"): those were over half before
    // issue 14's rated sample showed a teacher failing them.
    expect(concepts.length).toBeGreaterThan(100);
    // (Fewer again once blanks paired with a word of their kind, "a _____ (or method)", or opening
    // a compound, "a _____ key", were left out, and true/false and typed recall were kept to
    // sentences that say what the term is.)
    expect(covered.size / concepts.length).toBeGreaterThan(0.4);
    // (No typed recall: a glossary body rarely names its term, and a term is typed only into a
    // sentence that says what it is, or many words fit the blank.)
    for (const t of ['cloze', 'multiple-choice', 'true-false'] as const) {
      expect(
        questions.some((q) => q.type === t),
        t,
      ).toBe(true);
    }
  });

  it.each(['json', 're', 'itertools', 'collections'])(
    'library/%s: which function, complete the signature',
    (mod) => {
      const doc = load(`docs/python/library/${mod}.html`);
      const concepts: StoredConcept[] = [];
      const sentences: string[] = [];
      for (const dt of Array.from(doc.querySelectorAll('dl.function > dt, dl.method > dt, dl.class > dt'))) {
        const id = dt.getAttribute('id');
        const dd = dt.nextElementSibling;
        const first = sentencesOf(text(dd?.querySelector('p')))[0];
        sentences.push(...Array.from(dd?.querySelectorAll('p') ?? []).flatMap((x) => sentencesOf(text(x))));
        if (!id || !first) continue;
        const kind = dt.parentElement?.getAttribute('class') ?? 'function';
        concepts.push(
          concept('en', 'api', id, {
            signature: text(dt),
            summary: first,
            symbolKind: kind === 'class' ? 'class' : kind === 'method' ? 'method' : 'function',
          }),
        );
      }
      const p = page(`https://docs.python.org/3.6/library/${mod}.html`, 'en', sentences, {
        pageKind: 'api-reference',
      });
      const questions = generateQuiz({
        page: p,
        concepts,
        occurrences: [],
        random: seededRandom(mod),
        count: 500,
      });
      assertSound(questions);
      expect(questions.some((q) => q.type === 'api-which-function')).toBe(true);
      expect(questions.some((q) => q.type === 'api-signature')).toBe(true);
    },
  );

  // The least each page is asked. Without a dictionary a word's cloze offers only words the page
  // writes beside the same function word as the blank (or the same article): on the Spanish page
  // the crude words below never share one, and nothing is asked (with its dictionary it is asked
  // meanings: tests/scripts/cli).
  it.each([
    ['readability/lemonde-1/source.html', 'fr', 2],
    ['readability/cnet-svg-classes/source.html', 'es', 0],
    ['readability/gmw/source.html', 'zh-CN', 2],
    ['readability/yahoo-4/source.html', 'ja', 2],
  ] as const)('%s (%s): vocabulary from a news article', (path, lang, least) => {
    const article = new Readability(load(path)).parse();
    const sentences = sentencesOf(article?.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(sentences.length).toBeGreaterThan(5);
    const unspaced = lang === 'zh-CN' || lang === 'ja';
    // Crude but real "words": Latin words of 6+ letters, or CJK character pairs, seen 2–6 times.
    const counts = new Map<string, number>();
    for (const s of sentences) {
      const words = unspaced
        ? Array.from(s.matchAll(/(?=(\p{Script=Han}{2}|\p{Script=Katakana}{3,}))/gu), (m) => m[1]!)
        : (s.match(/\p{L}{6,}/gu) ?? []).map((w) => w.toLowerCase());
      for (const w of new Set(words)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const vocab = [...counts]
      .filter(([, n]) => n >= 2 && n <= 6)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 25)
      .map(([w], i) => concept(lang, 'vocab', w, { frequencyRank: 500 + i * 100 }));
    const p = page(`https://news.example/${path}`, lang, sentences, { pageKind: 'foreign-language' });
    const questions = generateQuiz({
      page: p,
      concepts: vocab,
      occurrences: [],
      random: seededRandom(path),
      count: 200,
    });
    assertSound(questions);
    // Without a dictionary there are no meanings: words are asked in their sentences, once each.
    // (Fewer since issue 14: only whole sentences that do not point back, and distractors of the
    // answer's word class and ending, never part of a longer name ("_____ Lite"); after an
    // article only words the page gives the same article, a verb form only among the same verb
    // forms; crude frequency "words" rarely qualify.)
    expect(questions.length).toBeGreaterThanOrEqual(least);
    if (least > 0) expect(questions.some((q) => q.type === 'cloze')).toBe(true);
    // No typed recall without a meaning to give: many words fit a blank.
    expect(questions.some((q) => q.type === 'vocab-recall')).toBe(false);
  });
});
