import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OVERLAY_GLOBAL, type OverlayModule } from '@/lib/overlay/overlay-module';
import { Overlay } from './page-overlay';

// Injected by the background ('overlay/load') into the content script's isolated world, only when
// the overlay is about to be shown: pages where it never shows never load Preact or this code.
export default defineUnlistedScript(() => {
  const module: OverlayModule = { create: (url, status) => new Overlay(url, status) };
  (globalThis as Record<string, unknown>)[OVERLAY_GLOBAL] = module;
});
