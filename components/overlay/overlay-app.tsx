import { useState } from 'preact/hooks';
import type { ConceptView, GlossReply, OverlayStrings, Theme } from '@/lib/protocol';

// The styles live beside the component in overlay-css.ts: the overlay's first script draws the badge
// and the underlines with them without loading Preact or this component.
export { markCss, OVERLAY_CSS, UNDERLINE_COLOURS, UNDERLINE_STYLE } from './overlay-css';

/** What the card shows under a vocabulary concept while the LLM is on for the site. */
export type GlossView = GlossReply | { status: 'loading' };

export interface OverlayProps {
  concepts: ConceptView[];
  readiness: number;
  /** The learner's theme setting, as the popup applies it. */
  theme: Theme;
  /** The UI language the strings are in. */
  lang: string;
  /** The concept panel is open when this first renders (the learner opened it from the light badge). */
  panelOpen?: boolean;
  /** The concept under the pointer or focus, with where to show its card, and its gloss if any. */
  card: { concept: ConceptView; x: number; y: number; gloss?: GlossView } | null;
  /** Its words (the status words come through `statusText`). */
  strings: Omit<OverlayStrings, `status-${ConceptView['status']}`>;
  statusText: (s: ConceptView['status']) => string;
  onQuiz: (key: string) => void;
  onFocusConcept: (key: string) => void;
  onCloseCard: () => void;
}

const ICON: Record<ConceptView['status'], string> = { new: '○', learning: '◐', mastered: '●', gap: '▲' };

/** Rung's in-page layer: a readiness badge, a concept panel and the concept card. */
export function OverlayApp(props: OverlayProps) {
  const { concepts, readiness, card, strings, statusText } = props;
  const [open, setOpen] = useState(props.panelOpen ?? false);
  const pct = Math.round(readiness * 100);
  return (
    <div class="rung-root" lang={props.lang} data-theme={props.theme}>
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
          {card.gloss && card.gloss.status !== 'off' && <Gloss gloss={card.gloss} strings={strings} />}
          <button type="button" class="primary" onClick={() => props.onQuiz(card.concept.key)}>
            {strings.quizMe}
          </button>
        </div>
      )}
    </div>
  );
}

/** The model's meaning of a word, always with who wrote it; a polite live region, so it is announced. */
function Gloss({
  gloss,
  strings,
}: {
  gloss: Exclude<GlossView, { status: 'off' }>;
  strings: OverlayProps['strings'];
}) {
  return (
    <div class="gloss" role="status">
      {gloss.status === 'loading' && <p class="st">{strings.glossLoading}</p>}
      {gloss.status === 'ok' && (
        <>
          <p>
            <span class="st">{strings.glossMeaning}: </span>
            <span lang={gloss.lang} dir="auto">
              {gloss.gloss}
            </span>
          </p>
          <p class="st from">{strings.glossFrom.replace('$1', gloss.from)}</p>
        </>
      )}
      {gloss.status === 'failed' && (
        <>
          <p class="st">{strings.glossUnavailable}</p>
          {gloss.message && <p class="st from">{gloss.message}</p>}
        </>
      )}
    </div>
  );
}
