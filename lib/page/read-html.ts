import { extractPage } from '@/lib/extract/extract-page';
import type { ExtractResult } from '@/lib/types';

export interface ReadOptions {
  url: string;
  nativeLang: string;
}

/** The background's request to the offscreen document (Chrome). */
export interface OffscreenExtract {
  target: 'rung-offscreen';
  html: string;
  opts: ReadOptions;
}

export function isOffscreenExtract(m: unknown): m is OffscreenExtract {
  const x = m as Partial<OffscreenExtract> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    x.target === 'rung-offscreen' &&
    typeof x.html === 'string' &&
    typeof x.opts?.url === 'string' &&
    typeof x.opts.nativeLang === 'string'
  );
}

/**
 * Extraction from the markup a content script handed over. `parse` is DOMParser where there is a
 * DOM (offscreen document, Firefox's background page) and linkedom in Node: either builds an inert
 * document (no script runs, nothing loads), which extractPage never writes to the page.
 */
export function readHtml(html: string, opts: ReadOptions, parse: (html: string) => Document): ExtractResult {
  return extractPage(parse(html), opts);
}
