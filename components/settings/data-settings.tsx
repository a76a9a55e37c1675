import { useEffect, useRef, useState } from 'preact/hooks';
import type { StorageStatus } from '@/lib/data/storage-status';

export type DataAction = 'export-json' | 'import' | 'export-anki' | 'export-csv' | 'delete' | 'persist';

/** Every visible string, English by default; the options page passes translations. */
export const DATA_SETTINGS_TEXT = {
  heading: 'Your data',
  intro: 'Everything Rung knows stays in this browser. Take it with you or delete it at any time.',
  exportJson: 'Export data (JSON)',
  exportJsonHint: 'Pages, concepts, answers, mastery and settings. Your API key is never included.',
  importData: 'Import data',
  importHint: 'Merges a Rung export into what is here. Nothing is duplicated.',
  exportAnki: 'Export Anki deck',
  exportCsv: 'Export CSV',
  exportCardsHint: 'Your concepts with their definitions, for Anki or a spreadsheet.',
  storageHeading: 'Storage',
  usage: (used: string, quota: string) => `Using ${used} of ${quota} available to Rung.`,
  usageLabel: 'Storage used',
  persisted: 'Storage is persistent: the browser will not delete Rung’s data to free space.',
  notPersisted: 'Storage is not persistent.',
  persistUnknown: 'The browser does not say whether Rung’s data is kept when space runs low.',
  requestPersist: 'Keep my data when space runs low',
  deleteAll: 'Delete all data',
  deleteConfirmTitle: 'Delete all of Rung’s data?',
  deleteConfirmBody:
    'This deletes every page, concept, answer and mastery record in this browser. It cannot be undone. Export your data first if you may want it back.',
  deleteConfirm: 'Delete everything',
  cancel: 'Cancel',
  working: 'Working…',
};
export type DataSettingsText = typeof DATA_SETTINGS_TEXT;

export interface DataSettingsProps {
  storage: StorageStatus | null;
  /** The action in progress: its button says so and every action waits for it. */
  busy?: DataAction | null;
  /** The outcome of the last action, announced to screen readers. */
  notice?: { kind: 'success' | 'error'; text: string } | null;
  onExportJson: () => void;
  onImport: (file: File) => void;
  onExportAnki: () => void;
  onExportCsv: () => void;
  onDeleteAll: () => void;
  /** Asks the browser for persistent storage; the button is hidden when absent or already granted. */
  onRequestPersist?: () => void;
  text?: Partial<DataSettingsText>;
}

/** The settings section for export, import, Anki/CSV export, storage use and deleting everything. */
export function DataSettings(props: DataSettingsProps) {
  const text = { ...DATA_SETTINGS_TEXT, ...props.text };
  const { storage, busy = null, notice = null } = props;
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the confirmation: onto Cancel (the safe choice) when it opens, back to the
  // button that opened it when it closes.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const disabled = busy !== null;
  const label = (action: DataAction, idle: string) => (busy === action ? text.working : idle);

  return (
    <section aria-labelledby="data-heading" class="card data-settings" aria-busy={disabled}>
      <h2 id="data-heading">{text.heading}</h2>
      <p class="muted">{text.intro}</p>

      <div class="row">
        <button
          type="button"
          onClick={props.onExportJson}
          disabled={disabled}
          aria-describedby="data-export-hint"
        >
          {label('export-json', text.exportJson)}
        </button>
        <button
          type="button"
          onClick={() => fileInput.current?.click()}
          disabled={disabled}
          aria-describedby="data-import-hint"
        >
          {label('import', text.importData)}
        </button>
        {/* Opened by the button above, which carries the accessible name; hidden from the tab order. */}
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared so choosing the same file again fires another change.
            input.value = '';
            if (file) props.onImport(file);
          }}
        />
      </div>
      <p id="data-export-hint" class="muted hint">
        {text.exportJsonHint}
      </p>
      <p id="data-import-hint" class="muted hint">
        {text.importHint}
      </p>

      <div class="row">
        <button
          type="button"
          onClick={props.onExportAnki}
          disabled={disabled}
          aria-describedby="data-cards-hint"
        >
          {label('export-anki', text.exportAnki)}
        </button>
        <button
          type="button"
          onClick={props.onExportCsv}
          disabled={disabled}
          aria-describedby="data-cards-hint"
        >
          {label('export-csv', text.exportCsv)}
        </button>
      </div>
      <p id="data-cards-hint" class="muted hint">
        {text.exportCardsHint}
      </p>

      <p role="status" class={notice?.kind === 'error' ? 'error' : 'muted'}>
        {notice?.text ?? ''}
      </p>

      <h3 id="data-storage-heading">{text.storageHeading}</h3>
      {storage && <StorageSummary storage={storage} text={text} />}
      {storage && storage.persisted !== true && props.onRequestPersist && (
        <button type="button" onClick={props.onRequestPersist} disabled={disabled}>
          {label('persist', text.requestPersist)}
        </button>
      )}

      <div class="danger-zone">
        {confirming ? (
          <fieldset aria-describedby="data-delete-body">
            <legend>
              <strong>{text.deleteConfirmTitle}</strong>
            </legend>
            <p id="data-delete-body">{text.deleteConfirmBody}</p>
            <div class="row">
              <button
                type="button"
                class="danger"
                disabled={disabled}
                onClick={() => {
                  setConfirming(false);
                  props.onDeleteAll();
                }}
              >
                {text.deleteConfirm}
              </button>
              <button type="button" ref={cancelButton} onClick={() => setConfirming(false)}>
                {text.cancel}
              </button>
            </div>
          </fieldset>
        ) : (
          <button
            type="button"
            class="danger"
            ref={deleteButton}
            disabled={disabled}
            onClick={() => setConfirming(true)}
          >
            {label('delete', text.deleteAll)}
          </button>
        )}
      </div>
    </section>
  );
}

function StorageSummary({ storage, text }: { storage: StorageStatus; text: DataSettingsText }) {
  const persistence =
    storage.persisted === true
      ? text.persisted
      : storage.persisted === false
        ? text.notPersisted
        : text.persistUnknown;
  return (
    <div>
      {storage.fraction !== null && (
        <meter
          aria-label={text.usageLabel}
          min={0}
          max={1}
          low={0.8}
          high={0.95}
          optimum={0}
          value={storage.fraction}
          aria-valuetext={text.usage(storage.usageText, storage.quotaText)}
        />
      )}
      <p>{text.usage(storage.usageText, storage.quotaText)}</p>
      <p>{persistence}</p>
      {storage.messages.length > 0 && (
        <ul class={storage.level === 'critical' ? 'warnings error' : 'warnings'}>
          {storage.messages.map((message) => (
            <li key={message}>
              <span aria-hidden="true">⚠ </span>
              {message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
