import type { RungDatabase } from '@/lib/db/schema';
import type { LlmCache } from '@/lib/llm/llm-context';

/** Replies older than this are asked again: models and pages change. */
export const CACHE_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/** The response cache on the `llmCache` table. `now` decides what has expired. */
export function dexieCache(db: RungDatabase, now: () => number, maxAgeMs = CACHE_MAX_AGE_MS): LlmCache {
  return {
    async get(key) {
      const entry = await db.llmCache.get(key);
      return entry && now() - entry.createdAt <= maxAgeMs ? entry : undefined;
    },
    async set(entry) {
      await db.llmCache.put(entry);
    },
  };
}
