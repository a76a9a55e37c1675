import { rowsWithAny } from '@/lib/db/rows-with-any';
import type { RungDatabase } from '@/lib/db/schema';
import { edgeId } from '@/lib/graph/merge-edge';
import type { PrereqEdge } from '@/lib/types';

type Side = { forward: boolean; seen: Set<string>; frontier: string[]; edges: Map<string, PrereqEdge> };

/**
 * The stored edges a cycle closed by the offered edges could run through, and the stored edges
 * they would merge with. A cycle through new edges leaves a new edge's head and comes back to a
 * new edge's tail along stored edges, so it lies inside what the heads reach, and inside what
 * reaches the tails: both are searched a level at a time through the `from` / `to` indexes and
 * the first to be complete is used. New concepts reach little and basic ones are reached by
 * little, so this is usually a small part of the map, where loading the whole map grew with
 * every page read.
 */
export async function edgesCyclesMayUse(
  db: RungDatabase,
  offered: readonly PrereqEdge[],
): Promise<PrereqEdge[]> {
  if (offered.length === 0) return [];
  const start = (forward: boolean): Side => {
    const nodes = [...new Set(offered.map((e) => (forward ? e.to : e.from)))];
    return { forward, seen: new Set(nodes), frontier: nodes, edges: new Map() };
  };
  const ahead = start(true);
  const behind = start(false);
  let done: Side | undefined;
  while (!done) {
    const side = ahead.frontier.length <= behind.frontier.length ? ahead : behind;
    const found = await rowsWithAny(db.edges, side.forward ? 'from' : 'to', side.frontier);
    side.frontier = [];
    for (const e of found) {
      side.edges.set(edgeId(e), e);
      const next = side.forward ? e.to : e.from;
      if (side.seen.has(next)) continue;
      side.seen.add(next);
      side.frontier.push(next);
    }
    if (side.frontier.length === 0) done = side;
  }
  const existing = await db.edges.bulkGet(offered.map((e) => [e.from, e.to] as [string, string]));
  for (const e of existing) if (e) done.edges.set(edgeId(e), e);
  return [...done.edges.values()];
}
