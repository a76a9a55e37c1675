import { t } from '@/lib/browser/i18n';
import type { OverlayStrings } from '@/lib/protocol';

/** The overlay's words through browser.i18n: called in the background, which sends them to the page. */
export function overlayStrings(): OverlayStrings {
  return {
    ready: t('readiness', '$1'),
    quizMe: t('quizMe'),
    concepts: t('conceptsOnThisPage'),
    close: t('close'),
    status: t('statusLabel'),
    glossLoading: t('glossLoading'),
    glossFrom: t('glossFrom', '$1'),
    glossMeaning: t('glossMeaning'),
    glossUnavailable: t('glossUnavailable'),
    'status-new': t('statusNew'),
    'status-learning': t('statusLearning'),
    'status-mastered': t('statusMastered'),
    'status-gap': t('statusGap'),
  };
}
