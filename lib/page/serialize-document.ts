// The content script's whole job on a page: hand the document over. Serialising it in one call
// (`outerHTML`) is one task as long as the page is big (tens of ms on a 1.6 MB page), on the page's
// own main thread; this walks the tree in slices of a few milliseconds and yields between them, so
// the page's input and rendering never wait behind Rung. Parsing, Readability and extraction then
// run in an extension context (offscreen document or background page), never on the page.

/** What extraction never reads: code, styles, embedded documents, vector art. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/**
 * Attributes extraction never reads; dropping them keeps the message small. `style`, `hidden`,
 * `aria-*` and `role` stay: Readability and the text walk skip what they mark as invisible.
 */
const DROPPED_ATTR = /^on|^data-(?!src)|^(srcset|sizes|nonce|integrity|jsaction|jscontroller)$/;

/** Past this the rest of the page is left out: a message has a size limit, and extraction caps its text. */
export const MAX_SNAPSHOT_CHARS = 6_000_000;
/** Nodes visited between two looks at the clock. */
const CHECK_EVERY = 64;

export interface SliceOptions {
  /** Milliseconds of work per slice before yielding to the page. */
  budgetMs: number;
  now: () => number;
  /** Gives the page's main thread back (scheduler.yield, requestIdleCallback, setTimeout). */
  pause: () => Promise<void>;
  maxChars?: number;
}

export interface Snapshot {
  html: string;
  /** The page went past maxChars and its end was left out. */
  truncated: boolean;
  /** How many slices it took (one means it never had to yield). */
  slices: number;
}

interface Frame {
  el: Element;
  next: Node | null;
}

/** Serialises `doc` as HTML that DOMParser can rebuild, minus what extraction never reads. */
export async function serializeDocument(doc: Document, opts: SliceOptions): Promise<Snapshot> {
  const max = opts.maxChars ?? MAX_SNAPSHOT_CHARS;
  const root = doc.documentElement;
  let html = '<!DOCTYPE html>';
  if (!root) return { html, truncated: false, slices: 1 };
  html += openTag(root);
  const stack: Frame[] = [{ el: root, next: root.firstChild }];
  let slices = 1;
  let sliceStart = opts.now();
  let visited = 0;
  let truncated = false;
  while (stack.length > 0) {
    if (++visited % CHECK_EVERY === 0 && opts.now() - sliceStart >= opts.budgetMs) {
      await opts.pause();
      slices++;
      sliceStart = opts.now();
    }
    if (html.length > max) {
      truncated = true;
      break;
    }
    const top = stack[stack.length - 1]!;
    const node = top.next;
    if (!node) {
      html += `</${top.el.localName}>`;
      stack.pop();
      continue;
    }
    // A node removed by the page while we yielded ends its siblings' walk early; that is all.
    top.next = node.nextSibling;
    if (node.nodeType === 3) {
      html += escapeText((node as Text).data);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const name = el.localName;
      if (SKIPPED.has(name) || name.includes(':')) continue;
      html += openTag(el);
      if (!VOID.has(name)) stack.push({ el, next: el.firstChild });
    }
  }
  return { html, truncated, slices };
}

function openTag(el: Element): string {
  let s = `<${el.localName}`;
  for (const a of el.attributes) {
    if (DROPPED_ATTR.test(a.name) || !/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(a.name)) continue;
    s += ` ${a.name}="${escapeAttr(a.value)}"`;
  }
  return `${s}>`;
}

function escapeText(s: string): string {
  return /[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
}

function escapeAttr(s: string): string {
  return /[&"]/.test(s) ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s;
}
