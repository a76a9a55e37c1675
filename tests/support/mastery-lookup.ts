import type { MasteryLookup } from '@/lib/mastery/mastery-lookup';
import type { GapRecord } from '@/lib/types';

/** A lookup over fixed predictions: `p` per concept (absent = never answered), `mastered` keys, gaps. */
export function lookup(
  p: Record<string, number>,
  mastered: string[] = [],
  gaps: string[] = [],
): MasteryLookup {
  const openGaps: GapRecord[] = gaps.map((k) => ({ conceptKey: k, behind: k, pageUrl: 'u', createdAt: 0 }));
  return {
    record: (k) =>
      p[k] === undefined
        ? undefined
        : { conceptKey: k, status: 'learning', attempts: 2, correct: 1, streak: 0, pCorrect: p[k] },
    pCorrect: (k) => p[k] ?? 0.6,
    mastered: (k) => mastered.includes(k),
    status: (k) =>
      mastered.includes(k) ? 'mastered' : gaps.includes(k) ? 'gap' : p[k] === undefined ? 'new' : 'learning',
    openGaps,
  };
}
