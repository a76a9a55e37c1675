import { damerauLevenshtein } from '@/lib/quiz/damerau-levenshtein';
import { sameInflectedForm } from '@/lib/quiz/inflection-stems';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { hasCjk } from '@/lib/quiz/script-class';
import type { Question } from '@/lib/quiz/types';

export type GradeMatch = 'exact' | 'normalized' | 'inflection' | 'typo' | 'none';

export interface Grade {
  correct: boolean;
  /** The answer the learner should have given, for the feedback line. */
  expected: string;
  /** How the answer was recognised: lets the UI say "accepted — note the spelling". */
  match: GradeMatch;
  /** One plain-text line for the learner (English; the popup may localise by `match`). */
  feedback: string;
}

/** Typos forgiven for an expected answer of this many characters (after normalisation). */
export function typoAllowance(expected: string): number {
  const n = Array.from(expected).length;
  // One CJK character is a whole word: a one-character slip is a different answer.
  if (hasCjk(expected) && n <= 2) return 0;
  if (n >= 9) return 2;
  if (n >= 5) return 1;
  return 0;
}

function exactly(s: string): string {
  return s.normalize('NFC').trim();
}

function matchTyped(given: string, expected: string): GradeMatch {
  if (exactly(given) === exactly(expected)) return 'exact';
  const g = normalizeAnswer(given);
  const e = normalizeAnswer(expected);
  if (!g) return 'none';
  if (g === e) return 'normalized';
  if (sameInflectedForm(given, expected)) return 'inflection';
  const allowance = typoAllowance(e);
  if (allowance > 0 && damerauLevenshtein(g, e, allowance) <= allowance) return 'typo';
  return 'none';
}

const RANK: Record<GradeMatch, number> = { exact: 4, normalized: 3, inflection: 2, typo: 1, none: 0 };

/**
 * Strict where the learner chose (the option must be the answer; the order of an ordering question
 * must be the page's), forgiving where the learner typed (case, accents, width, punctuation,
 * articles, plural and gender endings, small typos).
 */
export function gradeAnswer(question: Question, answer: string): Grade {
  const expected = question.answer;
  let match: GradeMatch;
  if (question.type === 'ordering') {
    const lines = (s: string) =>
      s
        .split('\n')
        .map((l) => exactly(l))
        .filter(Boolean)
        .join('\n');
    match = lines(answer) === lines(expected) ? 'exact' : 'none';
  } else if (question.choices && question.choices.length > 0) {
    match = exactly(answer) === exactly(expected) ? 'exact' : 'none';
  } else {
    match = 'none';
    for (const candidate of [expected, ...(question.accepted ?? [])]) {
      const m = matchTyped(answer, candidate);
      if (RANK[m] > RANK[match]) match = m;
    }
  }
  const correct = match !== 'none';
  const feedback = !correct
    ? `The answer is “${expected}”.`
    : match === 'typo'
      ? `Correct — check the spelling: “${expected}”.`
      : match === 'inflection'
        ? `Correct — the page's form is “${expected}”.`
        : 'Correct.';
  return { correct, expected, match, feedback };
}
