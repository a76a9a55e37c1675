import { headWord } from '@/lib/quiz/api-category';
import { conceptForms, inflects } from '@/lib/quiz/concept-forms';
import { confusable } from '@/lib/quiz/confusable';
import { mentionsLoosely } from '@/lib/quiz/find-mentions';
import { foldText } from '@/lib/quiz/normalize-answer';
import { optionShape } from '@/lib/quiz/option-shape';
import { dominantScript } from '@/lib/quiz/script-class';
import type { StoredConcept } from '@/lib/types';

export interface DistractorInput {
  answer: StoredConcept;
  /** The page's concepts, most important first (the answer may be among them). */
  pageConcepts: readonly StoredConcept[];
  /** Concepts from related pages, used when the page alone has too few. */
  related?: readonly StoredConcept[];
  /** The passage the question quotes: a distractor mentioned there might be right too. */
  passage: string;
  count: number;
  random: () => number;
}

// How far apart two concepts are as alternatives: same kind is required; then similar frequency
// rank (or similar importance on the page when ranks are missing), same API symbol kind, same
// page before related pages.
function distance(
  answer: StoredConcept,
  answerOrder: number,
  c: StoredConcept,
  order: number,
  fromPage: boolean,
): number {
  let d =
    answer.frequencyRank !== undefined && c.frequencyRank !== undefined
      ? Math.abs(Math.log1p(answer.frequencyRank) - Math.log1p(c.frequencyRank))
      : Math.abs(answerOrder - order) / 10;
  // A method among methods, a type among types; siblings of the same owner first ("Arc::new" among
  // other Arc functions): those are the ones a learner could mix up.
  if (answer.kind === 'api' && answer.symbolKind && c.symbolKind !== answer.symbolKind) d += 3;
  if (answer.kind === 'api' && answer.memberKind && c.memberKind !== answer.memberKind) d += 3;
  if (answer.kind === 'api' && owner(answer.label) && owner(answer.label) === owner(c.label)) d -= 0.3;
  // A guard among guards, an error among errors: names that end on the same word are the kinds a
  // learner mixes up (RwLockReadGuard / MutexGuard), and the odd kind out is answered by form.
  if (answer.kind === 'api') {
    // The name before any argument list ("Guard" of a signature-like label too).
    const head = headWord(answer.label.replace(/\(.*$/, ''));
    if (head && head === headWord(c.label.replace(/\(.*$/, ''))) d -= 0.5;
  }
  if (!fromPage) d += 2;
  return d;
}

/** "Arc" for "Arc::new", "blockList" for "blockList.check"; empty for an unqualified name. */
function owner(label: string): string {
  const parts = label.replace(/\(.*$/, '').split(/\.|::|#/);
  return parts.slice(0, -1).join('.');
}

/** Up to `count` plausible wrong answers, none of which could also be right. Deterministic given `random`. */
export function pickDistractors(input: DistractorInput): StoredConcept[] {
  const { answer, passage, count, random } = input;
  const answerForms = conceptForms(answer);
  const inflect = { inflect: inflects(answer) };
  const script = dominantScript(answer.label);
  const shape = optionShape(answer.label);
  const answerOrder = Math.max(
    0,
    input.pageConcepts.findIndex((c) => c.key === answer.key),
  );
  const scored: { c: StoredConcept; d: number }[] = [];
  const seen = new Set<string>([answer.key]);
  const consider = (list: readonly StoredConcept[], fromPage: boolean) => {
    list.forEach((c, order) => {
      if (seen.has(c.key) || c.kind !== answer.kind) return;
      seen.add(c.key);
      if (dominantScript(c.label) !== script) return;
      // Of one shape with the answer: a call among calls, a member among members, a phrase among phrases.
      if (optionShape(c.label) !== shape) return;
      if (answerForms.some((f) => conceptForms(c).some((g) => confusable(f, g, inflect)))) return;
      if (mentionsLoosely(passage, conceptForms(c), inflect)) return;
      // Two items the page describes in the same words cannot be told apart by what they do
      // (net.Server's and net.Socket's 'error' events: "Emitted when an error occurs.").
      if (answer.kind === 'api' && answer.summary && foldText(c.summary ?? '') === foldText(answer.summary))
        return;
      scored.push({ c, d: distance(answer, answerOrder, c, order, fromPage) });
    });
  };
  consider(input.pageConcepts, true);
  consider(input.related ?? [], false);
  scored.sort((a, b) => a.d - b.d);
  // Choose at random among the closest few, so repeated quizzes vary but stay plausible.
  // …but only among those about as close as the closest `count`: a rare word is not a plausible
  // stand-in for a common one just because the window had room.
  const cutoff = (scored[Math.min(count, scored.length) - 1]?.d ?? 0) + 1;
  const windowSize = Math.max(
    count,
    Math.min(Math.max(count * 2, 6), scored.filter((x) => x.d <= cutoff).length),
  );
  const window = scored.slice(0, windowSize);
  const chosen: StoredConcept[] = [];
  while (window.length > 0 && chosen.length < count) {
    const [pick] = window.splice(Math.floor(random() * window.length), 1);
    if (pick && !chosen.some((o) => confusable(o.label, pick.c.label, inflect))) chosen.push(pick.c);
  }
  // The window may have lost members to mutual confusability: top up from the rest, in order.
  for (const { c } of scored.slice(windowSize)) {
    if (chosen.length >= count) break;
    if (!chosen.some((o) => confusable(o.label, c.label, inflect))) chosen.push(c);
  }
  return chosen;
}
