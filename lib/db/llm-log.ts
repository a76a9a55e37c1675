import type { RungDatabase } from '@/lib/db/schema';
import type { LlmLogEntry } from '@/lib/types';

/** Oldest entries beyond this are dropped, so the log cannot grow without bound. */
export const LOG_MAX_ENTRIES = 500;

/** The "What was sent" log on the `llmLog` table: append, read newest first, clear. */
export function dexieLog(db: RungDatabase, maxEntries = LOG_MAX_ENTRIES) {
  return {
    async append(entry: LlmLogEntry): Promise<void> {
      const { id: _ignored, ...row } = entry;
      await db.llmLog.add(row);
      const extra = (await db.llmLog.count()) - maxEntries;
      if (extra > 0) {
        const oldest = await db.llmLog.orderBy('id').limit(extra).primaryKeys();
        await db.llmLog.bulkDelete(oldest);
      }
    },
    async list(limit = 100): Promise<LlmLogEntry[]> {
      return db.llmLog.orderBy('id').reverse().limit(limit).toArray();
    },
    async clear(): Promise<void> {
      await db.llmLog.clear();
    },
  };
}
