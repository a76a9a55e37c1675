import Dexie from 'dexie';
import type { RungDatabase } from '@/lib/db/schema';
import { inArrivalOrder, observeAttempt, replayLearner } from '@/lib/mastery/derive-mastery';
import { predictNext } from '@/lib/mastery/learner-model';
import { LearnerState } from '@/lib/mastery/learner-state';
import type { Attempt } from '@/lib/types';

// The learner model judges a concept from the learner's whole history, and replaying 100,000
// attempts on every popup request read the whole log each time (most of the popup's wait). The
// model's state after the log is kept instead, with the last attempt it has seen: a request reads
// only the attempts that arrived since (through the `at` index) and feeds them to the same
// `observeAttempt` in the same order, so the state is the one a replay gives. The state is the
// model's own object, stored as data; nothing here knows its fields. A change to the model (its
// fields or its math) changes `modelFingerprint`, and a snapshot made by another model is replayed
// again from the log once.

export interface LearnerSnapshotRow {
  id: 'learner';
  /** The model it was made by (`modelFingerprint`). */
  model: string;
  /** The model's state after every attempt up to `through`, as structured-clone data. */
  state: unknown;
  /** The last attempt folded in, in arrival order (none: the log was empty). */
  through?: { id: string; at: number; seq?: number };
  /** Attempts folded in. */
  count: number;
}

interface Kept {
  model: string;
  state: LearnerState;
  through?: { id: string; at: number; seq?: number };
  count: number;
}

/** A fixed small history: the state it leaves, as predictions, names the model that made it. */
function sampleState(): LearnerState {
  const sample: Attempt[] = [];
  for (let i = 0; i < 48; i++) {
    const concept = `c${(i * 7) % 5}`;
    sample.push({
      id: `s${i}`,
      conceptKey: concept,
      questionId: `q${i % 9}`,
      questionType: i % 4 === 0 ? 'cloze' : 'choice',
      correct: (i * 13) % 7 > 2,
      usedHint: i % 11 === 5,
      answer: '',
      at: 1_700_000_000_000 + i * 37_000,
      seq: i,
    });
  }
  return replayLearner(sample);
}

const predictions = (s: LearnerState) =>
  ['c0', 'c1', 'c2', 'c3', 'c4', 'unseen'].map((k) => predictNext(s, k).toPrecision(15)).join(',');

/** The state as data (what IndexedDB stores) and back. */
const asData = (s: LearnerState): unknown => structuredClone({ ...s });
/** A state from data this code owns (a row just read, a clone just made): not cloned again. */
const fromData = (data: unknown): LearnerState => Object.assign(new LearnerState(), data);
/** A private copy of a live state: one structured clone (tens of ms at 10,000 concepts). */
const copyOf = (s: LearnerState): LearnerState => fromData(asData(s));

let fingerprint: { model: string; storable: boolean } | undefined;

/**
 * The model's fingerprint (its predictions after a fixed history) and whether its state survives
 * being stored as data (a state holding class instances would not): when it does not, the state is
 * only kept in memory and each new worker replays the log once.
 */
function modelFingerprint(): { model: string; storable: boolean } {
  if (!fingerprint) {
    const s = sampleState();
    const model = predictions(s);
    let storable = false;
    try {
      storable = predictions(fromData(asData(s))) === model;
    } catch {
      storable = false;
    }
    fingerprint = { model, storable };
  }
  return fingerprint;
}

/** The snapshot this worker last used, per database: a request then reads no big row at all. */
const kept = new WeakMap<RungDatabase, Kept & { saved: number }>();

/** Attempts folded into the kept state before it is stored again (a row write per that many answers). */
const SAVE_EVERY = 25;

/**
 * The learner model's state after the learner's whole attempt log, as `replayLearner` would give
 * it, reading only the attempts that arrived since the kept snapshot. Treat it as read-only: it is
 * shared by every request until the next answer arrives. Call it outside any transaction.
 */
export function learnerStateNow(db: RungDatabase): Promise<LearnerState> {
  // One at a time per database: requests that arrive together (the popup asks for the page and
  // the quiz at once) share one replay instead of each making its own.
  const run = (inflight.get(db) ?? Promise.resolve()).then(() => stateNow(db));
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  inflight.set(db, settled);
  void settled.then(() => {
    if (inflight.get(db) === settled) inflight.delete(db);
  });
  return run;
}

const inflight = new WeakMap<RungDatabase, Promise<void>>();

async function stateNow(db: RungDatabase): Promise<LearnerState> {
  const { storable } = modelFingerprint();
  const next = await db.transaction('r', db.attempts, db.learnerSnapshot, () => readState(db));
  if (storable && (next.saved < 0 || next.count - next.saved >= SAVE_EVERY)) {
    await storeSnapshot(db, next);
    next.saved = next.count;
  }
  kept.set(db, next);
  return next.state;
}

