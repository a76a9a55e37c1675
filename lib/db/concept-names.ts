import { NameFilter, type NameFilterMetaRow, type NameFilterRow, stageId } from '@/lib/db/name-filter';
import { rowsWithAny } from '@/lib/db/rows-with-any';
import type { RungDatabase } from '@/lib/db/schema';
import { conceptNameKeys } from '@/lib/graph/infer/name-keys';
import type { StoredConcept } from '@/lib/types';

/**
 * The stored concepts that any of `keys` names, through the `names` index, asking the index only
 * for keys the filter may hold. Cost follows the number of keys, not the number of concepts.
 */
export async function conceptsByName(db: RungDatabase, keys: Iterable<string>): Promise<StoredConcept[]> {
  const { stages } = await loadNameFilter(db);
  const present = [...keys].filter((k) => NameFilter.anyMayHave(stages, k));
  if (present.length === 0) return [];
  const found = new Map<string, StoredConcept>();
  for (const c of await rowsWithAny(db.concepts, 'names', present)) found.set(c.key, c);
  return [...found.values()];
}

/**
 * Sets each concept's `names` and adds them to the filter's newest stage (a new stage when it is
 * full). Call inside a transaction on `concepts` and `nameFilter` before the concepts are written.
 * Without a stored filter there is nothing to add to: the next read builds it from the index,
 * these names included.
 */
export async function noteConceptNames(db: RungDatabase, concepts: StoredConcept[]): Promise<void> {
  for (const c of concepts) c.names = conceptNameKeys(c);
  const stored = await storedFilter(db);
  if (!stored) return;
  const stages = [...stored.stages];
  const first = stages.length - 1;
  // Copied before adding: the held stage may be in use by a read, and this write may roll back.
  stages[first] = stages[first]!.copy();
  for (const c of concepts) {
    for (const k of c.names ?? []) {
      if (stages.at(-1)!.full) stages.push(NameFilter.empty());
      stages.at(-1)!.add(k);
    }
  }
  await writeStages(db, stages, first, stored.final);
}

/** Drops the filter after concepts were written another way (an import): the next read rebuilds it. */
export async function forgetNameFilter(db: RungDatabase): Promise<void> {
  held.delete(db);
  await db.nameFilter.clear();
}

interface Held {
  version: string;
  stages: NameFilter[];
  /** How many of `stages` were full when read from the store (this worker's writes may roll back). */
  final: number;
}

/**
 * The stages this worker read or wrote last, per database. A full stage never changes, so only the
 * newest is read again when another write moved the version on.
 */
const held = new WeakMap<RungDatabase, Held>();

/** The stored filter (from memory when its version is the stored one), or null when there is none. */
async function storedFilter(db: RungDatabase): Promise<Held | null> {
  const meta = await db.nameFilter.get('meta');
  if (meta?.id !== 'meta' || !Number.isInteger(meta.stages) || meta.stages < 1) return null;
  const mine = held.get(db);
  if (mine?.version === meta.version && mine.stages.length === meta.stages) return mine;
  // Stages read full from the store, and full there still, are the same; the rest are read.
  const keep = Math.max(0, Math.min(mine?.final ?? 0, meta.stages - 1));
  const ids = Array.from({ length: meta.stages - keep }, (_, i) => stageId(keep + i));
  const rows = await db.nameFilter.bulkGet(ids);
  const read = rows.map((r) => NameFilter.fromRow(r));
  if (read.some((s) => s === null)) return null;
  const stages = [...(mine?.stages.slice(0, keep) ?? []), ...(read as NameFilter[])];
  const now: Held = { version: meta.version, stages, final: meta.stages - 1 };
  held.set(db, now);
  return now;
}

/** Writes the stages from `from` on and a new version. */
async function writeStages(
  db: RungDatabase,
  stages: NameFilter[],
  from: number,
  final: number,
): Promise<void> {
  const meta: NameFilterMetaRow = {
    id: 'meta',
    stages: stages.length,
    version: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
  };
  const rows: NameFilterRow[] = stages.slice(from).map((s, i) => s.toRow(from + i));
  await db.nameFilter.bulkPut([...rows, meta]);
  held.set(db, { version: meta.version, stages, final });
}

/** The stored filter, built from every concept's names (one pass) when there is none. */
async function loadNameFilter(db: RungDatabase): Promise<Held> {
  const stored = await storedFilter(db);
  if (stored) return stored;
  // In one transaction with the index scan, so no concept saved meanwhile is left out.
  return db.transaction('rw', db.concepts, db.nameFilter, async () => {
    const stages = [NameFilter.empty()];
    await db.concepts.each((c) => {
      for (const k of c.names ?? []) {
        if (stages.at(-1)!.full) stages.push(NameFilter.empty());
        stages.at(-1)!.add(k);
      }
    });
    await db.nameFilter.clear();
    await writeStages(db, stages, 0, 0);
    return held.get(db)!;
  });
}
