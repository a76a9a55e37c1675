import { hideNameWords, namedByForm } from '@/lib/quiz/concept-forms';
import { BLANK, blankMentions, findMentions } from '@/lib/quiz/find-mentions';
import { pickDistractors } from '@/lib/quiz/pick-distractors';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import { shuffle } from '@/lib/quiz/shuffle';
import type { Question } from '@/lib/quiz/types';

/** "Which function does this?": the API summary, choose the qualified name among its neighbours. */
export function makeApiWhichFunction(ctx: QuestionContext): Question | null {
  const { concept } = ctx;
  const summary = (concept.summary ?? '').trim();
  // A summary cut off at a colon ("…is an EventEmitter with the following events:") describes
  // nothing on its own.
  if (concept.kind !== 'api' || summary.length < 12 || /[:：]$/.test(summary)) return null;
  const header = concept.signature?.trim() || concept.label;
  // The passage the page gives: the entry's signature line and its summary.
  const source =
    findMentions(header, [concept.label]).length > 0
      ? `${header} — ${summary}`
      : `${concept.label} — ${summary}`;
  const distractors = pickDistractors({
    answer: concept,
    pageConcepts: ctx.pageConcepts,
    related: ctx.related,
    passage: summary,
    count: 3,
    random: ctx.random,
  }).map((c) => c.label);
  if (distractors.length < 2) return null;
  // A word of the answer's name that no other option has, standing in the summary ("Emitted when
  // the server closes" for 'close', "JSON decoder" for JSONDecoder), answers by form: it is blanked,
  // and when blanking cannot hide it the question is not asked.
  let described = summary;
  if (namedByForm(concept.label, distractors, summary)) {
    const hidden = hideNameWords(concept.label, distractors, summary);
    if (hidden === null || namedByForm(concept.label, distractors, hidden)) return null;
    described = hidden;
  }
  return {
    id: questionId(ctx, 'api-which-function'),
    conceptKey: concept.key,
    type: 'api-which-function',
    prompt: ctx.text.whichFunction(blankMentions(described, ctx.forms, BLANK, ctx.mention)),
    choices: shuffle([concept.label, ...distractors], ctx.random),
    answer: concept.label,
    source,
    pageUrl: ctx.page.url,
    generatedBy: 'offline',
  };
}
