import { findMentions } from '@/lib/quiz/find-mentions';
import { pickDistractors } from '@/lib/quiz/pick-distractors';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import type { Question } from '@/lib/quiz/types';

function swapIn(passage: string, forms: readonly string[], replacement: string, isApi: boolean): string {
  let out = '';
  let at = 0;
  for (const m of findMentions(passage, forms)) {
    const original = passage.slice(m.start, m.end);
    const first = original.charAt(0);
    // "Closures are…" → "Generators are…": keep sentence-initial capitals (never on API names).
    const cased =
      !isApi && first !== first.toLowerCase() && m.start === passage.search(/\S/)
        ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
        : replacement;
    out += passage.slice(at, m.start) + cased;
    at = m.end;
  }
  return out + passage.slice(at);
}

/**
 * True or false on the concept's definition. The false version swaps in another concept of the
 * same kind; only the page's own defining sentence is used, since swapping a name in an incidental
 * sentence ("Python supports closures") can easily stay true.
 */
export function makeTrueFalse(ctx: QuestionContext): Question | null {
  const definition = ctx.concept.definition;
  const passage = ctx.passages[0];
  if (!definition || passage !== definition) return null;
  const [swap] = pickDistractors({
    answer: ctx.concept,
    pageConcepts: ctx.pageConcepts,
    related: ctx.related,
    passage,
    count: 1,
    random: ctx.random,
  });
  const truth = ctx.random() < 0.5;
  if (!truth && !swap) return null;
  const statement =
    truth || !swap ? passage : swapIn(passage, ctx.forms, swap.label, ctx.concept.kind === 'api');
  const choices = [ctx.text.trueLabel, ctx.text.falseLabel];
  return {
    id: questionId(ctx, 'true-false'),
    conceptKey: ctx.concept.key,
    type: 'true-false',
    prompt: ctx.text.trueFalse(statement),
    choices,
    answer: truth ? ctx.text.trueLabel : ctx.text.falseLabel,
    source: passage,
    pageUrl: ctx.page.url,
    explanation: truth || !swap ? undefined : ctx.text.falseBecause(ctx.concept.label, swap.label),
    generatedBy: 'offline',
  };
}
