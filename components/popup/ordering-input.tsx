import type { Ref } from 'preact';
import { t } from '@/lib/browser/i18n';

interface Props {
  steps: string[];
  dir?: 'ltr' | 'rtl';
  onChange: (steps: string[]) => void;
  /** The first control (the first step's "Move down"): focused when the question appears. */
  firstRef?: Ref<HTMLButtonElement>;
}

/** Puts a procedure's steps in order with buttons (keyboard and screen-reader friendly, no dragging). */
export function OrderingInput({ steps, dir, onChange, firstRef }: Props) {
  const move = (from: number, to: number) => {
    if (to < 0 || to >= steps.length) return;
    const next = [...steps];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };
  return (
    <ol class="ordering" aria-label={t('orderSteps')}>
      {steps.map((step, i) => (
        <li key={step} dir={dir ?? 'auto'}>
          <span>{step}</span>
          <span class="ordering-buttons">
            <button
              type="button"
              class="small"
              disabled={i === 0}
              onClick={() => move(i, i - 1)}
              aria-label={`${t('moveUp')}: ${step}`}
            >
              ↑
            </button>
            <button
              ref={i === 0 ? firstRef : undefined}
              type="button"
              class="small"
              disabled={i === steps.length - 1}
              onClick={() => move(i, i + 1)}
              aria-label={`${t('moveDown')}: ${step}`}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
