import type { Attempt, MasteryRecord } from '@/lib/types';

/**
 * A small, fixed mastery rule for the storage tests (three correct in a row = mastered). The
 * storage layer only promises that the stored row equals derive(key, the whole log), whatever the rule;
 * keeping the rule here stops changes to the real model (lib/mastery) from breaking these tests.
 */
export function countDerive(conceptKey: string, attempts: readonly Attempt[]): MasteryRecord {
  const ordered = [...(groupsOf(attempts).get(conceptKey) ?? [])].sort(
    (a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  let streak = 0;
  let correct = 0;
  for (const a of ordered) {
    correct += a.correct ? 1 : 0;
    streak = a.correct ? streak + 1 : 0;
  }
  const n = ordered.length;
  return {
    conceptKey,
    status: n === 0 ? 'new' : streak >= 3 ? 'mastered' : 'learning',
    attempts: n,
    correct,
    streak,
    pCorrect: (correct + 1) / (n + 2),
    lastAt: ordered.at(-1)?.at,
  };
}

/** The log grouped by concept, kept per array (a rebuild passes the same log for every concept). */
const groups = new WeakMap<readonly Attempt[], { length: number; byKey: Map<string, Attempt[]> }>();

function groupsOf(attempts: readonly Attempt[]): Map<string, Attempt[]> {
  const known = groups.get(attempts);
  if (known && known.length === attempts.length) return known.byKey;
  const byKey = new Map<string, Attempt[]>();
  for (const a of attempts) {
    const list = byKey.get(a.conceptKey);
    if (list) list.push(a);
    else byKey.set(a.conceptKey, [a]);
  }
  groups.set(attempts, { length: attempts.length, byKey });
  return byKey;
}
