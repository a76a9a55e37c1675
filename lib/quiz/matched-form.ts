import { findMentions, type MentionOptions } from '@/lib/quiz/find-mentions';

/**
 * The form of the concept the passage actually uses, so the answer shown and graded is the one the
 * learner can find in the source (an alias or lemma rather than the label, when that is what is there).
 */
export function matchedForm(
  passage: string,
  forms: readonly string[],
  options: MentionOptions = {},
): string | null {
  for (const form of forms) if (findMentions(passage, [form], options).length > 0) return form;
  return null;
}

/** The exact text of the first mention ("Closures" for the form "closure"). */
export function firstMentionText(
  passage: string,
  forms: readonly string[],
  options: MentionOptions = {},
): string | null {
  const [m] = findMentions(passage, forms, options);
  return m ? passage.slice(m.start, m.end) : null;
}
