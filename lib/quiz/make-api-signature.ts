import { confusable } from '@/lib/quiz/confusable';
import { BLANK, mentionsLoosely } from '@/lib/quiz/find-mentions';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { optionShape } from '@/lib/quiz/option-shape';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import { shuffle } from '@/lib/quiz/shuffle';
import { signatureParams } from '@/lib/quiz/signature-params';
import type { Question } from '@/lib/quiz/types';

const PAIRS: readonly [string, string][] = [
  ['start', 'end'],
  ['begin', 'end'],
  ['from', 'to'],
  ['min', 'max'],
  ['key', 'value'],
  ['width', 'height'],
  ['x', 'y'],
  ['src', 'dest'],
  ['src', 'dst'],
  ['source', 'target'],
  ['source', 'destination'],
  ['first', 'last'],
  ['input', 'output'],
  ['lo', 'hi'],
  ['low', 'high'],
  ['row', 'col'],
  ['a', 'b'],
];

/**
 * "Complete the signature": one parameter name blanked (a required one when there is one).
 * Alternatives are parameter names of the page's other signatures that this one does not have;
 * with fewer than two of those, the name is typed instead.
 */
export function makeApiSignature(ctx: QuestionContext): Question | null {
  const signature = ctx.concept.signature?.trim();
  if (ctx.concept.kind !== 'api' || !signature) return null;
  const params = signatureParams(signature);
  if (params.length === 0) return null;
  const required = params.filter((p) => p.required);
  const pool = required.length > 0 ? required : params;
  const target = pool[Math.floor(ctx.random() * pool.length)]!;
  // One of a pair named beside its partner ("start, end", "from, to") is answered by the partner.
  const names = new Set(params.map((p) => p.name.toLowerCase()));
  if (
    PAIRS.some(
      ([a, b]) =>
        (target.name.toLowerCase() === a && names.has(b)) ||
        (target.name.toLowerCase() === b && names.has(a)),
    )
  )
    return null;
  const blanked = signature.slice(0, target.at) + BLANK + signature.slice(target.at + target.name.length);
  if (mentionsLoosely(blanked, [target.name])) return null;
  const seen = new Set([normalizeAnswer(target.name)]);
  const alternatives: string[] = [];
  for (const other of [...ctx.pageConcepts, ...ctx.related]) {
    if (other.key === ctx.concept.key || !other.signature) continue;
    for (const p of signatureParams(other.signature)) {
      const n = normalizeAnswer(p.name);
      if (seen.has(n) || confusable(p.name, target.name) || mentionsLoosely(signature, [p.name])) continue;
      // Of the answer's shape: "object_hook" among "obj", "doc", "pos" is the odd one out.
      if (optionShape(p.name) !== optionShape(target.name)) continue;
      seen.add(n);
      alternatives.push(p.name);
    }
  }
  const distractors = shuffle(alternatives.slice(0, 8), ctx.random).slice(0, 3);
  const base = {
    id: questionId(ctx, 'api-signature'),
    conceptKey: ctx.concept.key,
    type: 'api-signature' as const,
    prompt: ctx.text.signature(blanked),
    answer: target.name,
    source: signature,
    pageUrl: ctx.page.url,
    generatedBy: 'offline' as const,
  };
  return distractors.length >= 2
    ? { ...base, choices: shuffle([target.name, ...distractors], ctx.random) }
    : base;
}
