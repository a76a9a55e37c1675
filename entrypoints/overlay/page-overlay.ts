import { browser } from 'wxt/browser';
import type { GlossView, OverlayProps } from '@/components/overlay/overlay-app';
import { markCss, OVERLAY_CSS } from '@/components/overlay/overlay-css';
import { ask } from '@/lib/browser/messaging';
import { overlayStrings } from '@/lib/browser/overlay-strings';
import { isDarkBackground } from '@/lib/overlay/is-dark-background';
import { type ConceptHit, ConceptScanner, type ScanLabel } from '@/lib/overlay/locate-concepts';
import { yieldToPage } from '@/lib/page/yield-to-page';
import type { ConceptView, OverlayStrings, Replies, SiteStatusReply, Theme } from '@/lib/protocol';
import { findPassage } from './find-passage';
import { overlayUi } from './ui-module';

/** A card that stays open this long asks for its gloss: sweeping the pointer over a paragraph asks nothing. */
const GLOSS_DELAY_MS = 300;
/** Past this the card says the meaning is unavailable (the background gives up sooner). */
const GLOSS_DEADLINE_MS = 30_000;

/** Marks are redrawn this long after the page's layout last changed (a resize, late images). */
const RELAYOUT_MS = 150;
/** Work per slice of the walk over the page's text before the page gets its thread back. */
const SLICE_MS = 4;
/**
 * The page's text is read this many screens down from the top of the viewport (the viewport and
 * the screen below it, as far as underlines are drawn), the rest as the learner scrolls towards
 * it: on a long page most of the text is never near the viewport, and reading all of it was the
 * overlay's largest cost on the page's main thread (a 1 MB Wikipedia page).
 */
const SCAN_SCREENS = 2;
/** Underlines are drawn this many screens above and below the viewport (as they scroll into view). */
const NEAR_SCREENS = 1;

/** An underline or the passage mark's box, in page coordinates. */
interface Box {
  cls: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Marks {
  /** The page's own background is dark: the underlines take the colours drawn for it. */
  dark: boolean;
  boxes: Box[];
}

/**
 * The in-page overlay. Everything it draws (badge, panel, cards, the underlines and the passage
 * mark) lives in one closed shadow root under one unnamed host element, created only while
 * something is shown and removed after: the page's scripts see no Rung attribute, stylesheet or
 * CSS highlight, and nothing at all while the overlay is hidden. Only trusted (real) pointer
 * events open a card.
 */
export class Overlay {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private marks: HTMLElement | null = null;
  private app: HTMLElement | null = null;
  private shown = false;
  private passage: Range | null = null;
  private relayoutTimer: ReturnType<typeof setTimeout> | undefined;
  private resizeObserver: ResizeObserver | null = null;
  /** Tells which of the hits' elements are near the viewport, computed by the browser's own layout. */
  private visibility: IntersectionObserver | null = null;
  /** Elements holding hits that are on screen or within a screen of it: only their words are underlined. */
  private readonly nearView = new Set<Element>();
  private hits: ConceptHit[] = [];
  /** Reads the page's text for concepts, near the viewport first; null while hidden. */
  private scanner: ConceptScanner | null = null;
  /** The scan under way (one at a time: they share the scanner's walk). */
  private inFlight: Promise<void> | null = null;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onScroll = () => {
    if (!this.scanner || this.scanner.done) return;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => void this.scanMore(farBelow), RELAYOUT_MS);
  };
  private concepts: ConceptView[] = [];
  private readiness = 0;
  /** Sent by the background with the concepts; asked of i18n here only if they were not. */
  private strings: OverlayStrings | null = null;
  private card: Omit<NonNullable<OverlayProps['card']>, 'gloss'> | null = null;
  private theme: Theme = 'system';
  /** The learner opened the panel from the light badge: the UI opens with it. */
  private panelAsked = false;
  /** The panel and cards' script on its way (see ui-module.ts); null until first asked. */
  private uiLoading: Promise<void> | null = null;
  private llmGloss = false;
  /** Glosses asked for on this page, by concept key (the background also caches them). */
  private readonly glosses = new Map<string, GlossView>();
  private glossTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onMove = (e: MouseEvent) => this.hover(e);
  private readonly onRelayout = () => {
    clearTimeout(this.relayoutTimer);
    this.relayoutTimer = setTimeout(() => this.drawMarks(), RELAYOUT_MS);
  };
  /** The passage mark goes at the learner's next real click or key. */
  private readonly onDismissPassage = (e: Event) => {
    if (!e.isTrusted || !this.passage) return;
    this.passage = null;
    if (this.shown) this.drawMarks();
    else this.removeHost();
  };

