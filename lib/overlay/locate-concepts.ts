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

/**
 * Exactly `[\p{L}\p{N}_]` for one code point. The scan runs once per page load on the page's own
 * main thread, in code that is never warm: compiling a Unicode-property regex on first use costs
 * about a millisecond there (the word regex alone 1 ms, measured in Chromium), more than reading
 * a screen of text. So ASCII, Latin-1, Latin Extended and the punctuation blocks pages are full
 * of (’ “ — … € →) are told apart by code point, and a property regex is built and asked only for
 * other characters, once each.
 */
export function isWordCode(cp: number): boolean {
  if (cp < 0x80)
    return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;
  // Latin-1's letters and digits below À: ª ² ³ µ ¹ º ¼ ½ ¾.
  if (cp < 0xc0) return LATIN1_WORD.has(cp);
  if (cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  // General Punctuation, Currency Symbols, Arrows, Box Drawing: no letter or digit in them.
  if (
    (cp >= 0x2000 && cp <= 0x206f) ||
    (cp >= 0x20a0 && cp <= 0x20cf) ||
    (cp >= 0x2190 && cp <= 0x21ff) ||
    (cp >= 0x2500 && cp <= 0x257f)
  )
    return false;
  let word = otherWordCodes.get(cp);
  if (word === undefined) {
    wordCharRegex ??= /^[\p{L}\p{N}_]$/u;
    word = wordCharRegex.test(String.fromCodePoint(cp));
    otherWordCodes.set(cp, word);
  }
  return word;
}
const LATIN1_WORD = new Set([0xaa, 0xb2, 0xb3, 0xb5, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);
/**
 * A character isWordCode tells by its block alone is below U+0250 or in the punctuation blocks;
 * text with none other is split into words by LATIN_WORD, the same set as a (cheap, non-Unicode)
 * regex character class.
 */
export const BEYOND_LATIN = /[^\u0000-\u024f\u2000-\u206f\u20a0-\u20cf\u2190-\u21ff\u2500-\u257f]/;
export const LATIN_WORD =
  /[0-9A-Z_a-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/g;
const otherWordCodes = new Map<number, boolean>();
let wordCharRegex: RegExp | undefined;

/** One UTF-16 unit (a lone surrogate is no word character), as the boundary checks look at them. */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && isWordCode(ch.charCodeAt(0));
}

/** Where the run of word characters (`[\p{L}\p{N}_]+`, by code point) starting at `at` ends. */
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isWordCode(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function spaced(label: string): boolean {
  // Scripts written without spaces (CJK, Thai) have no word boundaries to check. Thai, the first
  // of them, starts at U+0E00: a label below it (Latin, Greek, Cyrillic, Arabic, ...) is spaced
  // without compiling the script regex.
  if (!/[^\u0000-\u0dff]/.test(label)) return true;
  return !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(label);
}

/** What the scanner looks for: a concept's label, or another name of it. */
export interface ScanLabel {
  key: string;
  label: string;
  /**
   * Only where the page writes it as code (in a code element, or called: `insert(`). For the last
   * segment of an API name that is also a word: prose's "Insert an item" is not `list.insert`.
   */
  asCode?: boolean;
}

/** Elements whose text is code. */
const CODE = new Set(['CODE', 'TT', 'KBD', 'SAMP', 'PRE']);

/** Whether `el` or one of its nearest ancestors is a code element (Sphinx wraps code in spans). */
function inCode(el: Element): boolean {
  let e: Element | null = el;
  for (let depth = 0; e && depth < 4; depth++, e = e.parentElement) {
    if (CODE.has(e.tagName.toUpperCase())) return true;
  }
  return false;
}

interface Label {
  key: string;
  needle: string;
  spaced: boolean;
  asCode: boolean;
  /** Position in longest-first order: where labels overlap, the lower rank wins. */
  rank: number;
}

interface Candidate {
  label: Label;
  at: number;
  end: number;
}

/**
 * Whether `el` is inside `[contenteditable="true"]` (the value compared as the selector does, case
 * and all): a walk up the ancestors, without the selector engine's first-use cost. `known` holds
 * the answer for elements already walked, so each element's attribute is read once (asked for
 * every element holding text, the walk from each to the root was a tenth of the scan).
 */
function inEditor(el: Element, known: Map<Element, boolean>): boolean {
  const walked: Element[] = [];
  let editable = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const answer = known.get(e);
    if (answer !== undefined) {
      editable = answer;
      break;
    }
    walked.push(e);
    if (e.getAttribute('contenteditable') === 'true') {
      editable = true;
      break;
    }
  }
  for (const e of walked) known.set(e, editable);
  return editable;
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
  private readonly root: Node;
  private readonly byFirstWord = new Map<string, Label[]>();
  /** Lengths of those first words: a word of another length is not looked up at all. */
  private readonly firstWordLengths = new Set<number>();
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
    concepts: readonly ScanLabel[],
    private readonly options: LocateOptions = {},
  ) {
    this.perConcept = options.perConcept ?? 5;
    this.total = options.total ?? 400;
    this.maxChars = options.maxChars ?? 2_000_000;
    const labels: Label[] = concepts
      .map((c) => ({
        key: c.key,
        needle: c.label.toLocaleLowerCase(),
        spaced: spaced(c.label),
        asCode: c.asCode === true,
        rank: 0,
      }))
      .filter((c) => c.needle.length >= 2)
      .sort((a, b) => b.needle.length - a.needle.length);
    for (const [rank, label] of labels.entries()) {
      label.rank = rank;
      const first =
        label.spaced && isWordCode(label.needle.codePointAt(0)!)
          ? label.needle.slice(0, wordEnd(label.needle, 0))
          : null;
      if (first) {
        const list = this.byFirstWord.get(first);
        if (list) list.push(label);
        else this.byFirstWord.set(first, [label]);
        this.firstWordLengths.add(first.length);
      } else {
        this.oneByOne.push(label);
      }
    }
    this.root = root;
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
    let lastInCode: boolean | undefined;
    // Per scan: the page may make an element editable while the learner reads. Most pages have no
    // editor at all: one look for one (native) spares the walk up from every element.
    const editors = (this.root as Partial<ParentNode>).querySelector?.('[contenteditable="true"]')
      ? new Map<Element, boolean>()
      : null;
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
          SKIP.has(parent.tagName.toUpperCase()) || (editors !== null && inEditor(parent, editors));
        lastInCode = undefined;
      }
      if (lastSkipped) continue;
      const text = node.data.toLocaleLowerCase();
      this.seen += text.length;
      if (text.trim().length < 2) continue;
      const found: Candidate[] = [];
      // A code-only name counts in code, or where the text calls it.
      const asWritten = (label: Label, end: number): boolean => {
        if (!label.asCode || text[end] === '(') return true;
        if (lastInCode === undefined) lastInCode = inCode(parent);
        return lastInCode;
      };
      const lookUp = (at: number, i: number) => {
        if (!this.firstWordLengths.has(i - at)) return;
        const list = this.byFirstWord.get(text.slice(at, i));
        if (!list) return;
        for (const label of list) {
          if (full(label.key) || !text.startsWith(label.needle, at)) continue;
          const end = at + label.needle.length;
          if (!isWordChar(text[end]) && asWritten(label, end)) found.push({ label, at, end });
        }
      };
      if (this.byFirstWord.size > 0) {
        // Each run of word characters, as /[\p{L}\p{N}_]+/gu would find them. In text of Latin
        // script (most nodes of most pages) the browser's regex engine finds them: a loop over
        // every character in script is the scan's largest cost in a page's cold code.
        if (!BEYOND_LATIN.test(text)) {
          LATIN_WORD.lastIndex = 0;
          for (let m = LATIN_WORD.exec(text); m; m = LATIN_WORD.exec(text))
            lookUp(m.index, m.index + m[0].length);
        } else {
          for (let i = 0; i < text.length; ) {
            const cp = text.codePointAt(i)!;
            if (!isWordCode(cp)) {
              i += cp > 0xffff ? 2 : 1;
              continue;
            }
            const at = i;
            i = wordEnd(text, i);
            lookUp(at, i);
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
          if (
            (!label.spaced || (!isWordChar(text[at - 1]) && !isWordChar(text[end]))) &&
            asWritten(label, end)
          )
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
