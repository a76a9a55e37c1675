import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  type DataAction,
  DataSettings,
  type DataSettingsProps,
  type DataSettingsText,
} from '@/components/settings/data-settings';
import {
  downloadFile,
  loadSqlJs,
  type MessageKey,
  mergeImportedSettings,
  readStorageStatus,
  requestPersistenceOnce,
  requestPersistentStorage,
  translate,
} from '@/lib/browser/data-actions';
import { t } from '@/lib/browser/i18n';
import { ask } from '@/lib/browser/messaging';
import { loadSettings, saveSettings } from '@/lib/browser/settings-store';
import { ankiFileName, buildAnkiPackage } from '@/lib/data/anki-export';
import { conceptsToCsv } from '@/lib/data/csv-export';
import type { StorageStatus, StorageWarning } from '@/lib/data/storage-status';
import { exportFileName } from '@/lib/db/export-data';
import '@/components/settings/data-section.css';

type Notice = NonNullable<DataSettingsProps['notice']>;

const WARNING_KEYS: Record<StorageWarning, MessageKey> = {
  'quota-critical': 'dataWarnQuotaCritical',
  'near-quota': 'dataWarnNearQuota',
  'not-persisted': 'dataWarnNotPersisted',
  'unknown-usage': 'dataWarnUnknownUsage',
};

/** lib/data words its warnings in English; the page shows them in the UI language. */
function localized(status: StorageStatus): StorageStatus {
  return { ...status, messages: status.warnings.map((w) => t(WARNING_KEYS[w])) };
}

function sectionText(): Partial<DataSettingsText> {
  return {
    heading: t('dataHeading'),
    intro: t('dataIntro'),
    exportJson: t('dataExportJson'),
    exportJsonHint: t('dataExportJsonHint'),
    importData: t('dataImport'),
    importHint: t('dataImportHint'),
    exportAnki: t('dataExportAnki'),
    exportCsv: t('dataExportCsv'),
    exportCardsHint: t('dataExportCardsHint'),
    storageHeading: t('dataStorageHeading'),
    usage: (used, quota) => translate('dataUsage', [used, quota]),
    usageLabel: t('dataUsageLabel'),
    persisted: t('dataPersisted'),
    notPersisted: t('dataNotPersisted'),
    persistUnknown: t('dataPersistUnknown'),
    requestPersist: t('dataRequestPersist'),
    deleteAll: t('dataDeleteAll'),
    deleteConfirmTitle: t('dataDeleteConfirmTitle'),
    deleteConfirmBody: t('dataDeleteConfirmBody'),
    deleteConfirm: t('dataDeleteConfirm'),
    cancel: t('dataCancel'),
    working: t('dataWorking'),
  };
}

const FAILURE_KEYS: Record<DataAction, MessageKey> = {
  'export-json': 'dataExportFailed',
  'export-anki': 'dataExportFailed',
  'export-csv': 'dataExportFailed',
  import: 'dataImportFailed',
  delete: 'dataDeleteFailed',
  persist: 'errorPrefix',
};

async function exportJson(): Promise<Notice> {
  // The background owns the database (and the LLM settings, whose key it leaves out).
  const doc = await ask('data/export', {});
  const file = exportFileName(doc.exportedAt);
  downloadFile(doc.json, file, 'application/json');
  return {
    kind: 'success',
    text: translate('dataExported', [file, String(doc.concepts), String(doc.attempts)]),
  };
}

async function importFile(file: File): Promise<Notice> {
  const text = await file.text();
  const summary = await ask('data/import', { text });
  // Settings live in extension storage, not the database: the page merges the file's own.
  const settings = await loadSettings();
  const merged = mergeImportedSettings(settings, summary.settings);
  if (JSON.stringify(merged) !== JSON.stringify(settings)) await saveSettings(merged);
  const { tables } = summary;
  const same = Object.values(tables).reduce((n, c) => n + c.unchanged + c.updated, 0);
  const { unknownConcept, unsafeUrl } = summary.dropped;
  const dropped =
    unknownConcept + unsafeUrl > 0
      ? ` ${translate('dataImportDropped', [String(unknownConcept), String(unsafeUrl)])}`
      : '';
  return {
    kind: 'success',
    text: `${translate('dataImported', [
      file.name,
      String(tables.attempts.added),
      String(tables.concepts.added),
      String(tables.pages.added),
      String(same),
    ])}${dropped}`,
  };
}

async function exportAnki(): Promise<Notice> {
  const { concepts } = await ask('data/cards', {});
  if (concepts.length === 0) return { kind: 'success', text: t('dataNothingToExport') };
  const now = Date.now();
  const bytes = buildAnkiPackage(await loadSqlJs(), concepts, { now });
  const file = ankiFileName(now);
  downloadFile(bytes as Uint8Array<ArrayBuffer>, file, 'application/octet-stream');
  return { kind: 'success', text: translate('dataCardsExported', [file, String(concepts.length)]) };
}

async function exportCsv(): Promise<Notice> {
  const { concepts, mastery } = await ask('data/cards', {});
  if (concepts.length === 0) return { kind: 'success', text: t('dataNothingToExport') };
  const now = Date.now();
  const csv = conceptsToCsv(concepts, { mastery: new Map(mastery.map((m) => [m.conceptKey, m])) });
  const file = exportFileName(now, 'csv');
  downloadFile(csv, file, 'text/csv;charset=utf-8');
  return { kind: 'success', text: translate('dataCardsExported', [file, String(concepts.length)]) };
}

async function deleteAll(): Promise<Notice> {
  const { deleted } = await ask('data/delete', {});
  const total = Object.values(deleted).reduce((a, b) => a + b, 0);
  return { kind: 'success', text: t('dataDeleted', total) };
}

async function persist(): Promise<Notice> {
  const granted = await requestPersistentStorage();
  return granted
    ? { kind: 'success', text: t('dataPersistGranted') }
    : { kind: 'error', text: t('dataPersistDenied') };
}

/**
 * The settings page's "Your data" section: runs export, import, Anki/CSV export, delete and the
 * persistence request one at a time, and reports each outcome (errors in the learner's words:
 * ImportError and StorageFullError messages are written for them).
 */
export function DataSection() {
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [busy, setBusy] = useState<DataAction | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const refreshStorage = useCallback(async () => setStorage(localized(await readStorageStatus())), []);

  useEffect(() => {
    // Asked on the first visit only; the estimate is read after so it shows the answer.
    void requestPersistenceOnce()
      .catch(() => undefined)
      .then(refreshStorage);
  }, [refreshStorage]);

  const run = async (action: DataAction, work: () => Promise<Notice>) => {
    if (busy !== null) return;
    setBusy(action);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setNotice({ kind: 'error', text: t(FAILURE_KEYS[action], reason) });
    } finally {
      setBusy(null);
      void refreshStorage();
    }
  };

  return (
    <DataSettings
      storage={storage}
      busy={busy}
      notice={notice}
      text={sectionText()}
      onExportJson={() => void run('export-json', exportJson)}
      onImport={(file) => void run('import', () => importFile(file))}
      onExportAnki={() => void run('export-anki', exportAnki)}
      onExportCsv={() => void run('export-csv', exportCsv)}
      onDeleteAll={() => void run('delete', deleteAll)}
      onRequestPersist={() => void run('persist', persist)}
    />
  );
}
