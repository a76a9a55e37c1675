import { findMentions, type MentionOptions } from '@/lib/quiz/find-mentions';
import { sameInflectedForm } from '@/lib/quiz/inflection-stems';
import { memo } from '@/lib/quiz/memo';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';

/**
 * Two options a learner could not be blamed for mixing up: equal after normalisation, the same word
 * up to an inflection, or one contained in the other ("closure" / "closure scope", "函数" / "函数式").
 * A distractor confusable with the answer could itself be correct, so it is never offered.
 * With `inflect: false` (API names) endings count: "load" and "loads" are different functions.
 */
export function confusable(a: string, b: string, options: MentionOptions = {}): boolean {
  return cached(`${options.inflect === false ? 0 : 1}\u0000${a}\u0000${b}`);
}

const cached = memo((key: string): boolean => {
  const [flag, a = '', b = ''] = key.split('\u0000');
  return uncached(a, b, { inflect: flag === '1' });
});

function uncached(a: string, b: string, options: MentionOptions): boolean {
  const na = normalizeAnswer(a);
  const nb = normalizeAnswer(b);
  if (na === nb) return true;
  if (options.inflect !== false && sameInflectedForm(a, b)) return true;
  return findMentions(na, [nb], options).length > 0 || findMentions(nb, [na], options).length > 0;
}
