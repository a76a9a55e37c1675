import { mentionsLoosely } from '@/lib/quiz/find-mentions';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import { shuffle } from '@/lib/quiz/shuffle';
import type { Question } from '@/lib/quiz/types';
import { letterCount } from '@/lib/quiz/usable-passage';

/** Recognise the word in running text: which of these sentences from the page uses it? */
export function makeVocabRecognise(ctx: QuestionContext): Question | null {
  const passage = ctx.passages[0];
  if (ctx.concept.kind !== 'vocab' || !passage) return null;
  const length = letterCount(passage);
  const others = ctx.page.sentences
    .filter((s) => s !== passage && !mentionsLoosely(s, ctx.forms))
    .map((s) => ({ s, ratio: letterCount(s) / length }))
    .filter(({ ratio }) => ratio > 0.4 && ratio < 2.5)
    // Sentences of similar length first, so the length does not give the answer away.
    .sort((a, b) => Math.abs(Math.log(a.ratio)) - Math.abs(Math.log(b.ratio)));
  const distractors: string[] = [];
  for (const { s } of shuffle(others.slice(0, 8), ctx.random)) {
    if (distractors.length >= 3) break;
    if (passage.includes(s) || s.includes(passage)) continue;
    if (!distractors.some((d) => normalizeAnswer(d) === normalizeAnswer(s))) distractors.push(s);
  }
  if (distractors.length < 2) return null;
  return {
    id: questionId(ctx, 'vocab-recognise'),
    conceptKey: ctx.concept.key,
    type: 'vocab-recognise',
    prompt: ctx.text.vocabRecognise(ctx.concept.label),
    choices: shuffle([passage, ...distractors], ctx.random),
    answer: passage,
    source: passage,
    pageUrl: ctx.page.url,
    generatedBy: 'offline',
  };
}
