import { type MessageKey, t } from '@/lib/browser/i18n';
import type { ConceptView } from '@/lib/protocol';

const STATUS_KEY: Record<ConceptView['status'], MessageKey> = {
  new: 'statusNew',
  learning: 'statusLearning',
  mastered: 'statusMastered',
  gap: 'statusGap',
};

const STATUS_ICON: Record<ConceptView['status'], string> = {
  new: '○',
  learning: '◐',
  mastered: '●',
  gap: '▲',
};

/** The page's concepts with their status, written out in words (colour is never the only signal). */
export function ConceptList({ concepts, dir }: { concepts: ConceptView[]; dir?: 'ltr' | 'rtl' }) {
  return (
    <ul class="concepts" aria-label={t('conceptsOnThisPage')}>
      {concepts.map((c) => (
        <li key={c.key} class={`concept status-${c.status}`} title={c.definition}>
          <span class="concept-label" dir={dir ?? 'auto'}>
            {c.label}
          </span>
          <span class="status">
            <span aria-hidden="true">{STATUS_ICON[c.status]}</span> {t(STATUS_KEY[c.status])}
          </span>
        </li>
      ))}
    </ul>
  );
}
