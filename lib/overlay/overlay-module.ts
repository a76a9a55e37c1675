import type { Replies, SiteStatusReply } from '@/lib/protocol';

/**
 * What the overlay's script (entrypoints/overlay, loaded only when the overlay is shown) offers the
 * content script. Both run in the same isolated world, so it is handed over on that world's global
 * object, which the page's own scripts never see.
 */
export interface OverlayController {
  readonly mounted: boolean;
  /** Shows the overlay; with the concepts when the caller has them already ('page/document'). */
  mount(concepts?: Replies['overlay/concepts']): Promise<void>;
  unmount(): void;
  setStatus(status: SiteStatusReply): void;
  /** Scrolls to a passage and marks it; false when the page has no such text. */
  showPassage(text: string): boolean;
}

export interface OverlayModule {
  create(url: string, status: SiteStatusReply): OverlayController;
}

export const OVERLAY_GLOBAL = '__rungOverlay';
