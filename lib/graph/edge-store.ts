import type { RungDatabase } from '@/lib/db/schema';
import { InferContext } from '@/lib/graph/infer/infer-context';
import { staleEdges } from '@/lib/graph/infer/stale-edges';
import { inferEdgesForPage } from '@/lib/graph/infer-edges-for-page';
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
 * pages: the whole map is loaded inside the transaction so no concurrent writer can slip a
 * cycle in between. Strongest evidence is offered first so that, in a conflict among the new
 * edges themselves, the weaker one loses.
 */
export async function storeEdges(
  db: RungDatabase,
  edges: readonly PrereqEdge[],
  options: { remove?: readonly PrereqEdge[] } = {},
): Promise<StoreEdgesResult> {
  return db.transaction('rw', db.edges, async () => {
    const { graph, conflicts: repaired } = PrereqGraph.fromEdges(await db.edges.toArray());
    for (const e of options.remove ?? []) graph.removeEdge(e.from, e.to);
    const result = addToGraph(graph, edges);
    const dropped = [
      ...(options.remove ?? []),
      ...[...repaired, ...result.conflicts].flatMap((c) => c.dropped),
    ];
    const keep = new Set(result.stored.map((e) => `${e.from}\u0000${e.to}`));
    const toDelete = dropped
      .filter((e) => !keep.has(`${e.from}\u0000${e.to}`))
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
    for (const d of r.conflict?.dropped ?? []) stored.delete(`${d.from}\u0000${d.to}`);
    if (r.edge) stored.set(`${r.edge.from}\u0000${r.edge.to}`, r.edge);
  }
  return { stored: [...stored.values()], conflicts };
}

/** Writes edges whose confidence changed (learner evidence); the shape is unchanged. */
export async function saveAdjustedEdges(db: RungDatabase, edges: readonly PrereqEdge[]): Promise<void> {
  if (edges.length > 0) await db.edges.bulkPut([...edges]);
}

/**
 * What the background worker calls after saving a page: gathers the page, its concepts, where
 * else they occur and the other pages read, infers edges and stores them.
 */
export async function inferAndStoreForPage(db: RungDatabase, pageUrl: string): Promise<StoreEdgesResult> {
  const page = await db.pages.get(pageUrl);
  if (!page) return { stored: [], conflicts: [] };
  const [concepts, touching, pages] = await Promise.all([
    db.concepts.toArray(),
    db.edges.where('from').anyOf(page.conceptKeys).or('to').anyOf(page.conceptKeys).toArray(),
    db.pages.toArray(),
  ]);
  // Where each concept was first met, for the page's concepts and the other ends of their edges.
  const keys = new Set(page.conceptKeys);
  for (const e of touching) {
    keys.add(e.from);
    keys.add(e.to);
  }
  const partial = await db.occurrences
    .where('conceptKey')
    .anyOf([...keys])
    .toArray();
  // A concept named on this page but not extracted here was met elsewhere: a first pass finds
  // which ones the rules use, so only their occurrences need loading before the real pass.
  const used = new Set<string>();
  for (const e of inferEdgesForPage({ page, concepts, occurrences: partial, pages })) {
    if (!keys.has(e.from)) used.add(e.from);
    if (!keys.has(e.to)) used.add(e.to);
  }
  const extra =
    used.size > 0
      ? await db.occurrences
          .where('conceptKey')
          .anyOf([...used])
          .toArray()
      : [];
  const input = { page, concepts, occurrences: [...partial, ...extra], pages };
  const edges = inferEdgesForPage(input);
  const remove = staleEdges(new InferContext(input), touching);
  return storeEdges(db, edges, { remove });
}
