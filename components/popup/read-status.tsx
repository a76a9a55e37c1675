import { t } from '@/lib/browser/i18n';
import type { ReadProgress } from '@/lib/protocol';

interface Props {
  reading?: ReadProgress;
  tabLoading: boolean;
  /** Absent when the popup is not about a tab (nothing to reload). */
  onReload?: () => void;
  busy: boolean;
}

/**
 * What the popup says about a page Rung has not stored: that it is being read (the popup fills in
 * when it is stored), why reading failed with "Reload", or, with no read known, how to get one.
 */
export function ReadStatus({ reading, tabLoading, onReload, busy }: Props) {
  if (reading?.status === 'failed') {
    return (
      <div class="pad read-failed" role="alert">
        <p>{reading.reason}</p>
        {onReload && (
          <button type="button" class="primary" onClick={onReload} disabled={busy}>
            {t('reloadPage')}
          </button>
        )}
      </div>
    );
  }
  if (reading?.status === 'reading' || tabLoading) {
    return (
      <p class="pad reading" role="status">
        <span class="spinner" aria-hidden="true" />
        {t('readingPage')}
      </p>
    );
  }
  return <p class="pad">{t('notRead')}</p>;
}
