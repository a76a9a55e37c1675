import type { ComponentChildren } from 'preact';
import { t } from '@/lib/browser/i18n';
import type { GapView } from '@/lib/protocol';

interface Props {
  gaps: GapView[];
  onPractise: (gap: GapView) => void;
  onShow: (gap: GapView) => void;
  /** More for each gap (the LLM's "Explain this gap"), when the popup has it. */
  extra?: (gap: GapView) => ComponentChildren;
}

/** Unmastered prerequisites behind the learner's failures, with where to read about each. */
export function GapsList({ gaps, onPractise, onShow, extra }: Props) {
  return (
    <section class="gaps" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">{t('gapsHeading')}</h2>
      {gaps.length === 0 ? (
        <p class="muted">{t('noGaps')}</p>
      ) : (
        <ul aria-label={t('gapsHeading')}>
          {gaps.map((g) => (
            <li key={g.key} class="gap">
              <div class="gap-head">
                <span class="gap-label" dir="auto">
                  <span aria-hidden="true">▲ </span>
                  {g.label}
                </span>
                <button
                  type="button"
                  class="small"
                  onClick={() => onPractise(g)}
                  aria-label={`${t('practise')}: ${g.label}`}
                >
                  {t('practise')}
                </button>
              </div>
              {/* A missed concept is its own gap: "behind scope" under "scope" says nothing. */}
              {g.behind.some((b) => b !== g.label) && (
                <p class="muted">{t('behind', g.behind.filter((b) => b !== g.label).join(', '))}</p>
              )}
              {g.source && (
                <p class="gap-source" dir="auto">
                  <button
                    type="button"
                    class="link"
                    onClick={() => onShow(g)}
                    aria-label={`${t('readAbout')}: ${g.label}`}
                  >
                    {t('readAbout')}
                  </button>{' '}
                  <q>{g.source.length > 160 ? `${g.source.slice(0, 157)}…` : g.source}</q>
                  {g.pageTitle && <span class="muted"> — {g.pageTitle}</span>}
                </p>
              )}
              {extra?.(g)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
