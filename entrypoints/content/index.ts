import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ask } from '@/lib/browser/messaging';
import { extractPage } from '@/lib/extract/extract-page';
import { highlightPassage } from './highlight-passage';

// Reads the page the learner is on. Runs in the isolated world: the page's own scripts cannot see
// or patch what runs here, and nothing here writes to the page's DOM.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: false,
  async main(ctx) {
    const url = location.href;
    const status = await ask('site/status', { url }).catch(() => ({ read: false, overlay: false }));
    if (!status.read) return;

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || !isHighlight(message)) return undefined;
      return Promise.resolve({ found: highlightPassage(document, message.payload.text) });
    });

    // Extraction is the heavy part: wait for the page to be idle so it never competes with the
    // page's own start-up work.
    await whenIdle();
    if (ctx.isInvalid) return;
    const result = extractPage(document, { url });
    await ask('page/read', { url, result }).catch((error: unknown) => {
      console.warn('Rung could not store this page:', error instanceof Error ? error.message : error);
    });
  },
});

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 3000 });
    else setTimeout(resolve, 200);
  });
}

function isHighlight(m: unknown): m is { type: 'passage/highlight'; payload: { text: string } } {
  if (typeof m !== 'object' || m === null) return false;
  const { type, payload } = m as { type?: unknown; payload?: { text?: unknown } };
  return (
    type === 'passage/highlight' &&
    typeof payload === 'object' &&
    payload !== null &&
    typeof payload.text === 'string' &&
    payload.text.length > 0 &&
    payload.text.length <= 20_000
  );
}