  constructor(
    private readonly url: string,
    status: SiteStatusReply,
  ) {
    this.setStatus(status);
  }

  /** Takes the theme and the gloss switch from a 'site/status' reply, checked like any message. */
  setStatus(status: SiteStatusReply): void {
    // Checked by hand, not with the protocol's zod schema: that would ship zod into every page the
    // overlay is shown on.
    this.theme = status.theme === 'light' || status.theme === 'dark' ? status.theme : 'system';
    this.llmGloss = status.llmGloss === true;
    this.draw();
  }

  showPassage(text: string): boolean {
    const range = findPassage(document, text);
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.passage = range;
    // Measured before the host goes in, so adding it forces no layout.
    const marks = this.measureMarks(false);
    this.ensureHost();
    this.paintMarks(marks);
    return true;
  }

  get mounted(): boolean {
    return this.shown;
  }

  async mount(concepts?: Replies['overlay/concepts']): Promise<void> {
    const reply = concepts ?? (await ask('overlay/concepts', { url: this.url }));
    this.concepts = reply.concepts;
    this.readiness = reply.readiness;
    if (isStrings(reply.strings)) this.strings = reply.strings;
    if (!this.shown) {
      this.shown = true;
      document.addEventListener('mousemove', this.onMove, { passive: true });
      window.addEventListener('scroll', this.onScroll, { passive: true });
    }
    const scanner = document.body
      ? new ConceptScanner(document.body, withShortNames(this.concepts), {
          slices: { budgetMs: SLICE_MS, now: () => performance.now(), pause: yieldToPage },
        })
      : null;
    this.scanner = scanner;
    this.hits = scanner?.hits ?? [];
    while (this.inFlight) await this.inFlight;
    if (scanner) await this.track(scanner.scan(farBelow));
    if (!this.shown || this.scanner !== scanner) return;
    // Every read first, while the page's layout is still clean (nothing of Rung's is in it yet):
    // which hits are near the viewport, their boxes, the page's background. Then every write at
    // once (host, badge, underlines), so the page pays one style, layout and paint pass for all
    // of it. The host goes in only after the scan for the same reason: added before, it left the
    // page's style and layout dirty, and the scan's first look at a box recomputed them.
    this.nearView.clear();
    const boxes = this.measureMarks(true);
    this.ensureHost();
    this.paintMarks(boxes);
    this.watchVisibility();
    this.draw();
  }

  private track(scan: Promise<void>): Promise<void> {
    const done = scan.finally(() => {
      if (this.inFlight === done) this.inFlight = null;
    });
    this.inFlight = done;
    return done;
  }

  /**
   * Reads more of the page's text (up to `stop`, or all of it) and watches the new hits: the
   * learner scrolled towards text not yet read, or asked for a concept not yet found.
   */
  private async scanMore(stop?: (node: Text) => boolean): Promise<void> {
    while (this.inFlight) await this.inFlight;
    const scanner = this.scanner;
    if (!scanner || scanner.done) return;
    const from = scanner.hits.length;
    await this.track(scanner.scan(stop));
    if (!this.shown || this.scanner !== scanner) return;
    const added = new Set(scanner.hits.slice(from).map((h) => h.node.parentElement));
    for (const el of added) if (el) this.visibility?.observe(el);
    if (!this.visibility) {
      for (const el of added) if (el) this.nearView.add(el);
      this.drawMarks();
    }
  }

  /**
   * Underlines are drawn only for words near the viewport, and only once the browser says they
   * are (an IntersectionObserver reports after its own layout): measuring every hit at once forces
   * a layout of the whole page on its main thread, one long task on a long page. Scrolling draws
   * the next ones as they come near.
   */
  private watchVisibility(): void {
    this.visibility?.disconnect();
    if (typeof IntersectionObserver !== 'function') {
      for (const hit of this.hits) if (hit.node.parentElement) this.nearView.add(hit.node.parentElement);
      this.drawMarks();
      return;
    }
    this.visibility = new IntersectionObserver(
      (entries) => {
        // Its first report (made for every element as soon as it is observed) mostly agrees with
        // the first draw's own measure: only a change is redrawn.
        let changed = false;
        for (const e of entries) {
          if (e.isIntersecting === this.nearView.has(e.target)) continue;
          changed = true;
          if (e.isIntersecting) this.nearView.add(e.target);
          else this.nearView.delete(e.target);
        }
        if (changed) this.drawMarks();
      },
      { rootMargin: `${NEAR_SCREENS * 100}% 0px` },
    );
    for (const el of new Set(this.hits.map((h) => h.node.parentElement))) if (el) this.visibility.observe(el);
  }

