import { t } from '@/lib/browser/i18n';

interface Props {
  enabled: boolean;
  reason: string | null;
  done: boolean;
  onAdvance: () => void;
}

/** "Advance" stays disabled, with its reason beside it, until the page's criterion holds. */
export function AdvanceBar({ enabled, reason, done, onAdvance }: Props) {
  return (
    <div class="advance">
      <button
        type="button"
        class="primary"
        disabled={!enabled}
        aria-describedby="advance-reason"
        onClick={onAdvance}
      >
        {t('advance')} →
      </button>
      <p id="advance-reason" class={enabled ? 'ok' : 'muted'} role="status">
        {enabled ? (done ? t('pageDone') : t('advanceReady')) : reason}
      </p>
    </div>
  );
}
