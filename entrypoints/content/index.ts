import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ask } from '@/lib/browser/messaging';
import { extractPage } from '@/lib/extract/extract-page';
import { type ContentHandlers, dispatchToContent } from '@/lib/messaging/dispatch-content';
import type { SiteStatusReply } from '@/lib/protocol';
import { highlightPassage } from './highlight-passage';
import { Overlay } from './overlay';

// Reads the page the learner is on. Runs in the isolated world: the page's own scripts cannot see
// or patch what runs here, and nothing here writes to the page's DOM (the overlay adds one host
// element, and only where the learner has it on).
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: false,
  async main(ctx) {
    const url = location.href;
    const status: SiteStatusReply = await ask('site/status', { url }).catch(() => ({
      read: false,
      overlay: false,
    }));
    if (!status.read) return;
    const overlay = new Overlay(url, status);

    const handlers: ContentHandlers = {
      'passage/highlight': async ({ text }) => ({ found: highlightPassage(document, text) }),
      'overlay/refresh': async () => {
        await syncOverlay(overlay, url);
        return { on: overlay.mounted };
      },
    };
    browser.runtime.onMessage.addListener((message: unknown, sender) =>
      dispatchToContent(handlers, message, sender.id, browser.runtime.id),
    );

    // Extraction is the heavy part: wait for the page to be idle so it never competes with the
    // page's own start-up work.
    await whenIdle();
    if (ctx.isInvalid) return;
    const result = extractPage(document, { url, nativeLang: status.nativeLang ?? 'en' });
    try {
      await ask('page/read', { url, result });
      if (status.overlay) await overlay.mount();
    } catch (error) {
      console.warn('Rung could not store this page:', error instanceof Error ? error.message : error);
    }
    ctx.onInvalidated(() => overlay.unmount());
  },
});

async function syncOverlay(overlay: Overlay, url: string): Promise<void> {
  const now = await ask('site/status', { url });
  overlay.setStatus(now);
  if (now.overlay) await overlay.mount();
  else overlay.unmount();
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 3000 });
    else setTimeout(resolve, 200);
  });
}
