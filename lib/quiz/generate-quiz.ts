import { checkAnswerable } from '@/lib/quiz/check-answerable';
import { conceptForms, inflects } from '@/lib/quiz/concept-forms';
import { makeApiSignature } from '@/lib/quiz/make-api-signature';
import { makeApiWhichFunction } from '@/lib/quiz/make-api-which-function';
import { makeCloze, makeTypedBlank } from '@/lib/quiz/make-cloze';
import { makeOrdering } from '@/lib/quiz/make-ordering';
import { makeStatementChoice } from '@/lib/quiz/make-statement-choice';
import { makeTrueFalse } from '@/lib/quiz/make-true-false';
import { makeVocabMeaning } from '@/lib/quiz/make-vocab-meaning';
import { makeVocabRecognise } from '@/lib/quiz/make-vocab-recognise';
import { promptText } from '@/lib/quiz/prompt-text';
import type { QuestionContext } from '@/lib/quiz/question-context';
import type { Question, QuestionType } from '@/lib/quiz/types';
import { usablePassage } from '@/lib/quiz/usable-passage';
import type { ConceptKind, Occurrence, StoredConcept, StoredPage } from '@/lib/types';

export interface QuizInput {
  page: StoredPage;
  /** The page's concepts, most important first. */
  concepts: StoredConcept[];
  occurrences: Occurrence[];
  /** Deterministic random source in [0, 1). */
  random: () => number;
  count?: number;
  /** Concepts of related pages (same site, prerequisite neighbours): extra distractors when the page has too few. */
  related?: StoredConcept[];
  /** The learner's UI language for the question wording ("en", "es"); default English. */
  uiLang?: string;
  /** Only these question types (default: all). */
  types?: readonly QuestionType[];
}

type Generator = (ctx: QuestionContext) => Question | null;

// Easier recognition first, recall later: a concept's first question is usually a choice.
const BY_KIND: Record<ConceptKind, Generator[]> = {
  term: [makeCloze, makeStatementChoice, makeTrueFalse, (c) => makeTypedBlank(c, 'typed')],
  api: [makeApiWhichFunction, makeCloze, makeApiSignature, makeTrueFalse, (c) => makeTypedBlank(c, 'typed')],
  vocab: [makeVocabMeaning, makeCloze, makeVocabRecognise, (c) => makeTypedBlank(c, 'vocab-recall')],
};

/**
 * Offline questions for a page, each tied to the passage it came from and checked answerable.
 * Concepts take turns (most important first) so a short quiz covers many concepts, and each
 * concept's question types vary. Deterministic given `random`.
 */
export function generateQuiz(input: QuizInput): Question[] {
  const { page, concepts, occurrences, random } = input;
  const count = input.count ?? 6;
  const text = promptText(input.uiLang);
  const allowed = input.types ? new Set(input.types) : null;
  const occurrenceSentences = new Map<string, string[]>();
  for (const o of occurrences) {
    if (o.pageUrl !== page.url || !o.sentence) continue;
    occurrenceSentences.set(o.conceptKey, [...(occurrenceSentences.get(o.conceptKey) ?? []), o.sentence]);
  }
  const passageCache = new Map<string, string[]>();
  const passagesOf = (c: StoredConcept): string[] => {
    const cached = passageCache.get(c.key);
    if (cached) return cached;
    const forms = conceptForms(c);
    const mention = { inflect: inflects(c) };
    const found: string[] = [];
    const candidates = [c.definition ?? '', ...(occurrenceSentences.get(c.key) ?? [])];
    for (const s of candidates)
      if (s && !found.includes(s) && usablePassage(s, forms, mention)) found.push(s);
    for (const s of page.sentences) {
      if (found.length >= 3) break;
      if (!found.includes(s) && usablePassage(s, forms, mention)) found.push(s);
    }
    passageCache.set(c.key, found);
    return found;
  };

  const perConcept: Question[][] = [];
  const ordering = allowed && !allowed.has('ordering') ? [] : makeOrdering(page, concepts, text, random);
  for (const concept of concepts) {
    const ctx: QuestionContext = {
      page,
      concept,
      forms: conceptForms(concept),
      mention: { inflect: inflects(concept) },
      passages: passagesOf(concept),
      pageConcepts: concepts,
      related: input.related ?? [],
      passagesOf,
      random,
      text,
    };
    const list: Question[] = [];
    const generators = BY_KIND[concept.kind] ?? BY_KIND.term;
    for (const make of generators) {
      const q = make(ctx);
      if (q && (!allowed || allowed.has(q.type)) && checkAnswerable(q).ok) list.push(q);
    }
    list.push(...ordering.filter((q) => q.conceptKey === concept.key && checkAnswerable(q).ok));
    perConcept.push(list);
  }

  const out: Question[] = [];
  const ids = new Set<string>();
  for (let round = 0; out.length < count; round++) {
    let any = false;
    for (const list of perConcept) {
      const q = list[round];
      if (!q) continue;
      any = true;
      if (ids.has(q.id)) continue;
      ids.add(q.id);
      out.push(q);
      if (out.length >= count) break;
    }
    if (!any) break;
  }
  return out;
}
