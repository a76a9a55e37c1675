import { namedByForm } from '@/lib/quiz/concept-forms';
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
 * What a call returns, from its signature: a question on what the call does. Null when the
 * signature has no return type to ask (the parameter question is a follow-up, see below).
 */
export function makeApiReturnType(ctx: QuestionContext): Question | null {
  const signature = ctx.concept.signature?.trim();
  if (ctx.concept.kind !== 'api' || !signature) return null;
  return returnTypeQuestion(ctx, signature);
}

/**
 * "Complete the signature": one parameter name blanked (a required one when there is one).
 * Alternatives are parameter names of the page's other signatures that this one does not have;
 * with fewer than two of those, the name is typed instead. Recall of how the page spells the
 * call, not of what it does, so it is asked after the questions that test understanding.
 */
export function makeApiParameter(ctx: QuestionContext): Question | null {
  const signature = ctx.concept.signature?.trim();
  if (ctx.concept.kind !== 'api' || !signature) return null;
  return parameterQuestion(ctx, signature);
}

/**
 * The type a call returns, after "->" (Rust) or "):" (TypeScript), without a trailing where
 * clause or body; null when the signature does not say.
 */
export function returnType(signature: string): { type: string; at: number } | null {
  const close = signature.lastIndexOf(')');
  if (close < 0) return null;
  const m = /^(\s*(?:->|:)\s*)(.+?)\s*(?:\bwhere\b.*|[{;].*)?$/s.exec(signature.slice(close + 1));
  if (!m?.[2] || /^[,)]/.test(m[2])) return null;
  return { type: m[2].trim(), at: close + 1 + m[1]!.length };
}

/**
 * "What does it return?": the return type blanked, the alternatives the return types of the
 * page's other calls. Knowing that try_unwrap gives back a Result (the Arc when it is shared) is
 * knowing what the call does; a parameter's name is only its spelling.
 */
function returnTypeQuestion(ctx: QuestionContext, signature: string): Question | null {
  const own = returnType(signature);
  if (!own) return null;
  const seen = new Set([normalizeAnswer(own.type)]);
  const alternatives: string[] = [];
  for (const other of [...ctx.pageConcepts, ...ctx.related]) {
    if (other.key === ctx.concept.key || !other.signature) continue;
    const theirs = returnType(other.signature.trim());
    if (!theirs || seen.has(normalizeAnswer(theirs.type))) continue;
    // One shape: "Arc<T>" among "Option<T>" and "Result<T, E>", "usize" among "bool".
    if (optionShape(theirs.type) !== optionShape(own.type) || confusable(theirs.type, own.type)) continue;
    seen.add(normalizeAnswer(theirs.type));
    alternatives.push(theirs.type);
  }
  const blanked = signature.slice(0, own.at) + BLANK + signature.slice(own.at + own.type.length);
  // A return type the parameters show ("this: Arc<T>) -> _____") is seen, not known.
  if (blanked.includes(own.type)) return null;
  const distractors = shuffle(alternatives.slice(0, 8), ctx.random).slice(0, 3);
  if (distractors.length < 2) return null;
  // "pin(data: T) -> _____" among one Pin<…>: the call's name spells its return type.
  if (namedByForm(own.type, distractors, blanked)) return null;
  // "iter(&self) -> _____" among IntoIterSorted<T>: the type named as the call is, when no other
  // option is, is picked by its name.
  const head = (type: string) =>
    /^[&\s]*(?:mut\s+)?([\p{L}_][\p{L}\p{N}_]*)/u.exec(type)?.[1]?.toLowerCase() ?? '';
  const called =
    /([\p{L}_][\p{L}\p{N}_]*)\s*(?:<[^(]*>)?\s*\(/u.exec(blanked)?.[1]?.toLowerCase().replace(/_/g, '') ?? '';
  const named = (type: string) => !!called && head(type).replace(/_/g, '') === called;
  if (named(own.type) && !distractors.some(named)) return null;
  return {
    id: questionId(ctx, 'api-signature'),
    conceptKey: ctx.concept.key,
    type: 'api-signature',
    prompt: ctx.text.signature(blanked),
    choices: shuffle([own.type, ...distractors], ctx.random),
    answer: own.type,
    source: signature,
    pageUrl: ctx.page.url,
    generatedBy: 'offline',
  };
}

/** A type annotation of a parameter ("len: usize" → "usize"), or "" when there is none. */
function paramType(signature: string, at: number, name: string): string {
  const m = /^\s*\??\s*:\s*([^,)=]+)/.exec(signature.slice(at + name.length));
  return m?.[1]?.trim() ?? '';
}

/**
 * What kind of default a parameter has ("allow_nan=True" → bool), or "" for none: a blank before
 * "=True" takes a flag, and a hook defaulting to None is no option there.
 */
function defaultKind(signature: string, at: number, name: string): string {
  const m = /^\s*(?::[^=,)]*)?=\s*([^,)]+)/.exec(signature.slice(at + name.length));
  const v = m?.[1]?.trim();
  if (!v) return '';
  if (/^(?:true|false)$/i.test(v)) return 'bool';
  if (/^(?:none|null|undefined|nil)$/i.test(v)) return 'none';
  if (/^-?[\d.]+$/.test(v)) return 'number';
  if (/^['"`]/.test(v)) return 'string';
  return 'other';
}

function parameterQuestion(ctx: QuestionContext, signature: string): Question | null {
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
  const ownType = paramType(signature, target.at, target.name);
  const ownDefault = defaultKind(signature, target.at, target.name);
  const alternatives: string[] = [];
  for (const other of [...ctx.pageConcepts, ...ctx.related]) {
    if (other.key === ctx.concept.key || !other.signature) continue;
    for (const p of signatureParams(other.signature)) {
      const n = normalizeAnswer(p.name);
      // Of the answer's type where the signature says one: "_____: usize" takes a length, not a
      // pointer or a closure.
      if (ownType && paramType(other.signature, p.at, p.name) !== ownType) continue;
      if (defaultKind(other.signature, p.at, p.name) !== ownDefault) continue;
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
