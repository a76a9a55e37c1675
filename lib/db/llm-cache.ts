import type { RungDatabase } from '@/lib/db/schema';
import type { LlmCache } from '@/lib/llm/llm-context';

/** Replies older than this are asked again: models and pages change. */
export const CACHE_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/**
 * The cache is regenerable, so it is bounded rather than kept: at most this many replies (the
 * oldest go first), none larger than CACHE_MAX_ENTRY_CHARS. A few thousand replies cover months
 * of reading; an unbounded cache would grow with every page and question for good.
 */
export const CACHE_MAX_ENTRIES = 2000;
export const CACHE_MAX_ENTRY_CHARS = 100_000;

/** The response cache on the `llmCache` table. `now` decides what has expired. */
export function dexieCache(
  db: RungDatabase,
  now: () => number,
  maxAgeMs = CACHE_MAX_AGE_MS,
  maxEntries = CACHE_MAX_ENTRIES,
): LlmCache {
  return {
    async get(key) {
      const entry = await db.llmCache.get(key);
      return entry && now() - entry.createdAt <= maxAgeMs ? entry : undefined;
    },
    async set(entry) {
      // A reply this big is not worth keeping; asking again is the cheaper failure.
      if ((JSON.stringify(entry.response) ?? '').length > CACHE_MAX_ENTRY_CHARS) return;
      await db.transaction('rw', db.llmCache, async () => {
        await db.llmCache.put(entry);
        const excess = (await db.llmCache.count()) - maxEntries;
        if (excess <= 0) return;
        const oldest = await db.llmCache.orderBy('createdAt').limit(excess).primaryKeys();
        await db.llmCache.bulkDelete(oldest);
      });
    },
  };
}
