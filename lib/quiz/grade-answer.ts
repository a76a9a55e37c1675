import { damerauLevenshtein } from '@/lib/quiz/damerau-levenshtein';
import { sameInflectedForm } from '@/lib/quiz/inflection-stems';
import { foldText, normalizeAnswer } from '@/lib/quiz/normalize-answer';
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
/** A typed word that fills a blank: the sentence decides its form. */
const BLANK: ReadonlySet<Question['type']> = new Set(['typed', 'vocab-recall']);

/**
 * Which of a typed question's forms are right. For a blank, the forms the source sentence uses,
 * plus accepted forms that are other words (an alias, "JS" for JavaScript); an accepted inflection
 * of them the sentence does not use ("derecho" where it says "derechos") is the wrong form.
 */
function typedForms(question: Question, rules: Rules): { right: string[]; other: string[] } {
  const all = [...new Set([question.answer, ...(question.accepted ?? [])])];
  if (!BLANK.has(question.type)) return { right: all, other: [] };
  const used = all.filter((f) => usesWord(question.source, f));
  if (used.length === 0) return { right: all, other: [] };
  // The key itself is always right: it is the form the question was written for.
  const right = all.filter(
    (f) =>
      f === question.answer ||
      used.includes(f) ||
      !used.some((u) => sameWord(normalizeAnswer(f), normalizeAnswer(u), rules)),
  );
  return { right, other: all.filter((f) => !right.includes(f)) };
}

/** Whether `text` has `form` as a whole word (folded; CJK has no word boundaries to check). */
function usesWord(text: string, form: string): boolean {
  const f = foldText(form);
  if (!f) return false;
  const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const edge = hasCjk(f) ? '' : '(?<![\\p{L}\\p{N}_])';
  const end = hasCjk(f) ? '' : '(?![\\p{L}\\p{N}_])';
  return new RegExp(`${edge}${escaped}${end}`, 'u').test(foldText(text));
}

function exactly(s: string): string {
  return s.normalize('NFC').trim();
}

/** How the language of a concept shapes the grading: identifiers are exact, German words decline. */
interface Rules {
  /** An API identifier: case is part of the name (`Lock` is not `lock`), so case alone is a slip. */
  api: boolean;
  /** German adjective and noun endings (-e, -en, -er, -em, -es) are forms of one word. */
  german: boolean;
}

function rulesOf(question: Question): Rules {
  const [kind, lang] = question.conceptKey.split(':');
  return { api: kind === 'api', german: lang === 'de' };
}

function matchTyped(given: string, expected: string, rules: Rules): GradeMatch {
  if (exactly(given) === exactly(expected)) return 'exact';
  const g = normalizeAnswer(given);
  const e = normalizeAnswer(expected);
  if (!g) return 'none';
  if (g === e) {
    // `readfile` for `readFile` names the function but not as code does: accepted, spelling noted.
    return rules.api && stripEdges(given) !== stripEdges(expected) ? 'typo' : 'normalized';
  }
  if (sameWord(g, e, rules)) return 'wrong-form';
  const allowance = typoAllowance(e);
  if (allowance > 0 && damerauLevenshtein(g, e, allowance) <= allowance) return 'typo';
  return 'none';
}

/** The same word in another form: plural, gender, English verb endings, German endings. */
function sameWord(a: string, b: string, rules: Rules): boolean {
  return sameInflectedForm(a, b) || sameVerb(a, b) || (rules.german && sameGermanStem(a, b));
}

// What the learner typed around an identifier that is not part of it ("lock()", "`lock`").
function stripEdges(s: string): string {
  return exactly(s)
    .replace(/^[`'"]+|[`'"]+$/g, '')
    .replace(/\(\)$/, '');
}

const GERMAN_ENDINGS = ['en', 'er', 'em', 'es', 'e', 'n', 's'];

// "neuer" for "neues": one German word (neu-) with another ending; a one-letter slip otherwise.
function sameGermanStem(a: string, b: string): boolean {
  const stems = (w: string) =>
    /^\p{L}{4,}$/u.test(w)
      ? [
          w,
          ...GERMAN_ENDINGS.filter((x) => w.endsWith(x) && w.length - x.length >= 3).map((x) =>
            w.slice(0, -x.length),
          ),
        ]
      : [w];
  const sa = new Set(stems(a));
  return a !== b && stems(b).some((s) => sa.has(s));
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
    const rules = rulesOf(question);
    const { right, other } = typedForms(question, rules);
    // Typed: the forms the answer may take first, then the other accepted forms (any gloss, for
    // meanings); a form of the same word the sentence does not use is the wrong form at best.
    for (const candidate of right) {
      const m = matchTyped(answer, candidate, rules);
      if (RANK[m] > RANK[match]) match = m;
    }
    if (match === 'none' && other.some((c) => matchTyped(answer, c, rules) !== 'none')) match = 'wrong-form';
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
