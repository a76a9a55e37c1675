/** The passage the popup asked to see: its text, or failing that its first 80 characters. */
export function findPassage(doc: Document, passage: string): Range | null {
  return findText(doc, passage) ?? findText(doc, passage.slice(0, 80));
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
