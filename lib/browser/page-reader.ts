import { browser } from 'wxt/browser';
import type { OffscreenExtract, ReadOptions } from '@/lib/page/read-html';
import { readHtml } from '@/lib/page/read-html';

const OFFSCREEN_PATH = '/offscreen.html';
/** The offscreen document is closed after this long without a page to read (it holds a renderer). */
const IDLE_CLOSE_MS = 60_000;

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

/**
 * Where pages are parsed and extracted. Chrome's service worker has no DOM, so an offscreen
 * document does it; Firefox's background is an event page with a DOM, so it parses there. Neither
 * is the page's main thread.
 */
export function createPageReader(): (html: string, opts: ReadOptions) => Promise<unknown> {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  // A build-time constant: Chrome's bundle leaves the extractor (and Readability) out entirely.
  if (import.meta.env.FIREFOX || !offscreen) {
    return async (html, opts) => readHtml(html, opts, (h) => new DOMParser().parseFromString(h, 'text/html'));
  }
  let opening: Promise<void> | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let busy = 0;
  const open = () => {
    opening ??= offscreen
      .createDocument({
        url: browser.runtime.getURL(OFFSCREEN_PATH),
        reasons: ['DOM_PARSER'],
        justification: 'Reads pages away from their main thread.',
      })
      .catch((error: unknown) => {
        // A worker restarted while the document was open: it is still there, which is what we want.
        if (!/single offscreen|already/i.test(String(error))) {
          opening = null;
          throw error;
        }
      });
    return opening;
  };
  return async (html, opts) => {
    clearTimeout(idle);
    busy++;
    try {
      await open();
      const message: OffscreenExtract = { target: 'rung-offscreen', html, opts };
      return await browser.runtime.sendMessage(message);
    } finally {
      busy--;
      if (busy === 0) {
        idle = setTimeout(() => {
          opening = null;
          void offscreen.closeDocument().catch(() => undefined);
        }, IDLE_CLOSE_MS);
      }
    }
  };
}
