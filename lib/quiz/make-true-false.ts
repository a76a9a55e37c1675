import { conceptForms, inflects } from '@/lib/quiz/concept-forms';
import { findMentions, type MentionOptions } from '@/lib/quiz/find-mentions';
import { foldText } from '@/lib/quiz/normalize-answer';
import { optionShape } from '@/lib/quiz/option-shape';
import { pickDistractors } from '@/lib/quiz/pick-distractors';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import type { Question } from '@/lib/quiz/types';
import type { StoredConcept } from '@/lib/types';

// Articles that agree with the noun. Swapping "inflación" for "tipo de interés" must also swap
// "La" for "El", or the grammar gives the false statement away.
const ARTICLE_BEFORE =
  /(?:^|[\s"'«“(])(el|la|los|las|un|una|unos|unas|le|les|une|des|der|die|das|ein|eine|il|lo|gli|a|an|l['’])\s*$/i;

function articleBefore(text: string, at: number): { start: number; word: string } | null {
  const m = ARTICLE_BEFORE.exec(text.slice(0, at));
  if (!m?.[1]) return null;
  const start = at - m[0].length + m[0].indexOf(m[1]);
  return { start, word: m[1] };
}

/** The article the page itself puts before `concept`, from its own sentences. */
function pageArticle(concept: StoredConcept, passages: readonly string[]): string | null {
  for (const p of passages) {
    const [m] = findMentions(p, conceptForms(concept), { inflect: inflects(concept) });
    const a = m && articleBefore(p, m.start);
    if (a) return a.word;
  }
  return null;
}

function matchCase(word: string, like: string): string {
  return like.charAt(0) !== like.charAt(0).toLowerCase()
    ? word.charAt(0).toUpperCase() + word.slice(1)
    : word.toLowerCase();
}

function swapIn(ctx: QuestionContext, passage: string, swap: StoredConcept, options: MentionOptions): string {
  const isApi = ctx.concept.kind === 'api';
  const theirArticle = pageArticle(swap, ctx.passagesOf(swap));
  let out = '';
  let at = 0;
  for (const m of findMentions(passage, ctx.forms, options)) {
    const original = passage.slice(m.start, m.end);
    let prefixEnd = m.start;
    let article = '';
    const ours = articleBefore(passage, m.start);
    if (ours && ours.start >= at) {
      const lower = ours.word.toLowerCase();
      const next =
        lower === 'a' || lower === 'an'
          ? /^[aeiou]/i.test(swap.label)
            ? 'an'
            : 'a'
          : (theirArticle?.toLowerCase() ?? lower);
      prefixEnd = ours.start;
      const space = /['’]$/.test(next) ? '' : ' ';
      article = matchCase(next, ours.word) + space;
    }
    // "Closures are…" → "Generators are…": keep sentence-initial capitals (never on API names).
    const first = original.charAt(0);
    const capital = !isApi && !article && first !== first.toLowerCase() && m.start === passage.search(/\S/);
    const label = capital ? swap.label.charAt(0).toUpperCase() + swap.label.slice(1) : swap.label;
    out += passage.slice(at, prefixEnd) + article + label;
    at = m.end;
  }
  return out + passage.slice(at);
}

/**
 * True or false on the concept's definition. The false version swaps in another concept of the
 * same kind (with its own article); only the page's own defining sentence is used, since swapping
 * a name in an incidental sentence ("Python supports closures") can easily stay true.
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
  // A false statement must be checked false, or true/false is not asked: the swapped-in concept
  // has the same shape (a call for a call, never an event), the page defines it in other words,
  // and the altered sentence is not something the page says anyway.
  if (!swap || !swap.definition || swap.definition === passage) return null;
  if (optionShape(swap.label) !== optionShape(ctx.concept.label)) return null;
  const swapped = swapIn(ctx, passage, swap, ctx.mention);
  const said = (s: string) => foldText(s) === foldText(swapped);
  if (swapped === passage || ctx.page.sentences.some(said) || said(swap.definition)) return null;
  const truth = ctx.random() < 0.5;
  const statement = truth ? passage : swapped;
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
    ...(truth ? {} : { explanation: ctx.text.falseBecause(ctx.concept.label, swap.label) }),
    generatedBy: 'offline',
  };
}
