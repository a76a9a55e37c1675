import { confusable } from '@/lib/quiz/confusable';
import { BLANK, findMentions, mentionsLoosely } from '@/lib/quiz/find-mentions';
import { foldText, normalizeAnswer } from '@/lib/quiz/normalize-answer';
import type { Question, QuestionType } from '@/lib/quiz/types';

export interface Answerability {
  ok: boolean;
  /** Why not, in words a developer can act on; empty when ok. */
  problems: string[];
}

/** Questions whose answer is a term blanked out of (or looked up in) the source. */
const TERM_ANSWER: ReadonlySet<QuestionType> = new Set([
  'cloze',
  'typed',
  'vocab-recall',
  'api-signature',
  'api-which-function',
  'vocab-word',
]);
/** Questions whose options are passages or statements rather than terms. */
const PASSAGE_CHOICES: ReadonlySet<QuestionType> = new Set([
  'multiple-choice',
  'vocab-recognise',
  'vocab-meaning',
  'vocab-gloss',
]);

function containsFolded(haystack: string, needle: string): boolean {
  return foldText(haystack).includes(foldText(needle));
}

/**
 * The gate every generated question passes before it is returned: the answer can be found in the
 * source passage, the prompt does not give it away, options are distinct from the answer after
 * normalisation, and no distractor is in the passage (where it could be right as well).
 */
export function checkAnswerable(q: Question): Answerability {
  const problems: string[] = [];
  const answer = q.answer.trim();
  if (!answer) problems.push('empty answer');
  if (!q.source.trim()) problems.push('no source passage');
  if (!q.prompt.trim()) problems.push('empty prompt');
  const choices = q.choices ?? [];

  if (TERM_ANSWER.has(q.type)) {
    if (!mentionsLoosely(q.source, [answer])) problems.push('answer not in the source passage');
    if (findMentions(q.prompt, [answer, ...(q.accepted ?? [])]).length > 0)
      problems.push('prompt gives the answer away');
  } else if (q.type === 'multiple-choice' || q.type === 'vocab-recognise') {
    if (!containsFolded(q.source, answer)) problems.push('answer not in the source passage');
  } else if (q.type === 'ordering') {
    const steps = answer.split('\n');
    if (steps.length < 2) problems.push('fewer than two steps');
    if (steps.some((s) => !containsFolded(q.source, s))) problems.push('a step is not in the source passage');
    const sortedSteps = [...steps].sort().join('\n');
    if ([...choices].sort().join('\n') !== sortedSteps) problems.push('choices are not the steps');
  } else if (q.type === 'vocab-meaning') {
    // The gloss comes from the concept, not the page; what must be there is the word in its sentence.
    if (!containsFolded(q.prompt, q.source)) problems.push('the context sentence is not shown');
  } else if (q.type === 'vocab-gloss') {
    if ([answer, ...(q.accepted ?? [])].some((g) => containsFolded(q.prompt, g)))
      problems.push('prompt gives the meaning away');
  } else if (q.type === 'true-false') {
    if (choices.length !== 2 || !choices.includes(answer))
      problems.push('true/false needs two choices incl. the answer');
    // By construction choices[0] is "true": a true statement quotes the source, a false one must not.
    const quotes = containsFolded(q.prompt, q.source);
    if ((answer === choices[0]) !== quotes) problems.push('statement truth does not match the source');
  }
  if (/cloze|typed|recall|signature/.test(q.type) && !q.prompt.includes(BLANK))
    problems.push('no blank in prompt');

  if (choices.length > 0 && q.type !== 'ordering' && q.type !== 'true-false') {
    if (choices.length < 2) problems.push('fewer than two choices');
    if (choices.filter((c) => c === q.answer).length !== 1)
      problems.push('answer is not exactly one of the choices');
    const normal = choices.map(normalizeAnswer);
    if (new Set(normal).size !== normal.length) problems.push('choices not distinct after normalisation');
    for (const d of choices) {
      if (d === q.answer) continue;
      if (PASSAGE_CHOICES.has(q.type)) {
        if (normalizeAnswer(d) === normalizeAnswer(answer))
          problems.push(`distractor equals the answer: ${d}`);
        if (containsFolded(q.source, d)) problems.push(`distractor is in the passage: ${d}`);
      } else {
        if (confusable(d, answer)) problems.push(`distractor confusable with the answer: ${d}`);
        if (mentionsLoosely(q.source, [d])) problems.push(`distractor is in the passage: ${d}`);
      }
    }
  }
  return { ok: problems.length === 0, problems };
}
