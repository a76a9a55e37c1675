import { useState } from 'preact/hooks';
import PALETTE from '@/components/palette.css?inline';
import type { ConceptView, GlossReply, OverlayStrings, Theme } from '@/lib/protocol';

/** What the card shows under a vocabulary concept while the LLM is on for the site. */
export type GlossView = GlossReply | { status: 'loading' };

export interface OverlayProps {
  concepts: ConceptView[];
  readiness: number;
  /** The learner's theme setting, as the popup applies it. */
  theme: Theme;
  /** The UI language the strings are in. */
  lang: string;
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
  const [open, setOpen] = useState(false);
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

/**
 * Styles live inside the shadow root: nothing leaks in from the page or out to it. The colours are
 * the extension pages' palette; a shadow tree has no `:root`, so its rules are scoped to
 * `.rung-root`, whose `data-theme` the background's 'site/status' reply sets (light / dark /
 * system), exactly as lib/browser/theme.ts sets it on the popup's <html>.
 */
export const OVERLAY_CSS = `
${PALETTE.replaceAll(':root', '.rung-root')}
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; }
.rung-root { font: 14px/1.4 system-ui, 'Noto Sans', 'Noto Sans CJK SC', sans-serif; color: var(--fg); }
button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.badge { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; background: var(--accent); color: var(--accent-fg);
  border: none; border-radius: 18px; padding: 6px 12px; box-shadow: 0 2px 8px rgba(0,0,0,.25); font-weight: 600; }
.panel { position: fixed; right: 16px; bottom: 60px; z-index: 2147483646; width: 300px; max-height: 60vh; overflow: auto;
  background: var(--card); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 8px 10px; }
.panel header, .card header { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.panel ul { list-style: none; margin: 6px 0 0; padding: 0; }
.concept { display: block; width: 100%; text-align: start; background: none; border: none; padding: 4px 2px; color: inherit; }
.concept:hover { background: var(--bg); box-shadow: inset 0 0 0 1px var(--line); }
.st { color: var(--muted); font-size: 12px; }
.s-mastered { color: var(--mastered); } .s-gap { color: var(--gap); } .s-learning { color: var(--learning); }
.x { background: none; border: none; font-size: 14px; color: var(--muted); }
.card { position: fixed; z-index: 2147483647; width: 280px; background: var(--card); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 8px 12px; }
.card p { margin: 6px 0; }
.gloss { border-top: 1px solid var(--line); margin-top: 6px; }
.gloss .from { margin-top: 0; font-style: italic; }
.primary { background: var(--accent); color: var(--accent-fg); border: none; border-radius: 6px; padding: 5px 12px; font-weight: 600; }
`;

/**
 * Underlines drawn under the page's own text, inside Rung's closed shadow root (the CSS Custom
 * Highlight API would list them, and so what the learner knows, in a registry the page can read).
 * They sit on the page's background, not on Rung's, so the colours follow how dark the page is
 * (see lib/overlay/is-dark-background.ts), each at least 3:1 against it (WCAG 1.4.11). The line
 * style tells the statuses apart without colour.
 */
export const UNDERLINE_COLOURS: Record<'light' | 'dark', Record<ConceptView['status'], string>> = {
  light: { mastered: '#1f6f43', learning: '#2c5d8a', gap: '#b45309', new: '#6b7280' },
  dark: { mastered: '#7fd6a3', learning: '#8fc2f0', gap: '#f5b86b', new: '#a9b3ae' },
};
export const UNDERLINE_STYLE: Record<ConceptView['status'], string> = {
  mastered: 'solid',
  learning: 'dashed',
  gap: 'double',
  new: 'dotted',
};

/** Rules for the marks layer (`.marks` or `.marks.dark`), one class per status, and the passage. */
export function markCss(): string {
  const rules = [
    '.marks { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }',
    '.marks > i { position: absolute; pointer-events: none; box-sizing: border-box; }',
    '.marks > i.passage { background: rgba(255, 229, 138, .55); outline: 2px solid #b08900; border-radius: 2px; }',
  ];
  for (const page of ['light', 'dark'] as const) {
    for (const s of Object.keys(UNDERLINE_STYLE) as ConceptView['status'][]) {
      const width = UNDERLINE_STYLE[s] === 'double' ? 4 : 2;
      rules.push(
        `.marks${page === 'dark' ? '.dark' : ''} > i.m-${s} { border-bottom: ${width}px ${UNDERLINE_STYLE[s]} ${UNDERLINE_COLOURS[page][s]}; }`,
      );
    }
  }
  return rules.join('\n');
}
