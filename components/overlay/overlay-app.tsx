import { useState } from 'preact/hooks';
import type { ConceptView } from '@/lib/protocol';

export interface OverlayProps {
  concepts: ConceptView[];
  readiness: number;
  /** The concept under the pointer or focus, with where to show its card. */
  card: { concept: ConceptView; x: number; y: number } | null;
  strings: Record<'ready' | 'quizMe' | 'concepts' | 'close' | 'status', string>;
  statusText: (s: ConceptView['status']) => string;
  onQuiz: (key: string) => void;
  onFocusConcept: (key: string) => void;
  onCloseCard: () => void;
}

const ICON: Record<ConceptView['status'], string> = { new: '○', learning: '◐', mastered: '●', gap: '▲' };

/** Rung's in-page layer: a readiness badge, a concept panel and the concept card. */
export function OverlayApp(props: OverlayProps) {
  const { concepts, readiness, card, strings, statusText } = props;
  const [open, setOpen] = useState(false);
  const pct = Math.round(readiness * 100);
  return (
    <div class="rung-root" lang="en">
      <button
        type="button"
        class="badge"
        aria-expanded={open}
        aria-controls="rung-panel"
        onClick={() => setOpen(!open)}
        aria-label={`Rung: ${strings.ready.replace('$1', String(pct))}`}
      >
        <span aria-hidden="true">▤</span> {pct}%
      </button>
      {open && (
        <section id="rung-panel" class="panel" aria-label={strings.concepts}>
          <header>
            <strong>{strings.concepts}</strong>
            <button type="button" class="x" onClick={() => setOpen(false)} aria-label={strings.close}>
              ✕
            </button>
          </header>
          <ul>
            {concepts.map((c) => (
              <li key={c.key}>
                <button
                  type="button"
                  class={`concept s-${c.status}`}
                  onClick={() => props.onFocusConcept(c.key)}
                >
                  <span aria-hidden="true">{ICON[c.status]} </span>
                  <span dir="auto">{c.label}</span>
                  <span class="st"> — {statusText(c.status)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {card && (
        <div
          class="card"
          role="dialog"
          aria-label={card.concept.label}
          style={{ left: `${Math.max(8, card.x)}px`, top: `${Math.max(8, card.y)}px` }}
        >
          <header>
            <strong dir="auto">{card.concept.label}</strong>
            <button type="button" class="x" onClick={props.onCloseCard} aria-label={strings.close}>
              ✕
            </button>
          </header>
          <p class={`st s-${card.concept.status}`}>
            <span aria-hidden="true">{ICON[card.concept.status]} </span>
            {strings.status}: {statusText(card.concept.status)}
          </p>
          {card.concept.definition && <p dir="auto">{card.concept.definition}</p>}
          <button type="button" class="primary" onClick={() => props.onQuiz(card.concept.key)}>
            {strings.quizMe}
          </button>
        </div>
      )}
    </div>
  );
}

/** Styles live inside the shadow root: nothing leaks in from the page or out to it. */
export const OVERLAY_CSS = `
:host { all: initial; }
.rung-root { font: 14px/1.4 system-ui, 'Noto Sans', 'Noto Sans CJK SC', sans-serif; color: #1d2321; }
button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 3px solid #d97706; outline-offset: 2px; }
.badge { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; background: #2f5d50; color: #fff;
  border: none; border-radius: 18px; padding: 6px 12px; box-shadow: 0 2px 8px rgba(0,0,0,.25); font-weight: 600; }
.panel { position: fixed; right: 16px; bottom: 60px; z-index: 2147483646; width: 300px; max-height: 60vh; overflow: auto;
  background: #fff; border: 1px solid #dcdcd4; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 8px 10px; }
.panel header, .card header { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.panel ul { list-style: none; margin: 6px 0 0; padding: 0; }
.concept { display: block; width: 100%; text-align: start; background: none; border: none; padding: 4px 2px; color: inherit; }
.concept:hover { background: #f2f1ec; }
.st { color: #5b6561; font-size: 12px; }
.s-mastered { color: #1f6f43; } .s-gap { color: #8a4b00; } .s-learning { color: #2c5d8a; }
.x { background: none; border: none; font-size: 14px; color: #5b6561; }
.card { position: fixed; z-index: 2147483647; width: 280px; background: #fff; border: 1px solid #dcdcd4; border-radius: 10px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 8px 12px; }
.card p { margin: 6px 0; }
.primary { background: #2f5d50; color: #fff; border: none; border-radius: 6px; padding: 5px 12px; font-weight: 600; }
`;

/** Underlines painted on the page's own text through the CSS Custom Highlight API. */
export const HIGHLIGHT_CSS = `
::highlight(rung-mastered) { text-decoration: underline solid #1f6f43 2px; }
::highlight(rung-learning) { text-decoration: underline dashed #2c5d8a 2px; }
::highlight(rung-gap) { text-decoration: underline wavy #b45309 2px; }
::highlight(rung-new) { text-decoration: underline dotted #6b7280 2px; }
`;
