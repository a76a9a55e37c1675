import { h, render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OverlayApp } from '@/components/overlay/overlay-app';
import { OVERLAY_UI_GLOBAL, type OverlayUi } from '../overlay/ui-module';

// Injected by the background ('overlay/load', part 'ui') next to the overlay's first script, the
// first time the learner opens the concept panel or a card on a page.
export default defineUnlistedScript(() => {
  const ui: OverlayUi = {
    render: (props, container) => render(h(OverlayApp, props), container),
    clear: (container) => render(null, container),
  };
  (globalThis as Record<string, unknown>)[OVERLAY_UI_GLOBAL] = ui;
});
