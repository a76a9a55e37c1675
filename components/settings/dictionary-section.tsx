import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import { ask } from '@/lib/browser/messaging';
import { bytesToBase64 } from '@/lib/data/base64';
import type { StoredDictionary } from '@/lib/db/schema';
import { MAX_DICTIONARY_BYTES } from '@/lib/protocol';

// The background owns the database: the file is sent to it (as base64: runtime messages carry
// JSON), parsed and stored there, like every other write.

function size(bytes: number): string {
  return bytes >= 1_048_576
    ? `${(bytes / 1_048_576).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Settings: import Yomitan dictionaries (meanings for vocabulary questions), list them, remove them. */
export function DictionarySection() {
  const [list, setList] = useState<StoredDictionary[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const refresh = async () => setList((await ask('dict/list', {})).dictionaries);

  useEffect(() => {
    void refresh().catch(() => setList([]));
  }, []);

  const onFile = async (file: File) => {
    setBusy(true);
    setNotice({ error: false, text: t('dictImporting', file.name) });
    try {
      if (file.size > MAX_DICTIONARY_BYTES) {
        throw new Error(t('dictTooLarge', [file.name, size(MAX_DICTIONARY_BYTES)]));
      }
      const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const d = await ask('dict/import', { name: file.name, base64 });
      setNotice({ error: false, text: t('dictImported', [d.title, d.terms.toLocaleString()]) });
    } catch (error) {
      setNotice({ error: true, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const onRemove = async (title: string) => {
    setBusy(true);
    try {
      await ask('dict/remove', { title });
      setNotice({ error: false, text: t('dictRemoved', title) });
    } catch (error) {
      setNotice({ error: true, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  return (
    <section aria-labelledby="dict-heading" class="card" aria-busy={busy}>
      <h2 id="dict-heading">{t('dictHeading')}</h2>
      <p class="muted">{t('dictIntro')}</p>
      <label class="row">
        {t('dictImport')}
        <input
          type="file"
          accept=".zip,application/zip"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) void onFile(file);
          }}
        />
      </label>
      {list && list.length > 0 ? (
        <ul aria-label={t('dictListLabel')}>
          {list.map((d) => (
            <li key={d.title} class="row">
              <span>
                <strong>{d.title}</strong>{' '}
                <span class="muted">{t('dictSize', [d.terms.toLocaleString(), size(d.bytes)])}</span>
              </span>
              <button
                type="button"
                disabled={busy}
                onClick={() => void onRemove(d.title)}
                aria-label={t('dictRemove', d.title)}
              >
                {t('dictRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{list ? t('dictNone') : t('loading')}</p>
      )}
      <p role="status" class={notice?.error ? 'error' : 'muted'}>
        {notice?.text ?? ''}
      </p>
    </section>
  );
}
