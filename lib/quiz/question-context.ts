import type { MentionOptions } from '@/lib/quiz/find-mentions';
import type { PromptText } from '@/lib/quiz/prompt-text';
import type { StoredConcept, StoredPage } from '@/lib/types';

/** Everything a question generator may look at for one concept. */
export interface QuestionContext {
  page: StoredPage;
  concept: StoredConcept;
  /** The concept's surface forms, longest first (label, lemma, aliases, short API name). */
  forms: string[];
  /** How to look for those forms (API names take no plural ending). */
  mention: MentionOptions;
  /** Usable sentences of the page that mention the concept, the defining one first. */
  passages: string[];
  /** The page's concepts, most important first. */
  pageConcepts: readonly StoredConcept[];
  related: readonly StoredConcept[];
  /** Usable passages of any other concept (for statement distractors). */
  passagesOf: (concept: StoredConcept) => string[];
  random: () => number;
  text: PromptText;
  /** Which time round the question types this is for the concept (a quiz on one concept goes again). */
  round?: number;
}

export function questionId(ctx: QuestionContext, type: string): string {
  // The first round keeps the ids questions always had (stored quizzes and attempts name them).
  return `${ctx.page.url}#${ctx.concept.key}#${type}${ctx.round ? `#${ctx.round}` : ''}`;
}
