import type { IndexableType, Table } from 'dexie';

/**
 * The rows whose `index` holds any of `keys`, by one exact look-up per key in one transaction.
 * Dexie's `anyOf` walks a cursor with `continue(key)`, which fake-indexeddb (the extension's code
 * under Node: tests, benchmarks, the command-line tool) serves by scanning the index from where
 * it is, so its cost grew with the table; exact look-ups cost the same at any size, here and in
 * the browsers. A row that several keys find comes back once per key: callers dedupe by their
 * primary key.
 */
export async function rowsWithAny<T, K>(
  table: Table<T, K>,
  index: string,
  keys: Iterable<IndexableType>,
): Promise<T[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const lists = await table.db.transaction('r', table, () =>
    Promise.all(unique.map((k) => table.where(index).equals(k).toArray())),
  );
  return lists.flat();
}
