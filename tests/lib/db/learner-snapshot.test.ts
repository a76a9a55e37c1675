import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { exportData } from '@/lib/db/export-data';
import { importData } from '@/lib/db/import-data';
import { learnerStateNow } from '@/lib/db/learner-snapshot';
import { recordAttempt } from '@/lib/db/record-attempt';
import { RungDatabase } from '@/lib/db/schema';
import { wipeDatabase } from '@/lib/db/wipe';
import { replayLearner } from '@/lib/mastery/derive-mastery';
import { predictNext } from '@/lib/mastery/learner-model';
import type { LearnerState } from '@/lib/mastery/learner-state';
import { seededRandom } from '@/lib/random';
import type { Attempt } from '@/lib/types';
import { countDerive } from './count-derive';

const open: RungDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A database, and a second handle on the same one: what a restarted worker opens. */
function freshDb(): { db: RungDatabase; reopen: () => RungDatabase } {
  const factory = new IDBFactory();
  const name = `rung-${open.length}`;
  const make = () => {
    const db = new RungDatabase(name, { indexedDB: factory, IDBKeyRange });
    open.push(db);
    return db;
  };
  return { db: make(), reopen: make };
}

const T0 = Date.UTC(2026, 2, 1, 9, 0);
const CONCEPTS = ['term:en:list', 'term:en:tuple', 'term:en:dict', 'term:en:set', 'api:py:len'];

/** Answers of a learner who gets better with practice, some after a hint. */
function answers(n: number, seed: number, from = 0): Attempt[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `a${from + i}`,
    conceptKey: CONCEPTS[Math.floor(random() * CONCEPTS.length)]!,
    questionId: `q${i % 7}`,
    questionType: i % 3 === 0 ? 'cloze' : 'choice',
    correct: random() < 0.4 + (0.5 * i) / n,
    usedHint: random() < 0.1,
    answer: 'x',
    at: T0 + (from + i) * 45_000,
  }));
}

/** What the model says about every concept (and one never answered): equal states say the same. */
const says = (s: LearnerState) => [...CONCEPTS, 'term:en:never'].map((k) => predictNext(s, k));

async function replayed(db: RungDatabase): Promise<number[]> {
  return says(replayLearner(await db.attempts.toArray()));
}

describe('learnerStateNow: the learner model after the whole log, without replaying it', () => {
  it('says what a replay of the log says after every answer, in this worker and in a restarted one', async () => {
    const { db, reopen } = freshDb();
    expect(says(await learnerStateNow(db))).toEqual(says(replayLearner([])));
    for (const [i, a] of answers(60, 1).entries()) {
      await recordAttempt(db, a, countDerive);
      if (i % 7 === 0) expect(says(await learnerStateNow(db))).toEqual(await replayed(db));
    }
    expect(says(await learnerStateNow(db))).toEqual(await replayed(db));
    // A restarted worker starts from the stored state and folds in what came after it.
    const restarted = reopen();
    const row = await restarted.learnerSnapshot.get('learner');
    expect(row?.count).toBeGreaterThan(0);
    expect(row?.count).toBeLessThan(60);
    expect(says(await learnerStateNow(restarted))).toEqual(await replayed(restarted));
  });

  it('does not change a state handed out earlier when answers arrive', async () => {
    const { db } = freshDb();
    for (const a of answers(10, 2)) await recordAttempt(db, a, countDerive);
    const before = await learnerStateNow(db);
    const said = says(before);
    for (const a of answers(5, 3, 10)) await recordAttempt(db, a, countDerive);
    const after = await learnerStateNow(db);
    expect(says(before)).toEqual(said);
    expect(says(after)).toEqual(await replayed(db));
    expect(says(after)).not.toEqual(said);
  });

  it('replays the log when it changed behind the snapshot: a write in the past, an import, a wipe', async () => {
    const { db, reopen } = freshDb();
    for (const a of answers(30, 4)) await recordAttempt(db, a, countDerive);
    await learnerStateNow(db);
    // Written straight into the table, before the last answer (as an older build or a tool might):
    // a worker that starts from the stored snapshot sees the count has changed.
    await db.attempts.add({ ...answers(1, 5, 100)[0]!, at: T0 - 60_000, correct: false });
    expect(says(await learnerStateNow(reopen()))).toEqual(await replayed(db));

    // Another learner's file brings older answers in.
    const other = freshDb().db;
    await other.concepts.bulkPut(
      CONCEPTS.map((key) => ({
        key,
        label: key.split(':').at(-1)!,
        kind: 'term',
        lang: 'en',
        aliases: [],
        firstSeenAt: T0,
      })),
    );
    for (const a of answers(20, 6, 200))
      await recordAttempt(other, { ...a, at: a.at - 86_400_000 }, countDerive);
    const file = JSON.stringify(await exportData(other, { now: T0 }));
    const summary = await importData(db, file, { deriveMastery: countDerive });
    expect(summary.tables.attempts.added).toBe(20);
    expect(await db.learnerSnapshot.count()).toBe(0);
    expect(says(await learnerStateNow(db))).toEqual(await replayed(db));
    expect(says(await learnerStateNow(reopen()))).toEqual(await replayed(db));

    // Requests at once share one state.
    const [x, y] = await Promise.all([learnerStateNow(db), learnerStateNow(db)]);
    expect(x).toBe(y);

    await wipeDatabase(db);
    expect(says(await learnerStateNow(db))).toEqual(says(replayLearner([])));
  });

  it('replays the log once for a snapshot another model made', async () => {
    const { db, reopen } = freshDb();
    for (const a of answers(40, 7)) await recordAttempt(db, a, countDerive);
    await learnerStateNow(db);
    const row = (await db.learnerSnapshot.get('learner'))!;
    // The same fields, other numbers: what a model with other weights or decays would have stored.
    await db.learnerSnapshot.put({ ...row, model: 'another model', state: replayLearner([]) });
    const restarted = reopen();
    expect(says(await learnerStateNow(restarted))).toEqual(await replayed(db));
    expect((await restarted.learnerSnapshot.get('learner'))?.model).toBe(row.model);
  });
});
