import type { InferContext } from '@/lib/graph/infer/infer-context';
import { normalizeUrl } from '@/lib/graph/infer/page-sequence';
import type { PrereqEdge, StoredPage } from '@/lib/types';

const SEQUENCE = 0.25;
const LINK = 0.3;
/** Pairs grow as a product; the most important few on each side carry the signal. */
const TOP_REUSED = 5;
const TOP_NEW = 8;

/**
 * Along a tutorial's own sequence ("next" links): the concepts introduced on an earlier page of
 * the sequence and used again on this one come before the main concepts this page introduces.
 */
export function sequenceEdges(ctx: InferContext): PrereqEdge[] {
  if (ctx.chain.length === 0) return [];
  const chain = new Set(ctx.chain);
  const reused = ctx
    .pageConcepts()
    .filter((k) => {
      const intro = ctx.introPage(k);
      return intro !== undefined && chain.has(normalizeUrl(intro.url) ?? intro.url);
    })
    .slice(0, TOP_REUSED);
  const fresh = ctx.pageConcepts(true).slice(0, TOP_NEW);
  const edges: PrereqEdge[] = [];
  for (const from of reused) {
    const where = ctx.introPage(from)!;
    for (const to of fresh) {
      if (from === to) continue;
      edges.push(
        ctx.edge(
          from,
          to,
          SEQUENCE,
          'tutorial-sequence',
          `"${ctx.label(from)}" was introduced in "${where.title}", earlier in this tutorial, and is used again where "${ctx.label(to)}" is introduced`,
        ),
      );
    }
  }
  return edges;
}

/**
 * Links between visited pages: when this page links to a page the learner read for Y (the link
 * text names Y, a concept of that page), Y is background for the main concepts of this page.
 * Links into this page from pages read before are handled the same way from their side.
 */
export function linkEdges(ctx: InferContext): PrereqEdge[] {
  const edges: PrereqEdge[] = [];
  const fresh = ctx.pageConcepts(true).slice(0, TOP_NEW);
  for (const link of ctx.page.links) {
    const target = ctx.pages.get(normalizeUrl(link.href, ctx.page.url) ?? '');
    if (!target || target === ctx.page) continue;
    for (const y of namedFrom(ctx, link.text, target)) {
      for (const to of fresh) {
        if (y === to || !ctx.inOrder(y, to)) continue;
        edges.push(linkEdge(ctx, y, to, target, link.text));
      }
    }
  }
  return edges;
}

function namedFrom(ctx: InferContext, text: string, target: StoredPage): string[] {
  const onTarget = new Set(target.conceptKeys);
  return ctx.mentions
    .find(text)
    .map((m) => m.key)
    .filter((k) => onTarget.has(k));
}

function linkEdge(ctx: InferContext, from: string, to: string, target: StoredPage, text: string): PrereqEdge {
  return ctx.edge(
    from,
    to,
    LINK,
    'link',
    `this page links to "${target.title}" for "${text.trim().slice(0, 60)}" where it introduces "${ctx.label(to)}"`,
  );
}
