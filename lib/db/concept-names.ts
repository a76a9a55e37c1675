import { NameFilter } from '@/lib/db/name-filter';
import { rowsWithAny } from '@/lib/db/rows-with-any';
import type { RungDatabase } from '@/lib/db/schema';
import { conceptNameKeys } from '@/lib/graph/infer/name-keys';
import type { StoredConcept } from '@/lib/types';

/**
 * The stored concepts that any of `keys` names, through the `names` index, asking the index only
 * for keys the filter may hold. Cost follows the number of keys, not the number of concepts.
 */
export async function conceptsByName(db: RungDatabase, keys: Iterable<string>): Promise<StoredConcept[]> {
  const filter = await loadNameFilter(db);
  const present = [...keys].filter((k) => filter.mayHave(k));
  if (present.length === 0) return [];
  const found = new Map<string, StoredConcept>();
  for (const c of await rowsWithAny(db.concepts, 'names', present)) found.set(c.key, c);
  return [...found.values()];
}

/**
 * Sets each concept's `names` and adds them to the filter. Call inside a transaction on
 * `concepts` and `nameFilter` before the concepts are written. Without a stored filter there is
 * nothing to add to: the next read builds it from the index, these names included.
 */
export async function noteConceptNames(db: RungDatabase, concepts: StoredConcept[]): Promise<void> {
  for (const c of concepts) c.names = conceptNameKeys(c);
  const filter = NameFilter.fromRow(await db.nameFilter.get('names'));
  if (!filter) return;
  for (const c of concepts) for (const k of c.names ?? []) filter.add(k);
  // Past its capacity the next read builds a bigger one, these names included.
  if (filter.crowded) await db.nameFilter.clear();
  else await db.nameFilter.put(filter.toRow());
}

/** Drops the filter after concepts were written another way (an import): the next read rebuilds it. */
export async function forgetNameFilter(db: RungDatabase): Promise<void> {
  await db.nameFilter.clear();
}

/** The stored filter, built from every concept's names (one pass) when there is none or it was full. */
async function loadNameFilter(db: RungDatabase): Promise<NameFilter> {
  const stored = NameFilter.fromRow(await db.nameFilter.get('names'));
  if (stored) return stored;
  // In one transaction with the index scan, so no concept saved meanwhile is left out.
  return db.transaction('rw', db.concepts, db.nameFilter, async () => {
    const names: string[] = [];
    await db.concepts.each((c) => {
      names.push(...(c.names ?? []));
    });
    const filter = NameFilter.sizedFor(names.length);
    for (const k of names) filter.add(k);
    await db.nameFilter.put(filter.toRow());
    return filter;
  });
}
