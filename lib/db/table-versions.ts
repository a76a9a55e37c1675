import Dexie from 'dexie';
import type { RungDatabase } from '@/lib/db/schema';

// A number per database table that changes whenever the table does, so a cache of something
// derived from a table can tell it is stale without reading the table again. Dexie announces every
// committed write (a clear, a delete, an import, a database closed or deleted included) through
// its global `storagemutated` event, after the transaction completes and before the writer's
// await resumes; writes from another context of the extension reach it over a BroadcastChannel.
// Counting those announcements misses nothing that goes through Dexie, and Rung writes nothing any
// other way.

const versions = new Map<string, number>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (parts) => {
    for (const part of Object.keys(parts)) {
      // "idb://<database>/<table>/<index or empty>"
      const match = /^idb:\/\/([^/]*)\/([^/]*)\//.exec(part);
      if (!match) continue;
      const table = `${match[1]}/${match[2]}`;
      versions.set(table, (versions.get(table) ?? 0) + 1);
    }
  });
}

/**
 * The current version of each of `tables` in `db`, as one string: equal strings mean none of them
 * was written in between (in this context's lifetime). Call it before the first write it must see;
 * the first call starts listening.
 */
export function tableVersions(db: RungDatabase, tables: readonly string[]): string {
  listen();
  return tables.map((t) => versions.get(`${db.name}/${t}`) ?? 0).join('.');
}
