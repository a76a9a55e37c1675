import { blankMentions, findMentions, type MentionOptions } from '@/lib/quiz/find-mentions';
import { scriptClass } from '@/lib/quiz/script-class';

const LETTER = /[\p{L}\p{N}]/gu;

export function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/**
 * A sentence worth quizzing on: not a fragment or a wall of text, it mentions the concept, and with
 * the concept blanked out enough context remains to work the answer out. Lengths are counted in
 * letters, and scripts without spaces need fewer of them (one Han character carries about a word).
 */
export function usablePassage(
  sentence: string,
  forms: readonly string[],
  options: MentionOptions = {},
): boolean {
  const length = Array.from(sentence).length;
  if (length < 8 || length > 400) return false;
  if (findMentions(sentence, forms, options).length === 0) return false;
  const rest = letterCount(blankMentions(sentence, forms, '', options));
  const minRest = scriptClass(sentence) === 'unspaced' ? 5 : 12;
  return rest >= minRest;
}
