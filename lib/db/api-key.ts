import type { RungDatabase } from '@/lib/db/schema';

const API_KEY = 'llm-api-key';

/** The stored LLM API key and the origin it was typed for, if any. */
export async function storedApiKey(db: RungDatabase): Promise<{ key: string; origin: string } | undefined> {
  const row = await db.secrets.get(API_KEY);
  return row && row.value !== '' ? { key: row.value, origin: row.origin } : undefined;
}

/** Keeps `key` for `origin` only; an empty key (or no origin) removes the stored one. */
export async function saveApiKey(db: RungDatabase, key: string, origin: string | null): Promise<void> {
  if (key === '' || origin === null) await db.secrets.delete(API_KEY);
  else await db.secrets.put({ name: API_KEY, value: key, origin });
}
