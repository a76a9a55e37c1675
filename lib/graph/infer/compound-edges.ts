import type { InferContext } from '@/lib/graph/infer/infer-context';
import { tokenize } from '@/lib/graph/infer/mention-index';
import type { PrereqEdge } from '@/lib/types';

const CONFIDENCE = 0.45;

/** A multi-word term is built on the terms it is made of ("list comprehension" needs "list"). */
export function compoundEdges(ctx: InferContext): PrereqEdge[] {
  const edges: PrereqEdge[] = [];
  for (const to of ctx.pageConcepts()) {
    const c = ctx.concepts.get(to)!;
    if (c.kind !== 'term') continue;
    const words = tokenize(c.label);
    if (words.length < 2) continue;
    const seen = new Set<string>([to]);
    for (let n = words.length - 1; n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        for (const from of ctx.mentions.lookup(words.slice(i, i + n))) {
          if (seen.has(from) || ctx.concepts.get(from)?.kind !== 'term') continue;
          seen.add(from);
          if (!ctx.inOrder(from, to)) continue;
          edges.push(
            ctx.edge(
              from,
              to,
              CONFIDENCE,
              'compound-term',
              `"${ctx.label(to)}" is a kind of, or built on, "${ctx.label(from)}"`,
            ),
          );
        }
      }
    }
  }
  return edges;
}
