import { base64ToBytes } from '@/lib/data/base64';
import { conceptCards } from '@/lib/db/concept-cards';
import { importDictionary, listDictionaries, removeDictionary } from '@/lib/db/dictionaries';
import { exportData, serializeExport } from '@/lib/db/export-data';
import { importData } from '@/lib/db/import-data';
import { mapData } from '@/lib/db/map-data';
import { wipeDatabase } from '@/lib/db/wipe';
import { DictionaryError } from '@/lib/dictionary/yomitan-archive';
import { deriveMastery } from '@/lib/mastery/derive-mastery';
import type { Handlers } from '@/lib/messaging/dispatch';
import { RungFailure } from '@/lib/protocol';
import type { BackgroundDeps } from './deps';

type DataHandlers = Pick<
  Handlers,
  | 'map/data'
  | 'data/export'
  | 'data/import'
  | 'data/cards'
  | 'data/delete'
  | 'dict/list'
  | 'dict/import'
  | 'dict/remove'
>;

/**
 * The map's and the settings page's access to the learner's data. The background owns the
 * database: these pages never open it, so every write goes through the same code (and the same
 * mastery derivation) as an answer does.
 */
export function createDataHandlers(deps: BackgroundDeps): DataHandlers {
  return {
    'map/data': async () => mapData(deps.db),
    'data/export': async () => {
      const now = deps.now();
      const doc = await exportData(deps.db, { now, settings: await settingsForExport(deps) });
      return {
        json: serializeExport(doc),
        exportedAt: now,
        concepts: doc.tables.concepts.length,
        attempts: doc.tables.attempts.length,
      };
    },
    'data/import': async ({ text }) => {
      const { criterion } = await deps.getSettings();
      // The same derivation the background applies after every answer, so the rebuilt rows are the
      // rows the learner had.
      return importData(deps.db, text, {
        deriveMastery: (key, attempts) => deriveMastery(key, attempts, deps.now(), criterion),
      });
    },
    'data/cards': async () => conceptCards(deps.db),
    'data/delete': async () => ({ deleted: await wipeDatabase(deps.db) }),
    'dict/list': async () => ({ dictionaries: await listDictionaries(deps.db) }),
    'dict/import': async ({ base64 }) => {
      let bytes: Uint8Array;
      try {
        bytes = base64ToBytes(base64);
      } catch {
        throw new RungFailure('This file is not a Yomitan dictionary (.zip).');
      }
      try {
        const d = await importDictionary(deps.db, bytes, deps.now());
        return { title: d.title, terms: d.terms };
      } catch (error) {
        // DictionaryError says what is wrong with the file or the disk, for the learner.
        if (error instanceof DictionaryError) throw new RungFailure(error.message);
        throw error;
      }
    },
    'dict/remove': async ({ title }) => {
      await removeDictionary(deps.db, title);
      return { ok: true };
    },
  };
}

/** Learner settings plus the LLM provider without its key (redactSettings drops it again). */
async function settingsForExport(deps: BackgroundDeps): Promise<Record<string, unknown>> {
  const settings = await deps.getSettings();
  const llm = await deps.llm?.getSettings().catch(() => null);
  if (!llm) return { ...settings };
  const { apiKey: _key, ...provider } = llm;
  return { ...settings, llm: provider };
}
