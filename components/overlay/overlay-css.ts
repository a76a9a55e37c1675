import PALETTE from '@/components/palette.css?inline';
import type { ConceptView } from '@/lib/protocol';

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