  unmount(): void {
    if (!this.shown) return;
    this.shown = false;
    clearTimeout(this.glossTimer);
    document.removeEventListener('mousemove', this.onMove);
    window.removeEventListener('scroll', this.onScroll);
    clearTimeout(this.scrollTimer);
    this.card = null;
    this.panelAsked = false;
    this.hits = [];
    this.scanner = null;
    this.visibility?.disconnect();
    this.visibility = null;
    this.nearView.clear();
    this.clearApp();
    if (this.passage) this.drawMarks();
    else this.removeHost();
  }

  private clearApp(): void {
    if (!this.app) return;
    const ui = overlayUi();
    if (ui) ui.clear(this.app);
    this.app.replaceChildren();
  }

  /** The one host element, created on demand; it carries no attribute that names Rung. */
  private ensureHost(): void {
    if (this.host) return;
    const host = document.createElement('div');
    this.shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = `${OVERLAY_CSS}\n${markCss()}`;
    this.marks = document.createElement('div');
    this.marks.className = 'marks';
    this.app = document.createElement('div');
    this.shadow.append(style, this.marks, this.app);
    document.documentElement.append(host);
    this.host = host;
    window.addEventListener('resize', this.onRelayout, { passive: true });
    document.addEventListener('pointerdown', this.onDismissPassage, true);
    document.addEventListener('keydown', this.onDismissPassage, true);
    if (typeof ResizeObserver === 'function' && document.body) {
      // A ResizeObserver reports once as soon as it observes; that first report is no change, and
      // redrawing every mark for it doubled the overlay's drawing on every page.
      let first = true;
      this.resizeObserver = new ResizeObserver(() => {
        if (first) first = false;
        else this.onRelayout();
      });
      this.resizeObserver.observe(document.body);
    }
  }

  private removeHost(): void {
    if (!this.host) return;
    clearTimeout(this.relayoutTimer);
    window.removeEventListener('resize', this.onRelayout);
    document.removeEventListener('pointerdown', this.onDismissPassage, true);
    document.removeEventListener('keydown', this.onDismissPassage, true);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.clearApp();
    this.host.remove();
    this.host = this.shadow = this.marks = this.app = null;
  }

  /**
   * Underlines (while shown) and the passage mark, as boxes in page coordinates under the text's
   * own line boxes: they scroll with the page and are redrawn when its layout changes.
   */
  private drawMarks(): void {
    if (this.marks) this.paintMarks(this.measureMarks(false));
  }

  /**
   * The boxes of the underlines near the viewport and of the passage mark, in page coordinates:
   * reads only (layout, computed style), so a caller can make them before any write. With
   * `firstDraw`, which elements are near the viewport is decided here, from the same boxes and
   * by the same margin as the IntersectionObserver that takes over after (its first report is
   * then no change to redraw).
   */
  private measureMarks(firstDraw: boolean): Marks {
    const boxes: Box[] = [];
    const sx = window.scrollX;
    const sy = window.scrollY;
    const add = (rects: Iterable<DOMRect>, cls: string) => {
      for (const r of rects) {
        if (r.width === 0 || r.height === 0) continue;
        boxes.push({ cls, left: r.left + sx, top: r.top + sy, width: r.width, height: r.height });
      }
    };
    if (this.shown) {
      const status = new Map(this.concepts.map((c) => [c.key, c.status]));
      const height = window.innerHeight;
      const width = window.innerWidth;
      const near = (r: DOMRect) =>
        r.bottom >= -NEAR_SCREENS * height &&
        r.top <= (1 + NEAR_SCREENS) * height &&
        r.right >= 0 &&
        r.left <= width;
      const pending = new Map<Element, { rects: DOMRect[]; cls: string }[]>();
      // One range for every hit: each live Range is kept up to date on every change to the page's
      // DOM until it is collected, and a draw measures hundreds of hits.
      const range = document.createRange();
      for (const hit of this.hits) {
        const s = status.get(hit.key);
        const el = hit.node.parentElement;
        if (!s || !el || !hit.node.isConnected) continue;
        if (!firstDraw) {
          if (this.nearView.has(el)) add(toRange(hit, range).getClientRects(), `m-${s}`);
          continue;
        }
        const rects = [...toRange(hit, range).getClientRects()];
        if (rects.some(near)) this.nearView.add(el);
        const list = pending.get(el);
        if (list) list.push({ rects, cls: `m-${s}` });
        else pending.set(el, [{ rects, cls: `m-${s}` }]);
      }
      // An element's hits are all drawn or none, as the observer (which sees elements) would.
      for (const [el, list] of pending) if (this.nearView.has(el)) for (const x of list) add(x.rects, x.cls);
    }
    if (this.passage) add(this.passage.getClientRects(), 'passage');
    return { dark: pageIsDark(), boxes };
  }

