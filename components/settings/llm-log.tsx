import { t } from '@/lib/browser/i18n';
import type { LlmLogEntry } from '@/lib/types';

interface Props {
  /** Newest first. */
  entries: LlmLogEntry[];
  onClear: () => void | Promise<void>;
}

/** "What was sent": every request to the model, with the exact text, viewable and clearable. */
export function LlmLog({ entries, onClear }: Props) {
  return (
    <section aria-labelledby="llm-log-heading" class="card">
      <h2 id="llm-log-heading">{t('llmLogHeading')}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t('llmLogEmpty')}</p>
      ) : (
        <table class="sites">
          <caption class="visually-hidden">{t('llmLogCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('llmLogWhen')}</th>
              <th scope="col">{t('llmLogFor')}</th>
              <th scope="col">{t('llmLogWhere')}</th>
              <th scope="col">{t('llmLogResult')}</th>
              <th scope="col">{t('llmLogTextSent')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={e.id ?? i}>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>{e.feature}</td>
                <td>
                  {t('llmLogModelAt', [e.model, e.endpoint])}
                  {e.pageUrl ? <div class="muted">{t('llmLogFromPage', e.pageUrl)}</div> : null}
                </td>
                <td>
                  {e.ok ? t('llmLogOk') : t('llmLogFailed', e.error ?? t('llmLogUnknownError'))}
                  {e.promptTokens !== undefined ? (
                    <div class="muted">
                      {t('llmLogTokens', (e.promptTokens ?? 0) + (e.completionTokens ?? 0))}
                    </div>
                  ) : null}
                </td>
                <td>
                  <details>
                    <summary>{t('llmLogCharacters', e.sent.length.toLocaleString())}</summary>
                    <pre style={{ whiteSpace: 'pre-wrap' }}>{e.sent}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => void onClear()} disabled={entries.length === 0}>
        {t('llmLogClear')}
      </button>
    </section>
  );
}
