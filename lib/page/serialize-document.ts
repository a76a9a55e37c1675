// The content script's whole job on a page: hand the document over. Serialising it in one call
// (`outerHTML`) is one task as long as the page is big (tens of ms on a 1.6 MB page under load), on
// the page's own main thread; walking every node in script instead costs far more in all (140 ms of
// main-thread time on a 1 MB Wikipedia page, profiled). So this walks only the top of the tree in
// script and hands each subtree of at most CHUNK_ELEMENTS elements to the browser's own serialiser
// (`outerHTML`, about 1 ms per 1,000 elements; a subtree holding something to leave out is first
// copied into an inert document and stripped there), yielding to the page between slices of a few
// milliseconds. Parsing, Readability and extraction then run in an
// extension context (offscreen document or background page), never on the page.

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
/** The same, as a selector: a subtree holding none of these is serialised natively in one piece. */
const SKIPPED_SELECTOR = [...SKIPPED].join(',');
/**
 * Largest subtree (in elements) handed to `outerHTML` in one call: big enough that the script walk
 * stays on a few hundred ancestors, small enough that one call is a fraction of a slice.
 */
export const CHUNK_ELEMENTS = 300;
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
 * Attributes extraction never reads, dropped from the elements the walk writes itself (the
 * ancestors of big subtrees) to keep the message small; a subtree serialised natively keeps them,
 * which is harmless: nothing runs in the document the reader parses. `style`, `hidden`, `aria-*`
 * and `role` always stay: Readability and the text walk skip what they mark as invisible.
 */
const DROPPED_ATTR = /^on|^data-(?!src)|^(srcset|sizes|nonce|integrity|jsaction|jscontroller)$/;

/** Past this the rest of the page is left out: a message has a size limit, and extraction caps its text. */
export const MAX_SNAPSHOT_CHARS = 6_000_000;
/** Nodes visited between two looks at the clock (a natively serialised subtree counts as many). */
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
  let inert: Document | false | null = null;
  while (stack.length > 0) {
    if (visited >= CHECK_EVERY) {
      visited = 0;
      if (opts.now() - sliceStart >= opts.budgetMs) {
        await opts.pause();
        slices++;
        sliceStart = opts.now();
      }
    }
    visited++;
    if (html.length > max) {
      truncated = true;
      // One native chunk may have gone past the limit: the message must not.
      html = html.slice(0, max);
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
      const small = isSmall(el);
      if (small && el.querySelector(SKIPPED_SELECTOR) === null) {
        html += el.outerHTML;
        // Counted by its size, so a run of small subtrees still looks at the clock often enough.
        visited += CHECK_EVERY;
        continue;
      }
      // A small subtree holding code, styles or vector art: copied into an inert document (no
      // script runs there, no image loads), stripped there, then serialised natively. (A DOM with
      // no such document, as in some test doubles, gets it walked in script instead.)
      if (small && inert === null) inert = doc.implementation?.createHTMLDocument('') ?? false;
      if (small && inert) {
        const copy = inert.importNode(el, true);
        for (const skipped of copy.querySelectorAll(SKIPPED_SELECTOR)) skipped.remove();
        html += copy.outerHTML;
        // Counted by its size, so a run of small subtrees still looks at the clock often enough.
        visited += CHECK_EVERY;
        continue;
      }
      html += openTag(el);
      if (!VOID.has(name)) stack.push({ el, next: el.firstChild });
    }
  }
  return { html, truncated, slices };
}

/**
 * A subtree the browser can serialise in one short call (at most CHUNK_ELEMENTS elements). A
 * prefixed element (`fb:like`) inside it is kept: the reader parses it as an unknown element and
 * reads its text like any other.
 */
function isSmall(el: Element): boolean {
  // Item n of a live collection is found by walking at most n + 1 elements: bounded, unlike length.
  return el.getElementsByTagName('*')[CHUNK_ELEMENTS] === undefined;
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
