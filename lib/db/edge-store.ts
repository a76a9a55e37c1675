import { edgesCyclesMayUse } from '@/lib/db/edges-on-cycles';
import { inferInputForPage } from '@/lib/db/infer-input';
import type { RungDatabase } from '@/lib/db/schema';
import { InferContext } from '@/lib/graph/infer/infer-context';
import { staleEdges } from '@/lib/graph/infer/stale-edges';
import { inferEdgesForPage } from '@/lib/graph/infer-edges-for-page';
import { edgeId } from '@/lib/graph/merge-edge';
import { type EdgeConflict, PrereqGraph } from '@/lib/graph/prereq-graph';
import type { PrereqEdge } from '@/lib/types';

export interface StoreEdgesResult {
  /** Edges written (new, or merged with what was stored). */
  stored: PrereqEdge[];
  /** Offered edges that met a cycle, and what was kept. */
  conflicts: EdgeConflict[];
}

/** Loads the whole map. Stored edges are acyclic by construction; a cycle (older build, manual edit) is repaired in memory. */
export async function loadGraph(
  db: RungDatabase,
): Promise<{ graph: PrereqGraph; conflicts: EdgeConflict[] }> {
  return PrereqGraph.fromEdges(await db.edges.toArray());
}

/**
 * Adds edges to the stored map in one transaction, keeping it a strict partial order across
 * pages: the part of the map any cycle through the new edges would run through is loaded inside
 * the transaction (lib/db/edges-on-cycles.ts), so no concurrent writer can slip a cycle in
 * between. Strongest evidence is offered first so that, in a conflict among the new edges
 * themselves, the weaker one loses.
 */
export async function storeEdges(
  db: RungDatabase,
  edges: readonly PrereqEdge[],
  options: { remove?: readonly PrereqEdge[] } = {},
): Promise<StoreEdgesResult> {
  return db.transaction('rw', db.edges, async () => {
    const { graph, conflicts: repaired } = PrereqGraph.fromEdges(await edgesCyclesMayUse(db, edges));
    for (const e of options.remove ?? []) graph.removeEdge(e.from, e.to);
    const result = addToGraph(graph, edges);
    const dropped = [
      ...(options.remove ?? []),
      ...[...repaired, ...result.conflicts].flatMap((c) => c.dropped),
    ];
    const keep = new Set(result.stored.map((e) => edgeId(e)));
    const toDelete = dropped
      .filter((e) => !keep.has(edgeId(e)))
      .map((e) => [e.from, e.to] as [string, string]);
    if (toDelete.length > 0) await db.edges.bulkDelete(toDelete);
    if (result.stored.length > 0) await db.edges.bulkPut(result.stored);
    return { stored: result.stored, conflicts: [...repaired, ...result.conflicts] };
  });
}

/** The in-memory half of storeEdges, for a caller that keeps the graph loaded. */
export function addToGraph(graph: PrereqGraph, edges: readonly PrereqEdge[]): StoreEdgesResult {
  const conflicts: EdgeConflict[] = [];
  const stored = new Map<string, PrereqEdge>();
  for (const e of [...edges].sort((a, b) => b.confidence - a.confidence)) {
    const r = graph.addEdge(e);
    if (r.conflict) conflicts.push(r.conflict);
    for (const d of r.conflict?.dropped ?? []) stored.delete(edgeId(d));
    if (r.edge) stored.set(edgeId(r.edge), r.edge);
  }
  return { stored: [...stored.values()], conflicts };
}

/**
 * Writes edges as they are, without the cycle check of storeEdges: only for edges that cannot
 * close a cycle (stored ones whose confidence changed with learner evidence; a benchmark's
 * edges that all point forward).
 */
export async function putEdges(db: RungDatabase, edges: readonly PrereqEdge[]): Promise<void> {
  if (edges.length > 0) await db.edges.bulkPut([...edges]);
}

/**
 * What the background worker calls after saving a page: reads what the page needs through indexes
 * (lib/db/infer-input.ts), infers edges, drops the stored ones the reading order now contradicts
 * and stores the rest.
 */
export async function inferAndStoreForPage(db: RungDatabase, pageUrl: string): Promise<StoreEdgesResult> {
  const found = await inferInputForPage(db, pageUrl);
  if (!found) return { stored: [], conflicts: [] };
  const ctx = new InferContext(found.input);
  const edges = inferEdgesForPage(ctx);
  const remove = staleEdges(ctx, found.touching);
  return storeEdges(db, edges, { remove });
}
