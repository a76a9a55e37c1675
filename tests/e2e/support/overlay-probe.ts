import type { CDPSession, Page } from 'playwright-core';
import { type RungBrowser, waitForPageStored } from './extension';

/**
 * Reaches into Rung's overlay from the outside. The overlay lives in a CLOSED shadow root, so neither
 * page scripts nor Playwright's locators can see it; the DevTools protocol can (DOM.getDocument with
 * `pierce`), which is how a test reads what a learner sees there without weakening the overlay.
 */

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

function attr(node: DomNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function walk(node: DomNode, visit: (n: DomNode) => void): void {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
  for (const s of node.shadowRoots ?? []) walk(s, visit);
}

/**
 * Rung's host element: it carries no attribute (the page must not tell Rung is there), so it is
 * found as the host of a closed shadow root holding Rung's marks layer.
 */
async function rungHost(cdp: CDPSession): Promise<DomNode | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  let host: DomNode | null = null;
  walk(root, (n) => {
    const shadow = n.shadowRoots?.[0];
    if (host || !shadow) return;
    if ((shadow.children ?? []).some((c) => attr(c, 'class')?.split(/\s+/).includes('marks'))) host = n;
  });
  return host;
}

export interface OverlayProbe {
  /** The badge's accessible name ("Rung: Readiness: 40%"), or null while there is no overlay. */
  badgeLabel: () => Promise<string | null>;
  /** Whether the overlay's shadow root is closed (it must be). */
  shadowType: () => Promise<string | null>;
  /** The shadow root's markup (its style and its rendered UI), to copy into an open harness. */
  shadowHtml: () => Promise<string | null>;
  /** Clicks a button of the overlay by its accessible name (through its box on screen). */
  clickButton: (name: RegExp) => Promise<void>;
  /** Computed style of the first overlay element with this class (null while there is none). */
  computedStyle: (className: string, properties: string[]) => Promise<Record<string, string> | null>;
  /** Classes of the marks drawn in the shadow root: `m-new`, `m-gap`, ... and `passage`. */
  marks: () => Promise<string[]>;
  /** Where on screen the first underline is (the middle of the word it marks), or null. */
  firstMarkCentre: () => Promise<{ x: number; y: number } | null>;
  detach: () => Promise<void>;
}

export async function probeOverlay(page: Page): Promise<OverlayProbe> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  const buttons = async (): Promise<DomNode[]> => {
    const host = await rungHost(cdp);
    const found: DomNode[] = [];
    if (host) walk(host, (n) => n.localName === 'button' && found.push(n));
    return found;
  };
  const nameOf = async (n: DomNode): Promise<string> => {
    const label = attr(n, 'aria-label');
    if (label) return label;
    const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { backendNodeId: n.backendNodeId })) as {
      outerHTML: string;
    };
    return outerHTML
      .replace(/<span aria-hidden="true">[^<]*<\/span>/g, '')
      .replace(/<[^>]+>/g, '')
      .trim();
  };
  return {
    badgeLabel: async () => {
      for (const n of await buttons()) {
        const label = attr(n, 'aria-label');
        if (label?.startsWith('Rung:')) return label;
      }
      return null;
    },
    shadowType: async () => (await rungHost(cdp))?.shadowRoots?.[0]?.shadowRootType ?? null,
    shadowHtml: async () => {
      const root = (await rungHost(cdp))?.shadowRoots?.[0];
      if (!root) return null;
      const parts: string[] = [];
      for (const child of root.children ?? []) {
        const { outerHTML } = (await cdp.send('DOM.getOuterHTML', {
          backendNodeId: child.backendNodeId,
        })) as { outerHTML: string };
        parts.push(outerHTML);
      }
      return parts.join('\n');
    },
    clickButton: async (name) => {
      for (const n of await buttons()) {
        if (!name.test(await nameOf(n))) continue;
        await cdp
          .send('DOM.scrollIntoViewIfNeeded', { backendNodeId: n.backendNodeId })
          .catch(() => undefined);
        const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: n.backendNodeId })) as {
          model: { content: number[] };
        };
        const q = model.content;
        const x = ((q[0] ?? 0) + (q[4] ?? 0)) / 2;
        const y = ((q[1] ?? 0) + (q[5] ?? 0)) / 2;
        await page.mouse.click(x, y);
        return;
      }
      throw new Error(`no overlay button named ${name}`);
    },
    computedStyle: async (className, properties) => {
      const host = await rungHost(cdp);
      let found: DomNode | null = null;
      if (host)
        walk(host, (n) => {
          if (!found && (attr(n, 'class') ?? '').split(/\s+/).includes(className)) found = n;
        });
      if (!found) return null;
      await cdp.send('CSS.enable');
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', {
        nodeId: (found as DomNode).nodeId,
      })) as { computedStyle: { name: string; value: string }[] };
      return Object.fromEntries(
        computedStyle.filter((p) => properties.includes(p.name)).map((p) => [p.name, p.value]),
      );
    },
    marks: async () => {
      const host = await rungHost(cdp);
      const layer = host?.shadowRoots?.[0]?.children?.find((c) =>
        attr(c, 'class')?.split(/\s+/).includes('marks'),
      );
      return (layer?.children ?? []).map((c) => attr(c, 'class') ?? '');
    },
    firstMarkCentre: async () => {
      const host = await rungHost(cdp);
      const layer = host?.shadowRoots?.[0]?.children?.find((c) =>
        attr(c, 'class')?.split(/\s+/).includes('marks'),
      );
      const mark = layer?.children?.find((c) => attr(c, 'class')?.startsWith('m-'));
      if (!mark) return null;
      await cdp
        .send('DOM.scrollIntoViewIfNeeded', { backendNodeId: mark.backendNodeId })
        .catch(() => undefined);
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: mark.backendNodeId })) as {
        model: { border: number[] };
      };
      const q = model.border;
      return { x: ((q[0] ?? 0) + (q[4] ?? 0)) / 2, y: ((q[1] ?? 0) + (q[5] ?? 0)) / 2 };
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}

/** Names of the CSS highlights registered on the page (the registry is the document's, shared by all worlds). */
export async function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (globalThis as { CSS?: { highlights?: Map<string, { size: number }> } }).CSS?.highlights;
    if (!registry) return [];
    return [...registry.entries()].filter(([, h]) => h.size > 0).map(([name]) => name);
  });
}

/** Polls until `probe` returns a truthy value (or throws after `timeoutMs`). */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Opens `url` in a new tab as a reader would, waits until Rung has stored it, and opens the
 * overlay's concept panel from its badge.
 */
export async function openOverlayPanel(
  b: RungBrowser,
  url: string,
): Promise<{ page: Page; overlay: OverlayProbe }> {
  const page = await b.context.newPage();
  await page.goto(url);
  await waitForPageStored(b, url);
  const overlay = await probeOverlay(page);
  await eventually(() => overlay.badgeLabel(), 'the overlay badge');
  await overlay.clickButton(/^Rung: /);
  return { page, overlay };
}
