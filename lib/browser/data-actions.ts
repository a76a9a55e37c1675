import type { SqlJsStatic } from 'sql.js';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type StorageStatus, storageStatus } from '@/lib/data/storage-status';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/lib/settings';
import type en from '@/public/_locales/en/messages.json';

/**
 * Browser glue for the settings page's data section: saving files, the storage estimate and the
 * persistence request, loading sql.js. Everything that can be tested without a browser is in
 * lib/data; this file only touches `navigator`, `document`, `URL` and extension storage.
 */

// Revoking at once cancels the download in Firefox, which reads the blob after the click returns.
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves `data` as a file through a blob link with `download`: no `downloads` permission, and the
 * browser asks where to save if the learner set it to.
 */
export function downloadFile(data: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  // Firefox ignores a click on a link that is not in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** `navigator.storage`, absent in old engines and in some embedded contexts. */
function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/** How much Rung uses, of how much, and whether the browser may evict it. Never throws. */
export async function readStorageStatus(): Promise<StorageStatus> {
  const manager = storageManager();
  const [estimate, persisted] = await Promise.all([
    manager?.estimate ? manager.estimate().catch(() => null) : Promise.resolve(null),
    manager?.persisted ? manager.persisted().catch(() => null) : Promise.resolve(null),
  ]);
  return storageStatus(estimate, persisted);
}

/** Asks the browser to keep Rung's data when space runs low; null when it cannot be asked. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const manager = storageManager();
  if (!manager?.persist) return null;
  return manager.persist().catch(() => null);
}

const persistAskedItem = storage.defineItem<boolean>('local:persistAsked', { fallback: false });

/**
 * Asks for persistent storage the first time the settings page opens, and never again by itself
 * (Firefox shows a prompt each time; the section's button is there for a second try).
 */
export async function requestPersistenceOnce(): Promise<void> {
  if (await persistAskedItem.getValue()) return;
  await persistAskedItem.setValue(true);
  if (
    (await storageManager()
      ?.persisted?.()
      .catch(() => null)) === true
  )
    return;
  await requestPersistentStorage();
}

let sqlJs: Promise<SqlJsStatic> | null = null;

/**
 * sql.js for the Anki export, loaded on first use (1.4 MB the page does not need otherwise). The
 * asm.js build needs no .wasm file, so nothing has to be web-accessible and the extension's CSP
 * stays as it is.
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= import('sql.js/dist/sql-asm.js')
    .then((m) => m.default())
    .catch((error: unknown) => {
      sqlJs = null;
      throw error;
    });
  return sqlJs;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const sameSettings = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The learner settings after an import. Restoring into a browser whose settings were never changed
 * takes the file's settings whole; otherwise the learner's current choices win and only the
 * per-site switches the file knows and this browser does not are added (the same rule as rows:
 * local data wins, gaps are filled). The file's LLM provider is not applied: its key is not in the
 * file, and pointing Rung at a server is a choice the learner makes on this page.
 */
export function mergeImportedSettings(current: Settings, imported: Record<string, unknown>): Settings {
  const { llm: _llm, ...learner } = imported;
  const incoming = parseSettings(learner);
  if (sameSettings(current, DEFAULT_SETTINGS)) return incoming;
  const sites = isRecord(learner.sites) ? incoming.sites : {};
  const overlaySites = isRecord(learner.overlaySites) ? incoming.overlaySites : {};
  return {
    ...current,
    sites: { ...sites, ...current.sites },
    overlaySites: { ...overlaySites, ...current.overlaySites },
  };
}

export type MessageKey = keyof typeof en;

/** A UI string with several substitutions (`t()` takes one). */
export function translate(key: MessageKey, substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
