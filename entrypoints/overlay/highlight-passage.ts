const HIGHLIGHT_NAME = 'rung-passage';

/**
 * Scrolls to the passage and highlights it without touching the page's DOM: the CSS Custom
 * Highlight API paints a Range, and the selection is the fallback where that API is missing.
 */
export function highlightPassage(doc: Document, passage: string): boolean {
  const range = findText(doc, passage) ?? findText(doc, passage.slice(0, 80));
  if (!range) return false;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const HighlightCtor = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (css?.highlights && HighlightCtor) {
    css.highlights.set(HIGHLIGHT_NAME, new HighlightCtor(range));
    ensureHighlightStyle(doc);
  } else {
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  return true;
}

function ensureHighlightStyle(doc: Document): void {
  // adoptedStyleSheets leaves the DOM tree itself untouched.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe58a; color: #111; }`);
  if (!doc.adoptedStyleSheets.some((s) => s.cssRules[0]?.cssText.includes(HIGHLIGHT_NAME))) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
}

/** Finds `needle` in the visible text, across element boundaries, ignoring whitespace differences. */
function findText(doc: Document, needle: string): Range | null {
  const wanted = needle.replace(/\s+/g, ' ').trim();
  if (!wanted || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      const tag = n.parentElement?.tagName;
      return tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT'
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  let flat = '';
  let prevSpace = true;
  // Flatten with collapsed whitespace, remembering where each node starts.
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(flat.length);
    let s = '';
    for (const ch of t.data) {
      const space = /\s/.test(ch);
      if (space && prevSpace) {
        s += '\u0000';
        continue;
      }
      s += space ? ' ' : ch;
      prevSpace = space;
    }
    flat += s;
    if (flat.length > 5_000_000) break;
  }
  const compact = flat.replaceAll('\u0000', '');
  const at = compact.indexOf(wanted);
  if (at === -1) return null;
  // Map compact offsets back to flat offsets (the \u0000 placeholders keep node lengths intact).
  const toFlat = (target: number): number => {
    let seen = 0;
    for (let i = 0; i < flat.length; i++) {
      if (flat[i] === '\u0000') continue;
      if (seen === target) return i;
      seen++;
    }
    return flat.length;
  };
  const startFlat = toFlat(at);
  const endFlat = toFlat(at + wanted.length - 1) + 1;
  const locate = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return { node: nodes[i]!, offset: Math.min(offset - starts[i]!, nodes[i]!.data.length) };
  };
  const a = locate(startFlat);
  const b = locate(endFlat);
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
