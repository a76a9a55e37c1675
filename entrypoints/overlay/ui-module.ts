import type { OverlayProps } from '@/components/overlay/overlay-app';

/**
 * The overlay's panel and cards (Preact and OverlayApp), a script of their own: the overlay's first
 * script (entrypoints/overlay) draws the badge and the underlines with the DOM alone, and has the
 * background inject this one ('overlay/load' with part 'ui') only when the learner opens the panel
 * or a card. Both run in the content script's isolated world; the page never sees this global.
 */
export interface OverlayUi {
  render(props: OverlayProps, container: HTMLElement): void;
  clear(container: HTMLElement): void;
}

export const OVERLAY_UI_GLOBAL = '__rungOverlayUi';

export function overlayUi(): OverlayUi | undefined {
  return (globalThis as Record<string, unknown>)[OVERLAY_UI_GLOBAL] as OverlayUi | undefined;
}