  /** Writes only: the marks layer takes the boxes measured before. */
  private paintMarks({ dark, boxes }: Marks): void {
    const layer = this.marks;
    if (!layer) return;
    layer.classList.toggle('dark', dark);
    layer.replaceChildren(
      ...boxes.map((b) => {
        const box = document.createElement('i');
        box.className = b.cls;
        box.style.cssText = `left:${b.left}px;top:${b.top}px;width:${b.width}px;height:${b.height}px`;
        return box;
      }),
    );
  }

  private draw(): void {
    if (!this.app || !this.shown) return;
    this.strings ??= overlayStrings();
    const strings = this.strings;
    const ui = overlayUi();
    if (!ui) {
      // Until the learner opens the panel or a card, the badge is all there is to draw: built with
      // the DOM alone, so pages never open load Preact or the panel's code.
      if (this.card || this.panelAsked) void this.loadUi();
      this.drawBadge(strings);
      return;
    }
    ui.render(
      {
        concepts: this.concepts,
        readiness: this.readiness,
        theme: this.theme,
        lang: browser.i18n.getUILanguage(),
        panelOpen: this.panelAsked,
        card: this.card && { ...this.card, gloss: this.glosses.get(this.card.concept.key) },
        strings,
        statusText: (s) => strings[`status-${s}`],
        onQuiz: (key) =>
          void ask('overlay/open-quiz', { url: this.url, conceptKey: key }).catch(() => undefined),
        onFocusConcept: (key) => this.focusConcept(key),
        onCloseCard: () => {
          clearTimeout(this.glossTimer);
          this.card = null;
          this.draw();
        },
      },
      this.app,
    );
    // Only the first render opens the panel: from then on it is the panel's own state.
    this.panelAsked = false;
  }

  /**
   * The readiness badge as OverlayApp renders it while its panel is closed (same markup, same
   * styles), with the DOM alone. Page text never goes in as HTML: every string is set as text or
   * as an attribute value.
   */
  private drawBadge(strings: OverlayStrings): void {
    if (!this.app) return;
    const pct = Math.round(this.readiness * 100);
    const root = document.createElement('div');
    root.className = 'rung-root';
    root.lang = browser.i18n.getUILanguage();
    root.dataset.theme = this.theme;
    const badge = document.createElement('button');
    badge.type = 'button';
    badge.className = 'badge';
    badge.setAttribute('aria-expanded', 'false');
    badge.setAttribute('aria-controls', 'rung-panel');
    badge.setAttribute('aria-label', `Rung: ${strings.ready.replace('$1', String(pct))}`);
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '▤';
    badge.append(icon, ` ${pct}%`);
    badge.addEventListener('click', () => {
      this.panelAsked = true;
      void this.loadUi();
    });
    root.append(badge);
    // Redrawn (a new readiness or theme) under the learner's keyboard focus, it keeps it.
    const focused = this.shadow?.activeElement?.classList.contains('badge') ?? false;
    this.app.replaceChildren(root);
    if (focused) badge.focus();
  }

  /**
   * Has the background inject the panel and cards' script, then draws with it; the badge keeps
   * the keyboard focus it had. A failed load is tried again at the next click.
   */
  private loadUi(): Promise<void> {
    this.uiLoading ??= ask('overlay/load', { url: this.url, part: 'ui' }).then(
      () => {
        if (!overlayUi() || !this.app) return;
        const focused = this.shadow?.activeElement?.classList.contains('badge') ?? false;
        this.app.replaceChildren();
        this.draw();
        if (focused) this.app.querySelector<HTMLElement>('.badge')?.focus();
      },
      () => {
        this.uiLoading = null;
      },
    );
    return this.uiLoading;
  }

  private focusConcept(key: string): void {
    const concept = this.concepts.find((c) => c.key === key);
    if (!concept) return;
    const hit = this.hits.find((x) => x.key === key);
    if (!hit && this.scanner && !this.scanner.done) {
      // Not in the text read so far: read the rest, then look again.
      void this.scanMore().then(() => {
        if (!this.scanner || this.scanner.done) this.focusConcept(key);
      });
      return;
    }
    let x = window.innerWidth - 320;
    let y = 80;
    if (hit) {
      hit.node.parentElement?.scrollIntoView({ block: 'center' });
      const rect = toRange(hit).getBoundingClientRect();
      x = Math.min(rect.left, window.innerWidth - 300);
      y = rect.bottom + 6;
    }
    this.openCard({ concept, x, y });
  }

