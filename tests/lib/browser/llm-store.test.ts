import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadLlmSettings, saveLlmSettings } from '@/lib/browser/llm-store';
import { RungDatabase } from '@/lib/db/schema';
import { DEFAULT_LLM_SETTINGS } from '@/lib/llm/llm-settings';

const KEY = 'sk-live-0123456789abcdef';

function freshDb(): RungDatabase {
  return new RungDatabase(`rung-llm-store-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** Everything in storage.local, as a content script could read it where setAccessLevel is missing. */
async function storageLocalText(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

describe('the LLM key is kept where content scripts cannot reach it', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves the key in the extension-origin database, never in storage.local', async () => {
    const db = freshDb();
    await saveLlmSettings(db, { ...DEFAULT_LLM_SETTINGS, baseURL: 'https://api.openai.com/v1', apiKey: KEY });
    expect(await storageLocalText()).not.toContain(KEY);
    expect(await db.secrets.toArray()).toEqual([
      { name: 'llm-api-key', value: KEY, origin: 'https://api.openai.com' },
    ]);
    expect((await loadLlmSettings(db)).apiKey).toBe(KEY);
  });

  it('moves a key an older build left in storage.local into the database', async () => {
    const db = freshDb();
    await fakeBrowser.storage.local.set({
      llm: { ...DEFAULT_LLM_SETTINGS, baseURL: 'https://api.openai.com/v1', apiKey: KEY, enabled: true },
    });
    const settings = await loadLlmSettings(db);
    expect(settings).toMatchObject({ apiKey: KEY, enabled: true });
    expect(await storageLocalText()).not.toContain(KEY);
  });

  it('hands the key out only while the Base URL has the origin it was saved for', async () => {
    const db = freshDb();
    await saveLlmSettings(db, { ...DEFAULT_LLM_SETTINGS, baseURL: 'https://api.openai.com/v1', apiKey: KEY });
    const stored = (await fakeBrowser.storage.local.get('llm')).llm as object;
    // Settings changed behind the background's back (say by a content script where storage is open).
    await fakeBrowser.storage.local.set({ llm: { ...stored, baseURL: 'https://evil.example/v1' } });
    expect((await loadLlmSettings(db)).apiKey).toBe('');
  });
});
