import { damerauLevenshtein } from '@/lib/quiz/damerau-levenshtein';
import { sameInflectedForm } from '@/lib/quiz/inflection-stems';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { hasCjk } from '@/lib/quiz/script-class';
import type { Question } from '@/lib/quiz/types';

/**
 * How an answer was recognised. 'wrong-form' is the right word in another form ("argentina" for
 * *argentino*, "locked" for the method `lock`): a verdict of its own, not counted correct, because
 * the form is what a cloze, an API name or a language learner's sentence needs.
 */
export type GradeMatch = 'exact' | 'normalized' | 'wrong-form' | 'typo' | 'none';

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
  // From four letters on one slip is forgiven ("lokc", "gbit"); under that it is another word.
  if (n >= 4) return 1;
  return 0;
}

const MEANING: ReadonlySet<Question['type']> = new Set(['vocab-meaning', 'vocab-gloss']);

function exactly(s: string): string {
  return s.normalize('NFC').trim();
}

function matchTyped(given: string, expected: string): GradeMatch {
  if (exactly(given) === exactly(expected)) return 'exact';
  const g = normalizeAnswer(given);
  const e = normalizeAnswer(expected);
  if (!g) return 'none';
  if (g === e) return 'normalized';
  if (sameInflectedForm(given, expected) || sameVerb(g, e)) return 'wrong-form';
  const allowance = typoAllowance(e);
  if (allowance > 0 && damerauLevenshtein(g, e, allowance) <= allowance) return 'typo';
  return 'none';
}

// English verb endings the plural/gender stems do not cover ("locked", "locking" for "lock").
function verbForms(w: string): string[] {
  if (!/^[a-z]{3,}$/.test(w)) return [];
  const bare = w.endsWith('e') ? w.slice(0, -1) : w;
  const last = w.at(-1) ?? '';
  return [`${bare}ed`, `${bare}ing`, `${w}${last}ed`, `${w}${last}ing`, `${w}s`];
}

function sameVerb(a: string, b: string): boolean {
  return verbForms(a).includes(b) || verbForms(b).includes(a);
}

const RANK: Record<GradeMatch, number> = { exact: 4, normalized: 3, typo: 2, 'wrong-form': 1, none: 0 };

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
    // A meaning question accepts any gloss of the entry (never offered as a distractor).
    const right = MEANING.has(question.type) ? [expected, ...(question.accepted ?? [])] : [expected];
    match = right.some((r) => exactly(answer) === exactly(r)) ? 'exact' : 'none';
  } else {
    match = 'none';
    // Typed: the expected form first, then the other accepted forms (any gloss, for meanings).
    for (const candidate of [expected, ...(question.accepted ?? [])]) {
      const m = matchTyped(answer, candidate);
      if (RANK[m] > RANK[match]) match = m;
    }
  }
  const correct = match === 'exact' || match === 'normalized' || match === 'typo';
  const feedback =
    match === 'wrong-form'
      ? `Right word, wrong form: ${expected}`
      : !correct
        ? `The answer is “${expected}”.`
        : match === 'typo'
          ? `Correct — check the spelling: “${expected}”.`
          : 'Correct.';
  return { correct, expected, match, feedback };
}
