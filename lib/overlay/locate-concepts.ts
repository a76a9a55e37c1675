/** A concept's occurrence in one text node of the page. */
export interface ConceptHit {
  key: string;
  node: Text;
  start: number;
  end: number;
}

export interface LocateOptions {
  perConcept?: number;
  total?: number;
  /** Stop walking after this many characters of text (huge pages). */
  maxChars?: number;
  /**
   * Walk in slices of `budgetMs`, giving the page's main thread back between them (`pause`): on a
   * long page the walk would otherwise be one long task on the page's own thread.
   */
  slices?: { budgetMs: number; now: () => number; pause: () => Promise<void> };
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEMPLATE',
  'SVG',
]);

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}

function spaced(label: string): boolean {
  // Scripts written without spaces (CJK, Thai) have no word boundaries to check.
  return !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(label);
}

/**
 * Finds where the page's concepts appear in its visible text, without changing the page: the
 * caller draws the hits in its own shadow root. Matching is case-insensitive and respects word
 * boundaries in spaced scripts; the longest label wins where labels overlap.
 */
export async function locateConcepts(
  root: Node,
  concepts: readonly { key: string; label: string }[],
  options: LocateOptions = {},
): Promise<ConceptHit[]> {
  const slices = options.slices;
  let sliceStart = slices?.now() ?? 0;
  let visited = 0;
  const perConcept = options.perConcept ?? 5;
  const total = options.total ?? 400;
  const maxChars = options.maxChars ?? 2_000_000;
  const labels = concepts
    .map((c) => ({ key: c.key, needle: c.label.toLocaleLowerCase(), spaced: spaced(c.label) }))
    .filter((c) => c.needle.length >= 2)
    .sort((a, b) => b.needle.length - a.needle.length);
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const counts = new Map<string, number>();
  const hits: ConceptHit[] = [];
  let seen = 0;
  for (let n = walker.nextNode(); n && hits.length < total && seen < maxChars; n = walker.nextNode()) {
    if (slices && ++visited % 32 === 0 && slices.now() - sliceStart >= slices.budgetMs) {
      await slices.pause();
      sliceStart = slices.now();
      // The page may have changed meanwhile; a node it removed is simply not marked.
      if (!n.isConnected) continue;
    }
    const node = n as Text;
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName.toUpperCase()) || parent.closest('[contenteditable="true"]')) {
      continue;
    }
    const text = node.data.toLocaleLowerCase();
    seen += text.length;
    if (text.trim().length < 2) continue;
    const taken: Array<[number, number]> = [];
    for (const c of labels) {
      if ((counts.get(c.key) ?? 0) >= perConcept) continue;
      let from = 0;
      for (;;) {
        const at = text.indexOf(c.needle, from);
        if (at === -1) break;
        const end = at + c.needle.length;
        from = end;
        if (c.spaced && (isWordChar(text[at - 1]) || isWordChar(text[end]))) continue;
        if (taken.some(([s, e]) => at < e && end > s)) continue;
        taken.push([at, end]);
        hits.push({ key: c.key, node, start: at, end });
        counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
        if ((counts.get(c.key) ?? 0) >= perConcept || hits.length >= total) break;
      }
    }
  }
  return hits;
}