  private openCard(card: NonNullable<typeof this.card>): void {
    this.card = card;
    this.draw();
    this.glossLater(card.concept);
  }

  /**
   * The model's gloss of a vocabulary concept, asked once its card has stayed open a moment; never
   * on page load, never with the LLM off (the card is then exactly as without a model). A failed
   * gloss is asked again the next time the card opens.
   */
  private glossLater(concept: ConceptView): void {
    clearTimeout(this.glossTimer);
    const known = this.glosses.get(concept.key);
    if (!this.llmGloss || concept.kind !== 'vocab' || (known && known.status !== 'failed')) return;
    this.glossTimer = setTimeout(() => {
      if (this.card?.concept.key !== concept.key) return;
      this.glosses.set(concept.key, { status: 'loading' });
      this.draw();
      void glossOrUnavailable(this.url, concept.key).then((gloss) => {
        this.glosses.set(concept.key, gloss);
        this.draw();
      });
    }, GLOSS_DELAY_MS);
  }

  private hover(e: MouseEvent): void {
    // A page can dispatch synthetic mousemoves; only the learner's own pointer opens a card.
    if (!e.isTrusted) return;
    const pos = caretAt(e.clientX, e.clientY);
    if (!pos) return;
    const hit = this.hits.find((x) => x.node === pos.node && pos.offset >= x.start && pos.offset < x.end);
    if (!hit || this.card?.concept.key === hit.key) return;
    const concept = this.concepts.find((c) => c.key === hit.key);
    if (!concept) return;
    this.openCard({ concept, x: Math.min(e.clientX, window.innerWidth - 300), y: e.clientY + 14 });
  }
}

/**
 * API references print a qualified name in pieces (`json.` and `dumps` in separate elements) and
 * their prose says just `dumps()`, so "json.dumps" alone never matches a text node: the last
 * segment of a dotted API name is looked for too. A segment that reads as a word (`insert`,
 * `index`, `close`) only where the page writes it as code: "Insert an item at a given position"
 * is English, not `list.insert`.
 */
function withShortNames(concepts: ConceptView[]): ScanLabel[] {
  const out: ScanLabel[] = [...concepts];
  for (const c of concepts) {
    const last = c.kind === 'api' ? c.label.replace(/\(\)$/, '').split('.').pop() : undefined;
    if (last && last.length >= 3 && last !== c.label)
      out.push({ key: c.key, label: last, ...(/^[a-z]+$/.test(last) ? { asCode: true } : {}) });
  }
  return out;
}

function isStrings(value: unknown): value is OverlayStrings {
  if (typeof value !== 'object' || value === null) return false;
  const keys: (keyof OverlayStrings)[] = ['ready', 'quizMe', 'concepts', 'close', 'status-new', 'status-gap'];
  return keys.every((k) => typeof (value as Record<string, unknown>)[k] === 'string');
}

/** The background's gloss; a lost message or one past the deadline reads as "unavailable". */
function glossOrUnavailable(url: string, conceptKey: string): Promise<GlossView> {
  const unavailable: GlossView = { status: 'failed', message: '', from: '' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<GlossView>((resolve) => {
    timer = setTimeout(() => resolve(unavailable), GLOSS_DEADLINE_MS);
  });
  const asked = ask('overlay/gloss', { url, conceptKey }).catch((): GlossView => unavailable);
  return Promise.race([asked, deadline]).finally(() => clearTimeout(timer));
}

/** The page's own background, body first: the underlines are drawn on it, not on Rung's card. */
function pageIsDark(): boolean {
  const elements = [document.body, document.documentElement].filter((e): e is HTMLElement => e !== null);
  return isDarkBackground(elements.map((e) => getComputedStyle(e).backgroundColor));
}

/**
 * Whether a text node lies more than SCAN_SCREENS screens below the viewport: where the scan stops
 * for now. One box read every few dozen nodes; the scan writes nothing, so no layout is redone.
 */
function farBelow(node: Text): boolean {
  const el = node.parentElement;
  return el !== null && el.getBoundingClientRect().top > window.innerHeight * SCAN_SCREENS;
}

/** The hit's text as a range: `range` when given (set anew), else a new one. */
function toRange(hit: ConceptHit, range = document.createRange()): Range {
  const len = hit.node.data.length;
  range.setStart(hit.node, Math.min(hit.start, len));
  range.setEnd(hit.node, Math.min(hit.end, len));
  return range;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const p = d.caretPositionFromPoint?.(x, y);
  if (p) return { node: p.offsetNode, offset: p.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
