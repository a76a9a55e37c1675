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
 *
 * Resumable: `scan(stop)` goes on from where the last scan stopped, so the overlay
 * can read only the text near the viewport when the page loads and the rest as the learner scrolls
 * to it (on a long page most of the text is never near the viewport).
 */
export class ConceptScanner {
  readonly hits: ConceptHit[] = [];
  private readonly walker: TreeWalker;
  private readonly byFirstWord = new Map<string, Label[]>();
  private readonly oneByOne: Label[] = [];
  private readonly counts = new Map<string, number>();
  private readonly perConcept: number;
  private readonly total: number;
  private readonly maxChars: number;
  private seen = 0;
  /** The node the last scan stopped at, not yet read. */
  private pending: Node | null = null;
  private finished = false;

  constructor(
    root: Node,
    concepts: readonly { key: string; label: string }[],
    private readonly options: LocateOptions = {},
  ) {
    this.perConcept = options.perConcept ?? 5;
    this.total = options.total ?? 400;
    this.maxChars = options.maxChars ?? 2_000_000;
    const labels: Label[] = concepts
      .map((c) => ({ key: c.key, needle: c.label.toLocaleLowerCase(), spaced: spaced(c.label), rank: 0 }))
      .filter((c) => c.needle.length >= 2)
      .sort((a, b) => b.needle.length - a.needle.length);
    for (const [rank, label] of labels.entries()) {
      label.rank = rank;
      WORD.lastIndex = 0;
      const first = label.spaced ? WORD.exec(label.needle) : null;
      if (first && first.index === 0) {
        const list = this.byFirstWord.get(first[0]);
        if (list) list.push(label);
        else this.byFirstWord.set(first[0], [label]);
      } else {
        this.oneByOne.push(label);
      }
    }
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    this.pending = this.walker.nextNode();
  }

  /** Nothing is left to read (the end of the text, or a limit). */
  get done(): boolean {
    return this.finished;
  }

  /**
   * Reads on until the end, or until `stop` says the text node it is about to read is far enough
   * (asked every few dozen nodes): that node is where the next scan starts.
   */
  async scan(stop?: (node: Text) => boolean): Promise<void> {
    const slices = this.options.slices;
    let sliceStart = slices?.now() ?? 0;
    let visited = 0;
    // Text nodes of one element come in a row: its skip test is made once.
    let lastParent: Element | null = null;
    let lastSkipped = false;
    const full = (key: string) => (this.counts.get(key) ?? 0) >= this.perConcept;
    for (let n = this.pending; ; n = this.walker.nextNode()) {
      this.pending = n;
      if (!n || this.hits.length >= this.total || this.seen >= this.maxChars) {
        this.finished = true;
        return;
      }
      if (++visited % 32 === 0) {
        if (stop?.(n as Text)) return;
        if (slices && slices.now() - sliceStart >= slices.budgetMs) {
          await slices.pause();
          sliceStart = slices.now();
          lastParent = null;
          // The page may have changed meanwhile; a node it removed is simply not marked.
          if (!n.isConnected) continue;
        }
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
      this.seen += text.length;
      if (text.trim().length < 2) continue;
      const found: Candidate[] = [];
      if (this.byFirstWord.size > 0) {
        WORD.lastIndex = 0;
        for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
          const list = this.byFirstWord.get(m[0]);
          if (!list) continue;
          for (const label of list) {
            if (full(label.key) || !text.startsWith(label.needle, m.index)) continue;
            const end = m.index + label.needle.length;
            if (!isWordChar(text[end])) found.push({ label, at: m.index, end });
          }
        }
      }
      for (const label of this.oneByOne) {
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
        if (this.hits.length >= this.total) break;
        if (full(label.key) || taken.some(([s, e]) => at < e && end > s)) continue;
        taken.push([at, end]);
        this.hits.push({ key: label.key, node, start: at, end });
        this.counts.set(label.key, (this.counts.get(label.key) ?? 0) + 1);
      }
    }
  }
}
