import type { BlockTag, Highlight, HighlightKind, PageText, TextBlock } from '@/lib/extract/page-text';
import { withoutPermalink } from '@/lib/extract/permalink';

// Turns a DOM subtree into blocks and highlights. Iterative (a hostile page can nest 100,000
// elements deep, which would overflow a recursive walk) and bounded in nodes and characters, so
// the content script never stalls on a giant page. Read-only: it never touches the DOM it walks.

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'HEAD',
  'VIDEO',
  'AUDIO',
]);
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);
const BLOCK_TAGS: Record<string, BlockTag> = {
  P: 'p',
  LI: 'li',
  DT: 'dt',
  DD: 'dd',
  BLOCKQUOTE: 'quote',
  TD: 'cell',
  TH: 'cell',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
};
const CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'FIGURE',
  'BODY',
  'HTML',
  'BR',
  'HR',
  'DETAILS',
  'SUMMARY',
]);
const INLINE_HIGHLIGHT: Record<string, HighlightKind> = {
  DFN: 'dfn',
  B: 'strong',
  STRONG: 'strong',
  EM: 'em',
  I: 'em',
  CODE: 'code',
  TT: 'code',
};

export interface WalkLimits {
  maxNodes: number;
  maxChars: number;
  /** Skip nav/header/footer/aside (used for the whole-body fallback, not for an article). */
  skipChrome: boolean;
}

const DEFAULT_LIMITS: WalkLimits = { maxNodes: 200_000, maxChars: 400_000, skipChrome: false };

interface Frame {
  node: Node;
  exit: boolean;
}

export function walkMainText(root: Node, title: string, limits: Partial<WalkLimits> = {}): PageText {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const blocks: TextBlock[] = [];
  const highlights: Highlight[] = [];
  let buffer = '';
  let bufferTag: BlockTag = 'p';
  let section = 0;
  let chars = 0;
  let nodes = 0;
  // Open inline highlights: their text accumulates until the element closes.
  const open: { kind: HighlightKind; start: number }[] = [];
  const pending: { kind: HighlightKind; text: string }[] = [];
  // Links open in the current block, and the characters of the block inside links.
  const links: number[] = [];
  let linked = 0;

  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) {
      const linkOnly = bufferTag === 'p' && linked >= text.length;
      blocks.push({ text, tag: bufferTag, section, ...(linkOnly ? { linkOnly } : {}) });
      chars += text.length;
      for (const h of pending) highlights.push({ ...h, block: blocks.length - 1 });
    }
    pending.length = 0;
    buffer = '';
    bufferTag = 'p';
    links.length = 0;
    linked = 0;
  };

  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    if (nodes++ > lim.maxNodes || chars > lim.maxChars) break;
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      buffer += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = ((node as Element).tagName ?? '').toUpperCase();
    if (exit) {
      if (tag === 'A') {
        const start = links.pop();
        if (start !== undefined && links.length === 0)
          linked += buffer.slice(start).replace(/\s+/g, ' ').trim().length;
        continue;
      }
      const hk = INLINE_HIGHLIGHT[tag];
      if (hk) {
        const o = open.pop();
        if (o) {
          const text = buffer.slice(o.start).replace(/\s+/g, ' ').trim();
          if (text && text.length <= 120) pending.push({ kind: hk, text });
        }
      } else if (BLOCK_TAGS[tag] || CONTAINERS.has(tag)) {
        if (tag === 'DT' && buffer.trim()) {
          const text = buffer.replace(/\s+/g, ' ').trim();
          if (text.length <= 120) pending.push({ kind: 'dt', text });
        }
        if (BLOCK_TAGS[tag]) bufferTag = BLOCK_TAGS[tag]!;
        flush();
      }
      continue;
    }
    if (SKIP.has(tag) || (lim.skipChrome && CHROME.has(tag))) continue;
    if (node.nodeType === 1 && isHidden(node as Element)) continue;
    if (/^H[1-6]$/.test(tag)) {
      flush();
      const text = withoutPermalink((node.textContent ?? '').replace(/\s+/g, ' ')).trim();
      if (text) {
        section++;
        blocks.push({ text, tag: 'h', level: Number(tag[1]), section });
        highlights.push({ text, kind: 'heading', block: blocks.length - 1 });
        chars += text.length;
      }
      continue;
    }
    if (tag === 'PRE') {
      flush();
      const text = (node.textContent ?? '').slice(0, 20_000).trim();
      if (text) blocks.push({ text, tag: 'pre', section });
      chars += text.length;
      continue;
    }
    const hk = INLINE_HIGHLIGHT[tag];
    if (tag === 'A') links.push(buffer.length);
    else if (hk) open.push({ kind: hk, start: buffer.length });
    else if (BLOCK_TAGS[tag] || CONTAINERS.has(tag)) {
      flush();
      if (BLOCK_TAGS[tag]) bufferTag = BLOCK_TAGS[tag]!;
    }
    stack.push({ node, exit: true });
    // Children pushed in reverse so they pop in document order.
    const kids: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  flush();
  return { title, blocks, highlights };
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute?.('hidden')) return true;
  if (el.getAttribute?.('aria-hidden') === 'true') return true;
  const style = el.getAttribute?.('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
