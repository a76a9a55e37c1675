import { sourceSentences } from './check-quiz';
import type { Question } from './types';

/**
 * The pool of a quiz on `focus`: its own questions on `focus` first, then the page pool's questions
 * on `focus` it lacks, then its other questions, one question per source sentence throughout.
 *
 * Both pools are drawn from one seeded source, but in a different order, so a question the page
 * pool could ask on a concept may fail its checks when drawn for the focus pool. A gap is named
 * because the page pool can ask about it; "Practise" must then find a question on it (it said "No
 * questions can be made" instead, on a French news page, for one port of the test server in ten).
 */
export function focusPool(
  focused: readonly Question[],
  page: readonly Question[],
  focus: string,
): Question[] {
  const used = new Set<string>();
  const ids = new Set<string>();
  const out: Question[] = [];
  const add = (q: Question) => {
    const sentences = sourceSentences(q);
    if (ids.has(q.id) || sentences.some((s) => used.has(s))) return;
    ids.add(q.id);
    for (const s of sentences) used.add(s);
    out.push(q);
  };
  for (const q of focused) if (q.conceptKey === focus) add(q);
  for (const q of page) if (q.conceptKey === focus) add(q);
  for (const q of focused) if (q.conceptKey !== focus) add(q);
  return out;
}
