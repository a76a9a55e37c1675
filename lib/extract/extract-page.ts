import { Readability } from '@mozilla/readability';
import { extractApiSymbols } from '@/lib/extract/api-symbols';
import { buildResult } from '@/lib/extract/build-result';
import { collectLinks, findNextUrl } from '@/lib/extract/collect-links';
import type { PageText } from '@/lib/extract/page-text';
import { scanDocument } from '@/lib/extract/scan-document';
import { walkMainText } from '@/lib/extract/walk-main-text';
import type { ExtractResult } from '@/lib/types';

// Extracts a page's concepts from its DOM. Runs in content scripts on arbitrary (possibly hostile)
// pages, so it never mutates `doc` (Readability works on a clone), never writes HTML, bounds its
// work on giant pages, and never throws: the worst case is an `empty` result.

/** Above this many elements Readability's whole-document scoring gets slow; walk the body instead. */
const MAX_ELEMENTS_FOR_READABILITY = 40_000;

export interface ExtractPageOptions {
  url?: string;
  lang?: string;
  /** The learner's own language (default 'en'): a page in any other language yields vocabulary. */
  nativeLang?: string;
  top?: number;
}

export function extractPage(doc: Document, opts: ExtractPageOptions = {}): ExtractResult {
  try {
    return extractPageUnsafe(doc, opts);
  } catch {
    return {
      title: '',
      lang: opts.lang ?? 'und',
      pageKind: 'empty',
      concepts: [],
      sentences: [],
      headings: [],
      links: [],
      wordCount: 0,
    };
  }
}

function extractPageUnsafe(doc: Document, opts: ExtractPageOptions): ExtractResult {
  const base = opts.url ?? baseOf(doc);
  const declaredLang =
    doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang') ?? undefined;
  const docTitle = (doc.title || doc.querySelector('h1')?.textContent || '').replace(/\s+/g, ' ').trim();

  let page: PageText | null = null;
  // Who wrote the page is not what it teaches ("Lucy Akins" on a how-to).
  let byline = doc.querySelector('meta[name="author" i]')?.getAttribute('content') ?? undefined;
  let linkRoot: Document | Element = doc;
  const scan = scanDocument(doc, MAX_ELEMENTS_FOR_READABILITY);
  if (!scan.tooLarge) {
    try {
      const clone = doc.cloneNode(true) as Document;
      const article = new Readability(clone, {
        maxElemsToParse: MAX_ELEMENTS_FOR_READABILITY,
        // Keep the element itself: re-parsing an HTML string would need innerHTML or DOMParser.
        serializer: (el: Node) => el,
      }).parse();
      if (article?.content && (article.textContent ?? '').trim().length > 0) {
        const root = article.content as unknown as Element;
        page = walkMainText(root, (article.title || docTitle).trim());
        byline = article.byline || byline;
        linkRoot = root;
      }
    } catch {
      page = null;
    }
  }
  if (!page || page.blocks.length === 0) {
    const body = doc.body ?? doc.documentElement;
    page = body
      ? walkMainText(body, docTitle, { skipChrome: true })
      : { title: docTitle, blocks: [], highlights: [] };
    linkRoot = body ?? doc;
  }
  const found: { pageItem?: boolean } = {};
  const api = scan.hasApiMarkup ? extractApiSymbols(doc, found) : [];
  return buildResult(page, {
    declaredLang: declaredLang || undefined,
    lang: opts.lang,
    url: opts.url,
    nativeLang: opts.nativeLang ?? 'en',
    top: opts.top,
    links: collectLinks(linkRoot, base),
    nextUrl: findNextUrl(scan.relNext, scan.anchors, base),
    api,
    apiPageItem: found.pageItem,
    byline,
  });
}

function baseOf(doc: Document): string | undefined {
  const u = doc.baseURI || doc.URL;
  return u && /^(?:https?|file):/.test(u) ? u : undefined;
}
