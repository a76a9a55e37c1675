import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import {
  type GlossView,
  highlightCss,
  OVERLAY_CSS,
  OverlayApp,
  type OverlayProps,
} from '@/components/overlay/overlay-app';
import { type MessageKey, t } from '@/lib/browser/i18n';
import { ask } from '@/lib/browser/messaging';
import { highlightPassage } from './highlight-passage';
import { isDarkBackground } from '@/lib/overlay/is-dark-background';
import { type ConceptHit, locateConcepts } from '@/lib/overlay/locate-concepts';
import { type ConceptView, type SiteStatusReply, type Theme, themeSchema } from '@/lib/protocol';

const STATUSES = ['mastered', 'learning', 'gap', 'new'] as const;
const STATUS_KEY: Record<ConceptView['status'], MessageKey> = {
  new: 'statusNew',
  learning: 'statusLearning',
  mastered: 'statusMastered',
  gap: 'statusGap',
};

/** A card that stays open this long asks for its gloss: sweeping the pointer over a paragraph asks nothing. */
const GLOSS_DELAY_MS = 300;
/** Past this the card says the meaning is unavailable (the background gives up sooner). */
const GLOSS_DEADLINE_MS = 30_000;

type HighlightRegistry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => unknown;

/**
 * The in-page overlay. Its UI lives in a closed shadow root (page scripts cannot reach into it,
 * page styles cannot leak in); the underlines are CSS highlights over the page's own text, so the
 * page's DOM is untouched apart from the one host element.
 */
export class Overlay {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private hits: ConceptHit[] = [];
  private concepts: ConceptView[] = [];
  private readiness = 0;
  private card: Omit<NonNullable<OverlayProps['card']>, 'gloss'> | null = null;
  private sheet: CSSStyleSheet | null = null;
  private theme: Theme = 'system';
  private llmGloss = false;
  /** Glosses asked for on this page, by concept key (the background also caches them). */
  private readonly glosses = new Map<string, GlossView>();
  private glossTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onMove = (e: MouseEvent) => this.hover(e);

  constructor(
    private readonly url: string,
    status: SiteStatusReply,
  ) {
    this.setStatus(status);
  }

  /** Takes the theme and the gloss switch from a 'site/status' reply, checked like any message. */
  setStatus(status: SiteStatusReply): void {
    const theme = themeSchema.safeParse(status.theme);
    this.theme = theme.success ? theme.data : 'system';
    this.llmGloss = status.llmGloss === true;
    if (this.host) this.draw();
  }

  showPassage(text: string): boolean {
    return highlightPassage(document, text);
  }

  get mounted(): boolean {
    return this.host !== null;
  }

  async mount(): Promise<void> {
    const reply = await ask('overlay/concepts', { url: this.url });
    this.concepts = reply.concepts;
    this.readiness = reply.readiness;
    if (!this.host) {
      const host = document.createElement('div');
      host.dataset.rungHost = '';
      this.shadow = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = OVERLAY_CSS;
      this.shadow.append(style, document.createElement('div'));
      document.documentElement.append(host);
      this.host = host;
      document.addEventListener('mousemove', this.onMove, { passive: true });
    }
    this.paint();
    this.draw();
  }

  unmount(): void {
    if (!this.host) return;
    clearTimeout(this.glossTimer);
    document.removeEventListener('mousemove', this.onMove);
    render(null, this.shadow!.lastChild as Element);
    this.host.remove();
    this.host = null;
    this.shadow = null;
    const registry = highlights();
    for (const s of STATUSES) registry?.delete(`rung-${s}`);
    if (this.sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== this.sheet);
    this.sheet = null;
  }

  private paint(): void {
    const registry = highlights();
    const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
    if (!registry || !Highlight || !document.body) return;
    this.hits = locateConcepts(document.body, withShortNames(this.concepts));
    const status = new Map(this.concepts.map((c) => [c.key, c.status]));
    for (const s of STATUSES) {
      const ranges = this.hits.filter((hit) => status.get(hit.key) === s).map(toRange);
      registry.set(`rung-${s}`, new Highlight(...ranges));
    }
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(highlightCss(pageIsDark() ? 'dark' : 'light'));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
  }

  private draw(): void {
    if (!this.shadow) return;
    render(
      h(OverlayApp, {
        concepts: this.concepts,
        readiness: this.readiness,
        theme: this.theme,
        lang: browser.i18n.getUILanguage(),
        card: this.card && { ...this.card, gloss: this.glosses.get(this.card.concept.key) },
        strings: {
          ready: t('readiness', '$1'),
          quizMe: t('quizMe'),
          concepts: t('conceptsOnThisPage'),
          close: t('close'),
          status: t('statusLabel'),
          glossLoading: t('glossLoading'),
          glossFrom: t('glossFrom', '$1'),
          glossMeaning: t('glossMeaning'),
          glossUnavailable: t('glossUnavailable'),
        },
        statusText: (s) => t(STATUS_KEY[s]),
        onQuiz: (key) =>
          void ask('overlay/open-quiz', { url: this.url, conceptKey: key }).catch(() => undefined),
        onFocusConcept: (key) => this.focusConcept(key),
        onCloseCard: () => {
          clearTimeout(this.glossTimer);
          this.card = null;
          this.draw();
        },
      }),
      this.shadow.lastChild as Element,
    );
  }

  private focusConcept(key: string): void {
    const concept = this.concepts.find((c) => c.key === key);
    if (!concept) return;
    const hit = this.hits.find((x) => x.key === key);
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
 * segment of a dotted API name is looked for too.
 */
function withShortNames(concepts: ConceptView[]): { key: string; label: string }[] {
  const out: { key: string; label: string }[] = [...concepts];
  for (const c of concepts) {
    const last = c.kind === 'api' ? c.label.replace(/\(\)$/, '').split('.').pop() : undefined;
    if (last && last.length >= 3 && last !== c.label) out.push({ key: c.key, label: last });
  }
  return out;
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

function highlights(): HighlightRegistry | undefined {
  return (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
}

function toRange(hit: ConceptHit): Range {
  const range = document.createRange();
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
