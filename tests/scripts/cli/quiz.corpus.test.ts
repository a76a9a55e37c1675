import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../support/corpus';
import { corpusQuizPages, outputViolations, quizCorpusPage } from '../../support/corpus-quiz';
import { FREEDICT_MISSING, freedictZip, hasFreedict } from '../../support/freedict';

// Issue 14's mechanical checks on the questions `rung quiz` prints (the popup's first questions):
// the answer, or an identifier containing it, not in the prompt; the answer among the choices;
// choices distinct and of one shape; at most one question per source sentence. `npm test` takes
// every 12th page of the corpus index (all page kinds and languages come round); every page is
// checked by `npm run bench -- quiz-violations` (or here with RUNG_QUIZ_ALL=1). The generator runs
// the same checks on its own questions before asking them (lib/quiz/generate-quiz.ts).
const EVERY = process.env.RUNG_QUIZ_ALL ? 1 : 12;

describe.skipIf(!CORPUS)('rung quiz on corpus pages: 0 mechanical violations', () => {
  it.each(CORPUS ? corpusQuizPages(CORPUS, EVERY) : [])('$path', async ({ path }) => {
    expect(outputViolations(await quizCorpusPage(CORPUS!, path))).toEqual([]);
  });

  it.skipIf(!hasFreedict('spa-eng'))(
    'a Spanish page with a Yomitan dictionary: at least half the word questions ask a meaning',
    async () => {
      const path = 'readability/cnet-svg-classes/source.html';
      const out = await quizCorpusPage(CORPUS!, path, {
        nativeLang: 'en',
        dictionaries: [freedictZip('spa-eng')],
      });
      expect(outputViolations(out)).toEqual([]);
      const meaning = out.questions.filter((q) => /^vocab-(meaning|gloss|word)$/.test(q.type));
      expect(out.questions.length).toBeGreaterThanOrEqual(6);
      expect(meaning.length * 2).toBeGreaterThanOrEqual(out.questions.length);
      for (const t of ['vocab-meaning', 'vocab-gloss', 'vocab-word'])
        expect(out.questions.map((q) => q.type)).toContain(t);
    },
  );
  if (!hasFreedict('spa-eng')) console.warn(FREEDICT_MISSING('spa-eng'));
});
