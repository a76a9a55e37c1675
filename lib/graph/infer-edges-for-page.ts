import { apiEdges } from '@/lib/graph/infer/api-edges';
import { compoundEdges } from '@/lib/graph/infer/compound-edges';
import { definitionEdges } from '@/lib/graph/infer/definition-edges';
import { headingEdges } from '@/lib/graph/infer/heading-edges';
import { InferContext, type PageGraphInput } from '@/lib/graph/infer/infer-context';
import { linkEdges, sequenceEdges } from '@/lib/graph/infer/sequence-edges';
import { vocabEdges } from '@/lib/graph/infer/vocab-edges';
import { mergeEdge } from '@/lib/graph/merge-edge';
import type { PrereqEdge } from '@/lib/types';

export type { PageGraphInput } from '@/lib/graph/infer/infer-context';

/** One page should not be able to flood the map (a hostile or enormous page). */
export const MAX_EDGES_PER_PAGE = 1500;

/**
 * Infers prerequisite edges offline for a page just saved, each with a confidence and the
 * evidence that produced it. The result may contain edges that close cycles with the stored map;
 * storing them through edge-store keeps the stronger evidence.
 */
export function inferEdgesForPage(input: PageGraphInput): PrereqEdge[] {
  const ctx = new InferContext(input);
  const rules = [
    definitionEdges,
    compoundEdges,
    headingEdges,
    sequenceEdges,
    linkEdges,
    apiEdges,
    vocabEdges,
  ];
  const byPair = new Map<string, PrereqEdge>();
  const isApi = (key: string) => ctx.concepts.get(key)?.kind === 'api';
  for (const rule of rules) {
    for (const e of rule(ctx)) {
      if (e.from === e.to) continue;
      // What an API item needs is what its documentation's structure says (owner, supertypes,
      // types in its signature); a word of its description or the heading above it is not
      // something a developer must know first ("data" before `socket.write`).
      if (rule !== apiEdges && isApi(e.to)) continue;
      if (!ctx.isRelated(e.from) || !ctx.isRelated(e.to)) continue;
      const id = `${e.from}\u0000${e.to}`;
      const old = byPair.get(id);
      byPair.set(id, old ? mergeEdge(old, e) : e);
    }
  }
  return [...byPair.values()].sort((a, b) => b.confidence - a.confidence).slice(0, MAX_EDGES_PER_PAGE);
}
