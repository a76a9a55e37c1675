import { rowsWithAny } from '@/lib/db/rows-with-any';
import type { RungDatabase } from '@/lib/db/schema';
import { edgeId } from '@/lib/graph/merge-edge';
import { PrereqGraph } from '@/lib/graph/prereq-graph';
import type { PrereqEdge } from '@/lib/types';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface AroundOptions {
  /**
   * Also load what rests on the prerequisites, this many edges down, with the direct
   * prerequisites of each concept found there: what implicit credit and blame through the map
   * (lib/mastery/map-belief.ts) reads. 0 (the default) loads the prerequisites alone.
   */
  dependantDepth?: number;
}

/**
 * The part of the map an answer can touch, read through the `to` / `from` indexes instead of the
 * whole edges table (which grows with every page read): every prerequisite of `seeds`,
 * transitively, over edges of any confidence, and optionally what rests on them. Every query the
 * answer path makes of the map (prerequisites, gaps, the hole search, test-out, evidence on the
 * answered concept's edges) reads only this part, and the topological order is a function of the
 * edges (lib/graph/prereq-graph.ts), so ties among prerequisites rank exactly as on the whole map.
 */
export async function loadGraphAround(
  db: RungDatabase,
  seeds: readonly string[],
  options: AroundOptions = {},
): Promise<PrereqGraph> {
  const edges = new Map<string, PrereqEdge>();
  const above = new Set(seeds);
  let frontier = [...above];
  while (frontier.length > 0) {
    const found = await rowsWithAny(db.edges, 'to', frontier);
    frontier = [];
    for (const e of found) {
      edges.set(edgeId(e), e);
      if (above.has(e.from)) continue;
      above.add(e.from);
      frontier.push(e.from);
    }
  }
  const depth = options.dependantDepth ?? 0;
  if (depth > 0) {
    // Levels down from the whole prerequisite set at once: a concept within `depth` edges of any
    // prerequisite is within `depth` of the set.
    const reached = new Set(above);
    const below: string[] = [];
    frontier = [...above];
    for (let level = 1; level <= depth && frontier.length > 0; level++) {
      const found = await rowsWithAny(db.edges, 'from', frontier);
      frontier = [];
      for (const e of found) {
        edges.set(edgeId(e), e);
        if (reached.has(e.to)) continue;
        reached.add(e.to);
        frontier.push(e.to);
        below.push(e.to);
      }
    }
    for (const e of await rowsWithAny(db.edges, 'to', below)) edges.set(edgeId(e), e);
  }
  // In the table's own order ([from+to], code units), as loading the whole table gives them: a
  // walk that meets a concept by two edges at once takes the first (lib/mastery/map-belief.ts).
  const ordered = [...edges.values()].sort((a, b) => byCodeUnits(a.from, b.from) || byCodeUnits(a.to, b.to));
  return PrereqGraph.fromEdges(ordered).graph;
}
