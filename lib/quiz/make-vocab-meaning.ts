import { mentionsLoosely } from '@/lib/quiz/find-mentions';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import { shuffle } from '@/lib/quiz/shuffle';
import type { Question } from '@/lib/quiz/types';
import type { StoredConcept } from '@/lib/types';

/**
 * A vocabulary item's gloss, when the extractor (or a dictionary) gave one: its `summary`, or a
 * short `definition` that is not itself a sentence using the word. Offline there is no other
 * source of meanings, so without glosses this question type is simply not generated.
 */
export function glossOf(concept: StoredConcept): string | null {
  const forms = [concept.label, concept.lemma ?? '', ...concept.aliases].filter(Boolean);
  for (const g of [concept.summary, concept.definition]) {
    const t = g?.trim();
    if (t && Array.from(t).length <= 120 && !mentionsLoosely(t, forms)) return t;
  }
  return null;
}

/** Meaning in context: the sentence that uses the word, choose its gloss among other words' glosses. */
export function makeVocabMeaning(ctx: QuestionContext): Question | null {
  const passage = ctx.passages[0];
  const gloss = glossOf(ctx.concept);
  if (ctx.concept.kind !== 'vocab' || !passage || !gloss) return null;
  const seen = new Set([normalizeAnswer(gloss)]);
  const alternatives: string[] = [];
  for (const other of [...ctx.pageConcepts, ...ctx.related]) {
    if (other.key === ctx.concept.key || other.kind !== 'vocab') continue;
    const g = glossOf(other);
    if (!g || seen.has(normalizeAnswer(g)) || passage.includes(g)) continue;
    seen.add(normalizeAnswer(g));
    alternatives.push(g);
  }
  const distractors = shuffle(alternatives.slice(0, 8), ctx.random).slice(0, 3);
  if (distractors.length < 2) return null;
  return {
    id: questionId(ctx, 'vocab-meaning'),
    conceptKey: ctx.concept.key,
    type: 'vocab-meaning',
    prompt: ctx.text.vocabMeaning(ctx.concept.label, passage),
    choices: shuffle([gloss, ...distractors], ctx.random),
    answer: gloss,
    source: passage,
    pageUrl: ctx.page.url,
    generatedBy: 'offline',
  };
}
