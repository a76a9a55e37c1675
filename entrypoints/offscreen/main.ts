import { browser } from 'wxt/browser';
import { isOffscreenExtract, readHtml } from '@/lib/page/read-html';

// Chrome's offscreen document (reason DOM_PARSER): the one place with a DOM that is neither the
// page's main thread nor the service worker (which has none). It answers only the background.
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  // Content scripts' messages reach every extension page too; those are not for us.
  if (!isOffscreenExtract(message) || sender.id !== browser.runtime.id || sender.tab) return undefined;
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  return Promise.resolve(readHtml(message.html, message.opts, parse));
});
