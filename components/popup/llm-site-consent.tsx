import { t } from '@/lib/browser/i18n';

interface Props {
  site: string;
  busy: boolean;
  onAnswer: (allow: boolean) => void;
}

/**
 * Asked once per site while the LLM is on: LLM use is opt-in per site, so nothing from this
 * site's pages goes to the model until the learner says yes here (revocable in settings).
 */
export function LlmSiteConsent({ site, busy, onAnswer }: Props) {
  return (
    <section class="notice" aria-labelledby="llm-consent-heading">
      <p id="llm-consent-heading">{t('llmAskSite', site)}</p>
      <div class="row">
        <button type="button" onClick={() => onAnswer(true)} disabled={busy}>
          {t('llmAllowSite')}
        </button>
        <button type="button" onClick={() => onAnswer(false)} disabled={busy}>
          {t('llmDenySite')}
        </button>
      </div>
    </section>
  );
}
