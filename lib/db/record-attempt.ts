import type { RungDatabase } from '@/lib/db/schema';
import { inArrivalOrder } from '@/lib/mastery/derive-mastery';
import type { Attempt, MasteryRecord } from '@/lib/types';

/**
 * How a concept's mastery row follows from the learner's attempt log (lib/mastery supplies it).
 * `attempts` is the whole log (the learner model reads every concept's answers); the same array is
 * passed for every concept of one rebuild, so the function may keep work per array.
 */
export type DeriveMastery = (conceptKey: string, attempts: readonly Attempt[]) => MasteryRecord;

export const STORAGE_FULL_MESSAGE =
  'Your answer could not be saved because this device is out of storage space for Rung. ' +
  'Nothing was half-saved. Free up disk space (or export your data and delete old pages), then try again.';

export const PAGE_READ_STORAGE_FULL_MESSAGE =
  'Rung could not save this page because this device is out of storage space for Rung, so it was not ' +
  'added to your course. Free up disk space (or export your data and delete old pages), then reload the page.';

export const QUIZ_START_STORAGE_FULL_MESSAGE =
  'Rung could not start the quiz because this device is out of storage space for Rung. Your answers so far ' +
  'are safe. Free up disk space (or export your data and delete old pages), then try again.';

/**
 * The browser refused a write for lack of space. The transaction that hit it was rolled back, so
 * attempts and mastery still agree; the message is meant to be shown to the learner as it is.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(message: string = STORAGE_FULL_MESSAGE, options?: { cause?: unknown }) {
    super(message, options);
  }
}

// Chrome and the spec say QuotaExceededError; old Firefox builds said NS_ERROR_DOM_QUOTA_REACHED;
// legacy DOMException code 22 is the same error on old engines.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * True when `error` is a quota error, also when Dexie wrapped it: a failed write inside a Dexie
 * transaction surfaces as Dexie.QuotaExceededError, as Dexie.AbortError with the quota error as
 * `inner`, or inside a BulkError's `failures`.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (e.code === 22 && e.name !== 'StorageFullError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  if (Array.isArray(e.failures)) return e.failures.some((f) => isQuotaError(f, depth + 1));
  if (e.failures && typeof e.failures === 'object') {
    return Object.values(e.failures).some((f) => isQuotaError(f, depth + 1));
  }
  return false;
}

/** Turns a quota error into StorageFullError and passes anything else through unchanged. */
export function asStorageFullError(error: unknown, message: string = STORAGE_FULL_MESSAGE): unknown {
  if (error instanceof StorageFullError) return error;
  return isQuotaError(error) ? new StorageFullError(message, { cause: error }) : error;
}

/**
 * Derives a concept's row from its own attempts in arrival order. `recorded` is the attempt just
 * appended (stamped: its arrival number and clamped time; the last of `own`), or undefined when a
 * stored attempt's missing row is repaired. The learner model's part (its prediction after the
 * last answer, which reads the whole history) comes from the caller's kept model state.
 */
export type DeriveFromOwn = (
  conceptKey: string,
  own: readonly Attempt[],
  recorded?: Attempt,
) => MasteryRecord;

/**
 * Appends one answer and re-derives its concept's mastery row, in one transaction over `attempts`
 * + `mastery`: either both are written or neither, so the two can never disagree. Exactly once: an
 * attempt id that is already stored (a resend after the service worker was killed) writes nothing
 * and returns the stored row. The row is derived from the concept's own attempts (read through the
 * `conceptKey` index), never the whole log, so an answer costs the same at 100 attempts and at
 * 100,000. Safe to call inside a wider transaction that includes both tables (Dexie then runs it as
 * a sub-transaction).
 */
export async function recordAttempt(
  db: RungDatabase,
  attempt: Attempt,
  derive: DeriveFromOwn,
): Promise<MasteryRecord> {
  try {
    return await db.transaction('rw', [db.attempts, db.mastery], async () => {
      const existing = await db.attempts.get(attempt.id);
      if (existing) {
        const stored = await db.mastery.get(existing.conceptKey);
        if (stored) return stored;
        const own = inArrivalOrder(
          await db.attempts.where('conceptKey').equals(existing.conceptKey).toArray(),
        );
        return putRecord(db, existing.conceptKey, derive(existing.conceptKey, own));
      }
      const stamped = await stampArrival(db, attempt);
      const before = await db.attempts.where('conceptKey').equals(attempt.conceptKey).toArray();
      await db.attempts.add(stamped);
      return putRecord(
        db,
        attempt.conceptKey,
        derive(attempt.conceptKey, [...inArrivalOrder(before), stamped], stamped),
      );
    });
  } catch (error) {
    throw asStorageFullError(error);
  }
}

async function putRecord(
  db: RungDatabase,
  conceptKey: string,
  derived: MasteryRecord,
): Promise<MasteryRecord> {
  // The key is forced so a derive function can never file the row under another concept.
  const record: MasteryRecord = { ...derived, conceptKey };
  await db.mastery.put(record);
  return record;
}

/**
 * The history is ordered by arrival: the attempt gets the next arrival number, and a time no
 * earlier than the last stored one (a clock that went back cannot put an answer before an older
 * one, nor make memory intervals negative).
 */
async function stampArrival(db: RungDatabase, attempt: Attempt): Promise<Attempt> {
  const last = await db.attempts.orderBy('at').last();
  if (!last) return { ...attempt, seq: 0 };
  // Times are non-decreasing in arrival order, so the last arrival is among the latest-stamped.
  const latest = await db.attempts.where('at').equals(last.at).toArray();
  const seqs = latest.map((a) => a.seq).filter((n): n is number => n !== undefined);
  const seq = seqs.length > 0 ? Math.max(...seqs) + 1 : await db.attempts.count();
  return { ...attempt, at: Math.max(attempt.at, last.at), seq };
}

/** Groups attempts by concept, each group in storage order. */
export function groupAttempts(attempts: Iterable<Attempt>): Map<string, Attempt[]> {
  const groups = new Map<string, Attempt[]>();
  for (const a of attempts) {
    const group = groups.get(a.conceptKey);
    if (group) group.push(a);
    else groups.set(a.conceptKey, [a]);
  }
  return groups;
}
