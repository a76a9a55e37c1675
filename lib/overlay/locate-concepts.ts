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
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII, most of what a page's words are bounded by, without the Unicode tables.
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return /[\p{L}\p{N}_]/u.test(ch);
}

/** A run of word characters: where a label of a spaced script can start. */
const WORD = /[\p{L}\p{N}_]+/gu;

function spaced(label: string): boolean {
  // Scripts written without spaces (CJK, Thai) have no word boundaries to check.
  return !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(label);
}

interface Label {
  key: string;
  needle: string;
  spaced: boolean;
  /** Position in longest-first order: where labels overlap, the lower rank wins. */
  rank: number;
}

interface Candidate {
  label: Label;
  at: number;
  end: number;
}

/**
 * Finds where the page's concepts appear in its visible text, without changing the page: the
 * caller draws the hits in its own shadow root. Matching is case-insensitive and respects word
 * boundaries in spaced scripts; the longest label wins where labels overlap.
 *
 * Each text node is read once, whatever the number of labels: a label of a spaced script can only
 * start where a word starts, so the node's words are looked up in an index of the labels' first
 * words (searching the node once per label cost 50 ms of the page's main thread on a long page
 * with a few hundred concepts). Labels of unspaced scripts, and the rare label that starts with
 * punctuation, are searched for one by one.
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
  const labels: Label[] = concepts
    .map((c) => ({ key: c.key, needle: c.label.toLocaleLowerCase(), spaced: spaced(c.label), rank: 0 }))
    .filter((c) => c.needle.length >= 2)
    .sort((a, b) => b.needle.length - a.needle.length);
  const byFirstWord = new Map<string, Label[]>();
  const oneByOne: Label[] = [];
  for (const [rank, label] of labels.entries()) {
    label.rank = rank;
    WORD.lastIndex = 0;
    const first = label.spaced ? WORD.exec(label.needle) : null;
    if (first && first.index === 0) {
      const list = byFirstWord.get(first[0]);
      if (list) list.push(label);
      else byFirstWord.set(first[0], [label]);
    } else {
      oneByOne.push(label);
    }
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const counts = new Map<string, number>();
  const full = (key: string) => (counts.get(key) ?? 0) >= perConcept;
  const hits: ConceptHit[] = [];
  let seen = 0;
  // Text nodes of one element come in a row: its skip test is made once.
  let lastParent: Element | null = null;
  let lastSkipped = false;
  for (let n = walker.nextNode(); n && hits.length < total && seen < maxChars; n = walker.nextNode()) {
    if (slices && ++visited % 32 === 0 && slices.now() - sliceStart >= slices.budgetMs) {
      await slices.pause();
      sliceStart = slices.now();
      lastParent = null;
      // The page may have changed meanwhile; a node it removed is simply not marked.
      if (!n.isConnected) continue;
    }
    const node = n as Text;
    const parent = node.parentElement;
    if (!parent) continue;
    if (parent !== lastParent) {
      lastParent = parent;
      lastSkipped =
        SKIP.has(parent.tagName.toUpperCase()) || parent.closest('[contenteditable="true"]') !== null;
    }
    if (lastSkipped) continue;
    const text = node.data.toLocaleLowerCase();
    seen += text.length;
    if (text.trim().length < 2) continue;
    const found: Candidate[] = [];
    if (byFirstWord.size > 0) {
      WORD.lastIndex = 0;
      for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
        const list = byFirstWord.get(m[0]);
        if (!list) continue;
        for (const label of list) {
          if (full(label.key) || !text.startsWith(label.needle, m.index)) continue;
          const end = m.index + label.needle.length;
          if (!isWordChar(text[end])) found.push({ label, at: m.index, end });
        }
      }
    }
    for (const label of oneByOne) {
      if (full(label.key)) continue;
      for (
        let at = text.indexOf(label.needle);
        at !== -1;
        at = text.indexOf(label.needle, at + label.needle.length)
      ) {
        const end = at + label.needle.length;
        if (!label.spaced || (!isWordChar(text[at - 1]) && !isWordChar(text[end])))
          found.push({ label, at, end });
      }
    }
    if (found.length === 0) continue;
    // Longest label first, then in reading order, as if each label had been searched in turn.
    found.sort((a, b) => a.label.rank - b.label.rank || a.at - b.at);
    const taken: Array<[number, number]> = [];
    for (const { label, at, end } of found) {
      if (hits.length >= total) break;
      if (full(label.key) || taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      hits.push({ key: label.key, node, start: at, end });
      counts.set(label.key, (counts.get(label.key) ?? 0) + 1);
    }
  }
  return hits;
}
