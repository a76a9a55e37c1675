import { mentionsLoosely } from '@/lib/quiz/find-mentions';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { type QuestionContext, questionId } from '@/lib/quiz/question-context';
import { onlyAnswerResembles } from '@/lib/quiz/resembles';
import { shuffle } from '@/lib/quiz/shuffle';
import type { Question } from '@/lib/quiz/types';
import type { StoredConcept } from '@/lib/types';

function formsOf(concept: StoredConcept): string[] {
  return [concept.label, concept.lemma ?? '', ...concept.aliases].filter(Boolean);
}

const usable = (g: string | undefined, forms: string[]): string | null => {
  const t = g?.trim();
  return t && Array.from(t).length <= 120 && !mentionsLoosely(t, forms) ? t : null;
};

/**
 * A dictionary gloss that lists synonyms with the word's own cognate among them ("fast, quick,
 * rapid, speedy" for rápido) keeps the others: the cognate would show the word, the rest is its
 * meaning. (Only glosses: a sentence cut at its commas is no meaning.)
 */
const usableGloss = (g: string, forms: string[]): string | null => {
  const whole = usable(g, forms);
  if (whole || Array.from(g).length > 120) return whole;
  const all = g.trim().split(/\s*[,;]\s*/);
  const parts = all.filter((x) => x && !mentionsLoosely(x, forms));
  return parts.length > 0 && parts.length < all.length ? parts.join(', ') : null;
};

/**
 * All meanings of a vocabulary item: its dictionary glosses (imported Yomitan dictionaries), else
 * the extractor's `summary` or a short `definition` that is not itself a sentence using the word.
 */
export function glossesOf(concept: StoredConcept): string[] {
  const forms = formsOf(concept);
  const fromDictionary = (concept.glosses ?? [])
    .map((g) => usableGloss(g, forms))
    .filter((g): g is string => !!g);
  if (fromDictionary.length > 0) return [...new Set(fromDictionary)];
  for (const g of [concept.summary, concept.definition]) {
    const t = usable(g, forms);
    if (t) return [t];
  }
  return [];
}

/** The meaning a question shows: the first gloss. Offline without glosses, meaning questions are not made. */
export function glossOf(concept: StoredConcept): string | null {
  return glossesOf(concept)[0] ?? null;
}

const letters = (s: string) => Array.from(s).length;

/**
 * Other words' meanings that could pass for this one's: first glosses of the page's (then related
 * pages') vocabulary, of similar length so the length gives nothing away, none sharing a gloss
 * with the answer (a synonym would be right too) and none already in the passage.
 */
export function meaningDistractors(ctx: QuestionContext, passage: string, count = 3): string[] {
  const own = new Set(glossesOf(ctx.concept).map(normalizeAnswer));
  const answer = glossOf(ctx.concept) ?? '';
  const seen = new Set(own);
  const options: { g: string; d: number }[] = [];
  for (const other of [...ctx.pageConcepts, ...ctx.related]) {
    if (other.key === ctx.concept.key || other.kind !== 'vocab') continue;
    const all = glossesOf(other);
    const g = all[0];
    if (!g || all.some((x) => own.has(normalizeAnswer(x))) || seen.has(normalizeAnswer(g))) continue;
    if (passage.includes(g)) continue;
    seen.add(normalizeAnswer(g));
    options.push({ g, d: Math.abs(Math.log((letters(g) + 2) / (letters(answer) + 2))) });
  }
  options.sort((a, b) => a.d - b.d);
  return shuffle(
    options.slice(0, Math.max(count * 2, 6)).map((o) => o.g),
    ctx.random,
  ).slice(0, count);
}

function meaningQuestion(
  ctx: QuestionContext,
  type: 'vocab-meaning' | 'vocab-gloss',
  prompt: (passage: string) => string,
): Question | null {
  const passage = ctx.passages[0];
  const glosses = glossesOf(ctx.concept);
  const gloss = glosses[0];
  if (ctx.concept.kind !== 'vocab' || !passage || !gloss) return null;
  const distractors = meaningDistractors(ctx, passage);
  if (distractors.length < 2) return null;
  // "nuevos" → "new", "comunicado" → "communicate": a cognate is picked by its spelling.
  if (onlyAnswerResembles(ctx.concept.label, gloss, distractors)) return null;
  return {
    id: questionId(ctx, type),
    conceptKey: ctx.concept.key,
    type,
    prompt: prompt(passage),
    choices: shuffle([gloss, ...distractors], ctx.random),
    answer: gloss,
    ...(glosses.length > 1 ? { accepted: glosses.slice(1) } : {}),
    source: passage,
    pageUrl: ctx.page.url,
    generatedBy: 'offline',
  };
}

/** Meaning in context: the sentence that uses the word; choose its meaning among other words'. */
export function makeVocabMeaning(ctx: QuestionContext): Question | null {
  return meaningQuestion(ctx, 'vocab-meaning', (p) => ctx.text.vocabMeaning(ctx.concept.label, p));
}

/** Word → meaning, out of context (the sentence is shown in the feedback). */
export function makeVocabGloss(ctx: QuestionContext): Question | null {
  return meaningQuestion(ctx, 'vocab-gloss', () => ctx.text.vocabGloss(ctx.concept.label));
}
