import { confusable } from '@/lib/quiz/confusable';
import { mentionsLoosely } from '@/lib/quiz/find-mentions';
import { glossesOf } from '@/lib/quiz/make-vocab-meaning';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import { onlyAnswerResembles } from '@/lib/quiz/resembles';
import { dominantScript } from '@/lib/quiz/script-class';
import { shuffle } from '@/lib/quiz/shuffle';
import type { Question } from '@/lib/quiz/types';

const capitalised = (w: string) => /^\p{Lu}/u.test(w);
const letters = (s: string) => Array.from(s).length;

/**
 * Meaning → word: "Which word means 'right'?" among the page's other words that have a meaning,
 * of the same shape (script, capitalisation, number of words, similar length) and with no gloss in
 * common with the answer (then they would be right too).
 */
export function makeVocabWord(ctx: QuestionContext): Question | null {
  const passage = ctx.passages[0];
  const glosses = glossesOf(ctx.concept);
  const gloss = glosses[0];
  const word = ctx.concept.label;
  if (ctx.concept.kind !== 'vocab' || !passage || !gloss) return null;
  const own = new Set(glossesOf(ctx.concept).map(normalizeAnswer));
  const words = word.split(/\s+/).length;
  const options: { w: string; d: number }[] = [];
  for (const other of [...ctx.pageConcepts, ...ctx.related]) {
    if (other.key === ctx.concept.key || other.kind !== 'vocab') continue;
    const theirs = glossesOf(other);
    if (theirs.length === 0 || theirs.some((g) => own.has(normalizeAnswer(g)))) continue;
    const w = other.label;
    if (dominantScript(w) !== dominantScript(word) || capitalised(w) !== capitalised(word)) continue;
    if (w.split(/\s+/).length !== words || confusable(w, word)) continue;
    if (
      mentionsLoosely(gloss, [w]) ||
      mentionsLoosely(passage, [w]) ||
      options.some((o) => confusable(o.w, w))
    )
      continue;
    options.push({ w, d: Math.abs(letters(w) - letters(word)) });
  }
  options.sort((a, b) => a.d - b.d);
  const distractors = shuffle(
    options.slice(0, 6).map((o) => o.w),
    ctx.random,
  ).slice(0, 3);
  if (distractors.length < 2) return null;
  // "Which word means 'communicate'?" among words unlike it but "comunicado": spelling answers.
  if (onlyAnswerResembles(gloss, word, distractors)) return null;
  return {
    id: questionId(ctx, 'vocab-word'),
    conceptKey: ctx.concept.key,
    type: 'vocab-word',
    prompt: ctx.text.vocabWord(gloss),
    choices: shuffle([word, ...distractors], ctx.random),
    answer: word,
    source: passage,
    pageUrl: ctx.page.url,
    generatedBy: 'offline',
  };
}
