import { damerauLevenshtein } from '@/lib/quiz/damerau-levenshtein';
import { foldText } from '@/lib/quiz/normalize-answer';

const words = (s: string) => (foldText(s).match(/\p{L}{4,}/gu) ?? []) as string[];

/**
 * Whether a word and a text in another language look alike: a cognate a learner can match by
 * spelling alone ("comunicado" / "communicate", "velocidad" / "velocity"). Two words of four
 * letters or more that begin alike (three letters) and differ in at most two fifths of the longer.
 */
export function resembles(a: string, b: string): boolean {
  for (const x of words(a))
    for (const y of words(b)) {
      if (x.slice(0, 3) !== y.slice(0, 3)) continue;
      const longer = Math.max(x.length, y.length);
      const max = Math.floor((2 * longer) / 5);
      if (damerauLevenshtein(x, y, max) <= max) return true;
    }
  return false;
}

/**
 * Whether only the right option looks like the word asked about (or, asked the other way, like
 * the meaning given): then spelling answers, not knowing the word. Options that all look alike, or
 * none, leave it to meaning.
 */
export function onlyAnswerResembles(word: string, answer: string, others: readonly string[]): boolean {
  return resembles(word, answer) && !others.some((o) => resembles(word, o));
}
