import type { Question } from '@/lib/quiz/types';
import type { Occurrence } from '@/lib/types';

/** At most this much page text goes to the model per concept: the passage, never the page. */
export const MAX_PASSAGE_CHARS = 1500;

/**
 * The sentences about one concept that may be sent: where it occurs on the page and what the
 * offline questions quote, without repeats, cut at a sentence so the model never sees half a one.
 */
export function passageFor(
  conceptKey: string,
  occurrences: readonly Occurrence[],
  offline: readonly Question[] = [],
  maxChars = MAX_PASSAGE_CHARS,
): string {
  const sentences = [
    ...occurrences.filter((o) => o.conceptKey === conceptKey).map((o) => o.sentence ?? ''),
    ...offline.filter((q) => q.conceptKey === conceptKey).map((q) => q.source),
  ]
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const out: string[] = [];
  let length = 0;
  for (const s of new Set(sentences)) {
    if (length + s.length + 1 > maxChars) {
      if (out.length === 0) out.push(s.slice(0, maxChars));
      break;
    }
    out.push(s);
    length += s.length + 1;
  }
  return out.join(' ');
}
