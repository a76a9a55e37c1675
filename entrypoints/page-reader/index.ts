import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ask } from '@/lib/browser/messaging';
import { type ContentHandlers, dispatchToContent } from '@/lib/messaging/dispatch-content';
import { OVERLAY_GLOBAL, type OverlayController, type OverlayModule } from '@/lib/overlay/overlay-module';
import { serializeDocument } from '@/lib/page/serialize-document';
import { yieldToPage } from '@/lib/page/yield-to-page';
import type { SiteStatusReply } from '@/lib/protocol';

/** Work per slice before the page gets its main thread back (a frame is 16 ms). */
const SLICE_MS = 4;

// Rung's content script: it runs in the isolated world on every page the learner reads, so it does
// as little as it can: it hands the page's document over in small slices and leaves parsing,
// Readability and extraction to the background (lib/browser/page-reader.ts). The overlay's code is
// loaded only when it is shown.
//
// Declared in the manifest by hand (wxt.config.ts, CONTENT_SCRIPT) rather than with WXT's
// defineContentScript, whose wrapper starts every page with a context that dispatches an event on
// the document and posts a message to the page's window naming the extension (to stop an older
// copy of the script after an update, which Rung never injects): work on the page's main thread,
// the page's own message listeners run for it, and the page learns Rung is installed.
export default defineUnlistedScript(async () => {
  const url = location.href;
  // With reading: true, a page Rung reads is marked as being read at once, before the wait for
  // idle: a popup opened meanwhile says "Reading this page…".
  const status: SiteStatusReply = await ask('site/status', { url, reading: true }).catch(() => ({
    read: false,
    overlay: false,
  }));
  if (!status.read) return;
  let overlay: OverlayController | null = null;
  const loadOverlay = async (): Promise<OverlayController | null> => {
    if (overlay) return overlay;
    const global = globalThis as Record<string, unknown>;
    if (!global[OVERLAY_GLOBAL]) await ask('overlay/load', { url });
    const module = global[OVERLAY_GLOBAL] as OverlayModule | undefined;
    overlay = module?.create(url, status) ?? null;
    return overlay;
  };
  const syncOverlay = async (): Promise<boolean> => {
    const now = await ask('site/status', { url });
    if (!now.overlay) {
      overlay?.unmount();
      return false;
    }
    const o = await loadOverlay();
    o?.setStatus(now);
    await o?.mount();
    return o?.mounted ?? false;
  };

  const handlers: ContentHandlers = {
    'passage/highlight': async ({ text }) => ({ found: (await loadOverlay())?.showPassage(text) ?? false }),
    'overlay/refresh': async () => ({ on: await syncOverlay() }),
  };
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    dispatchToContent(handlers, message, sender.id, browser.runtime.id),
  );

  // Wait for the page to be idle so even the slices never compete with its own start-up work.
  await whenIdle();
  if (contextGone()) return;
  try {
    const { html } = await serializeDocument(document, {
      budgetMs: SLICE_MS,
      now: () => performance.now(),
      pause: yieldToPage,
    });
    if (contextGone()) return;
    // With the overlay on, the background loads its code and sends its concepts in the reply.
    const stored = await ask('page/document', { url, html, overlay: status.overlay });
    if (status.overlay) await (await loadOverlay())?.mount(stored.overlay);
  } catch (error) {
    console.warn('Rung could not store this page:', error instanceof Error ? error.message : error);
  }
});

/** The extension was reloaded or removed since this script started: its messages go nowhere. */
function contextGone(): boolean {
  return browser.runtime?.id === undefined;
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 3000 });
    else setTimeout(resolve, 200);
  });
}