/** What an answer works from: the state before it, and private copies of it to change. */
export interface AnswerStates {
  /** The model's state after the whole log as the transaction sees it; shared, never to be changed. */
  before: LearnerState;
  /** A new copy of `before` the caller may change. */
  copy(): LearnerState;
}

/**
 * The learner model's state after the whole log, for an answer: inside the caller's transaction
 * (it must cover `attempts` and `learnerSnapshot`), from the kept snapshot plus the attempts that
 * arrived since, so an answer no longer reads (or replays) the whole log. Nothing is kept or stored
 * from here: the transaction may still roll back, and the next request folds the new attempt in.
 */
export async function answerStates(db: RungDatabase): Promise<AnswerStates> {
  const { storable } = modelFingerprint();
  const { state } = await readState(db);
  // One structured clone per copy (tens of ms at 10,000 concepts), so an answer makes one. A state
  // that cannot be copied as data is replayed instead (only a model holding class instances would
  // get here; the fingerprint says so).
  const copy = storable ? () => copyOf(state) : () => replayLearner(lastLog.get(db) ?? []);
  return { before: state, copy };
}

/** The log the last full replay read, for `answerStates` on a state that cannot be copied. */
const lastLog = new WeakMap<RungDatabase, Attempt[]>();

/** The model's state after the log, inside the caller's transaction: kept or stored, plus the tail. */
async function readState(db: RungDatabase): Promise<Kept & { saved: number }> {
  const { model, storable } = modelFingerprint();
  let base = kept.get(db);
  let fresh = false;
  if (!base && storable) {
    const row = await db.learnerSnapshot.get('learner');
    if (row && row.model === model) {
      const state = fromData(row.state);
      base = { model, state, through: row.through, count: row.count, saved: row.count };
      fresh = true;
    }
  }
  if (base && base.model === model && (fresh || storable)) {
    const since = await attemptsSince(db, base, fresh);
    if (since?.length === 0) return base;
    if (since) {
      // The kept state may be in use by a request still running: the new one is a copy.
      const state = fresh ? base.state : copyOf(base.state);
      for (const a of since) observeAttempt(state, a);
      const through = pointer(since.at(-1)!);
      return { model, state, through, count: base.count + since.length, saved: base.saved };
    }
  }
  // No usable snapshot (first request, another model, a log changed in the middle): replay it all.
  const log = inArrivalOrder(await db.attempts.toArray());
  if (!storable) lastLog.set(db, log);
  const last = log.at(-1);
  return { model, state: replayLearner(log), through: last && pointer(last), count: log.length, saved: -1 };
}

const pointer = (a: Attempt) => ({ id: a.id, at: a.at, ...(a.seq !== undefined ? { seq: a.seq } : {}) });

/**
 * The attempts after `base.through` in arrival order, or null when the log changed otherwise
 * (that attempt is gone, or an attempt without an arrival number came in, which sorts before the
 * numbered ones): then only a replay is right. Arrival stamps times that never go back, so every
 * attempt after the snapshot is at or after its last one's time; a writer that adds attempts in
 * the past (an import) drops the snapshot itself (`forgetLearnerSnapshot`).
 */
async function attemptsSince(db: RungDatabase, base: Kept, stored: boolean): Promise<Attempt[] | null> {
  const through = base.through;
  // A stored snapshot is checked against the count too (an older build or a tool may have written
  // attempts in the past); counting walks the whole store, so a worker does it once, not per request.
  const total = stored || !through ? await db.attempts.count() : undefined;
  if (!through) return total === 0 ? [] : null;
  const tail = await db.attempts.where('at').aboveOrEqual(through.at).toArray();
  if (!tail.some((a) => a.id === through.id)) return null;
  const after: Attempt[] = [];
  for (const a of tail) {
    if (a.id === through.id) continue;
    if (a.seq === undefined) {
      // Folded already when it sorts before the last one folded (same time, lower id).
      if (through.seq === undefined && a.at === through.at && a.id < through.id) continue;
      return null;
    }
    if (through.seq !== undefined && a.seq <= through.seq) continue;
    after.push(a);
  }
  return total === undefined || total === base.count + after.length ? inArrivalOrder(after) : null;
}

async function storeSnapshot(db: RungDatabase, s: Kept): Promise<void> {
  const row: LearnerSnapshotRow = {
    id: 'learner',
    model: s.model,
    state: asData(s.state),
    count: s.count,
    ...(s.through ? { through: s.through } : {}),
  };
  // Outside any transaction the caller is in (one that does not cover this table): a failed write
  // only means the next worker replays more of the log.
  await Dexie.ignoreTransaction(() => db.learnerSnapshot.put(row)).catch(() => undefined);
}

/** After attempts were written another way (an import): the next request replays the log. */
export async function forgetLearnerSnapshot(db: RungDatabase): Promise<void> {
  kept.delete(db);
  await db.learnerSnapshot.clear();
}
