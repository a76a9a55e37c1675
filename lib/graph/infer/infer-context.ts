import { MentionIndex } from '@/lib/graph/infer/mention-index';
import { compareOrder, normalizeUrl, orderPages, predecessors } from '@/lib/graph/infer/page-sequence';
import { clampConfidence } from '@/lib/graph/merge-edge';
import type { Occurrence, PageOrder, PrereqEdge, StoredConcept, StoredPage } from '@/lib/types';

/** What the background worker has at hand after saving a page; plain data only. */
export interface PageGraphInput {
  page: StoredPage;
  /** At least the page's concepts; concepts from other pages may be added (they can be prerequisites). */
  concepts: readonly StoredConcept[];
  /** This page's occurrences, plus (optionally) the other pages' occurrences of the same concepts. */
  occurrences: readonly Occurrence[];
  /**
   * Other pages the learner read (tutorial sequence, links, reading order). The store passes only
   * the page's neighbours (lib/db/infer-input.ts): its chain and the pages it links to, each with
   * its stored place in the reading order, and each concept's first page on the concept (intro).
   */
  pages?: readonly StoredPage[];
}

/** Shared look-ups for the inference rules, computed once per page. */
export class InferContext {
  readonly page: StoredPage;
  readonly url: string;
  readonly concepts = new Map<string, StoredConcept>();
  /** This page's occurrences by concept key. */
  readonly onPage = new Map<string, Occurrence>();
  readonly pages = new Map<string, StoredPage>();
  readonly mentions: MentionIndex;
  readonly chain: string[];
  private readonly position: Map<string, number>;
  private readonly intro = new Map<string, number>();
  private readonly introUrl = new Map<string, string>();

  constructor(input: PageGraphInput) {
    this.page = input.page;
    this.url = normalizeUrl(input.page.url) ?? input.page.url;
    for (const c of input.concepts) this.concepts.set(c.key, c);
    const all = [...(input.pages ?? []).filter((p) => p.url !== input.page.url), input.page];
    for (const p of all) this.pages.set(normalizeUrl(p.url) ?? p.url, p);
    this.chain = predecessors(all, input.page.url);
    if (all.every((p) => p.order)) {
      // Places kept on the stored pages: rank the few that matter here, this read's pages and the
      // concepts' first pages, without ordering every page read.
      const keys: PageOrder[] = [...all.map((p) => p.order!)];
      for (const c of input.concepts) if (c.intro) keys.push(c.intro.order);
      keys.sort(compareOrder);
      const rank = new Map<string, number>();
      for (const k of keys) if (!rank.has(String(k))) rank.set(String(k), rank.size);
      this.position = new Map(all.map((p) => [normalizeUrl(p.url) ?? p.url, rank.get(String(p.order))!]));
      for (const c of input.concepts) {
        if (!c.intro) continue;
        this.intro.set(c.key, rank.get(String(c.intro.order))!);
        this.introUrl.set(c.key, normalizeUrl(c.intro.url) ?? c.intro.url);
      }
    } else {
      // Pages given without their places (tests, the command-line tool): order them here.
      this.position = orderPages(all);
    }
    for (const o of input.occurrences) {
      const url = normalizeUrl(o.pageUrl) ?? o.pageUrl;
      if (url === this.url) this.onPage.set(o.conceptKey, o);
      const pos = this.position.get(url);
      if (pos === undefined) continue;
      const before = this.intro.get(o.conceptKey);
      if (before === undefined || pos < before) {
        this.intro.set(o.conceptKey, pos);
        this.introUrl.set(o.conceptKey, url);
      }
    }
    // Only concepts that have a record can be named; the page's own come first.
    this.mentions = new MentionIndex([...this.concepts.values()]);
  }

  label(key: string): string {
    return this.concepts.get(key)?.label ?? key;
  }

  /**
   * Whether a concept may take part in this page's edges: it is on this page, or it was met on a
   * page of the same site or on a page this one links to or is linked from. The same word on an
   * unrelated page (a Rust reference and a news article both saying "vector") is no evidence.
   * Unknown (its occurrences not loaded yet) counts as related; the final pass knows.
   */
  isRelated(key: string): boolean {
    if (this.onPage.has(key)) return true;
    const url = this.introUrl.get(key);
    if (!url) return true;
    const a = siteOf(this.page.url);
    if (a !== undefined && a === siteOf(url)) return true;
    const links = (p: StoredPage, to: string) =>
      p.links.some((l) => (normalizeUrl(l.href, p.url) ?? l.href) === to);
    const other = this.pages.get(url);
    return links(this.page, url) || (other !== undefined && links(other, this.url));
  }

  /** Position (in the page order) of the page where the concept was first met. */
  introPosition(key: string): number {
    return this.intro.get(key) ?? this.position.get(this.url)!;
  }

  introPage(key: string): StoredPage | undefined {
    const url = this.introUrl.get(key);
    return url ? this.pages.get(url) : undefined;
  }

  /** True when the concept is first met on this page (not on an earlier one). */
  isNewHere(key: string): boolean {
    return this.introPosition(key) >= this.position.get(this.url)!;
  }

  /**
   * A concept met on an earlier page was learned without one first met later, so an edge from
   * the later one to it would contradict the order the material was written in.
   */
  inOrder(from: string, to: string): boolean {
    return this.introPosition(from) <= this.introPosition(to);
  }

  /** Order of first mention within this page: negative when `from` comes first. */
  mentionOrder(from: string, to: string): number {
    const a = this.onPage.get(from)?.firstOffset;
    const b = this.onPage.get(to)?.firstOffset;
    if (a === undefined || b === undefined) return 0;
    return Math.sign(a - b);
  }

  edge(from: string, to: string, confidence: number, source: string, detail: string): PrereqEdge {
    return {
      from,
      to,
      confidence: clampConfidence(confidence),
      evidence: [{ source, detail, pageUrl: this.page.url }],
    };
  }

  /** The page's concepts, most important first, optionally only those first met here. */
  pageConcepts(onlyNew = false): string[] {
    const keys = this.page.conceptKeys.filter((k) => this.concepts.has(k));
    const score = (k: string) => this.onPage.get(k)?.score ?? 0;
    const list = onlyNew ? keys.filter((k) => this.isNewHere(k)) : keys;
    return [...list].sort((a, b) => score(b) - score(a));
  }
}

/** A page's site: its host (file: pages are one site). */
function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(normalizeUrl(url) ?? url);
    return u.protocol === 'file:' ? 'file:' : u.host.toLowerCase();
  } catch {
    return undefined;
  }
}
