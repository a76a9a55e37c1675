import { KeyHeap } from '@/lib/graph/key-heap';
import { clampConfidence, mergeEdge } from '@/lib/graph/merge-edge';
import type { EdgeEvidence, PrereqEdge } from '@/lib/types';

/** What happened when an offered edge would have closed a cycle. */
export interface EdgeConflict {
  offered: PrereqEdge;
  /**
   * 'rejected': the edges on the cycle were at least as strong, the offered edge was not added.
   * 'replaced': the offered edge was stronger; the weakest edges of the cycle were dropped.
   */
  outcome: 'rejected' | 'replaced';
  /** The path `offered.to → … → offered.from` that the offered edge would have closed. */
  cycle: PrereqEdge[];
  /** Edges removed from the graph to make room (empty when rejected). */
  dropped: PrereqEdge[];
}

export interface AddEdgeResult {
  /** The edge as now stored (merged with what was there), or undefined when rejected. */
  edge?: PrereqEdge;
  conflict?: EdgeConflict;
}

/** Safety valve: an offered edge that would need more removals than this is simply rejected. */
const MAX_DROPS_PER_INSERT = 8;

/**
 * The prerequisite map: a strict partial order kept as a DAG. It maintains a topological order
 * incrementally (Pearce & Kelly 2006), so most insertions are O(1) (the edge already agrees with
 * the order) and the others only search the region of the order between the two ends — this is
 * what keeps inserting 50,000 edges among 10,000 concepts fast.
 */
export class PrereqGraph {
  private readonly out = new Map<string, Map<string, PrereqEdge>>();
  private readonly inn = new Map<string, Map<string, PrereqEdge>>();
  private readonly ord = new Map<string, number>();
  private nextOrd = 0;
  private edgeTotal = 0;

  /** Builds a graph from stored edges; a cycle in the input is resolved by keeping the strongest. */
  static fromEdges(edges: Iterable<PrereqEdge>): { graph: PrereqGraph; conflicts: EdgeConflict[] } {
    const list = [...edges];
    const graph = new PrereqGraph();
    // Fast path for what the store holds (already acyclic): one Kahn pass gives the order.
    if (graph.loadAcyclic(list)) return { graph, conflicts: [] };
    const fresh = new PrereqGraph();
    const conflicts: EdgeConflict[] = [];
    const strongestFirst = [...list].sort((a, b) => b.confidence - a.confidence);
    for (const e of strongestFirst) {
      const r = fresh.addEdge(e);
      if (r.conflict) conflicts.push(r.conflict);
    }
    return { graph: fresh, conflicts };
  }

  get nodeCount(): number {
    return this.ord.size;
  }

  get edgeCount(): number {
    return this.edgeTotal;
  }

  hasNode(key: string): boolean {
    return this.ord.has(key);
  }

  addNode(key: string): void {
    if (this.ord.has(key)) return;
    this.ord.set(key, this.nextOrd++);
    this.out.set(key, new Map());
    this.inn.set(key, new Map());
  }

  nodes(): IterableIterator<string> {
    return this.ord.keys();
  }

  *edges(): IterableIterator<PrereqEdge> {
    for (const m of this.out.values()) yield* m.values();
  }

  edge(from: string, to: string): PrereqEdge | undefined {
    return this.out.get(from)?.get(to);
  }

  /** Direct prerequisites of `key` (edges into it). */
  prerequisiteEdges(key: string): IterableIterator<PrereqEdge> {
    return (this.inn.get(key) ?? new Map<string, PrereqEdge>()).values();
  }

  /** Direct dependants of `key` (edges out of it). */
  dependantEdges(key: string): IterableIterator<PrereqEdge> {
    return (this.out.get(key) ?? new Map<string, PrereqEdge>()).values();
  }

  /** Position in a topological order: prerequisites always have a smaller rank. */
  rank(key: string): number {
    return this.ord.get(key) ?? Number.POSITIVE_INFINITY;
  }

  /** All nodes, prerequisites before what needs them. */
  topologicalOrder(): string[] {
    return [...this.ord.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k);
  }

  /**
   * Adds `from → to` (from is a prerequisite of to). An existing edge is merged; one that would
   * close a cycle keeps the stronger evidence: if the offered edge is stronger than the weakest
   * edge on every path back, those weakest edges are dropped; otherwise it is rejected.
   */
  addEdge(offered: PrereqEdge): AddEdgeResult {
    const { from, to } = offered;
    const incoming: PrereqEdge = { ...offered, confidence: clampConfidence(offered.confidence) };
    if (from === to) {
      return { conflict: { offered: incoming, outcome: 'rejected', cycle: [], dropped: [] } };
    }
    this.addNode(from);
    this.addNode(to);
    const existing = this.edge(from, to);
    if (existing) {
      const merged = mergeEdge(existing, incoming);
      this.put(merged);
      return { edge: merged };
    }
    const ub = this.ord.get(from)!;
    const lb = this.ord.get(to)!;
    if (lb > ub) {
      this.put(incoming);
      return { edge: incoming };
    }
    // `to` precedes `from` in the order: a cycle is possible. Find paths back, simulating drops.
    const removed = new Set<PrereqEdge>();
    let firstCycle: PrereqEdge[] | undefined;
    for (;;) {
      const path = this.findPath(to, from, ub, removed);
      if (!path) break;
      firstCycle ??= path;
      let weakest = path[0]!;
      for (const e of path) if (e.confidence < weakest.confidence) weakest = e;
      if (weakest.confidence >= incoming.confidence || removed.size >= MAX_DROPS_PER_INSERT) {
        return { conflict: { offered: incoming, outcome: 'rejected', cycle: path, dropped: [] } };
      }
      removed.add(weakest);
    }
    for (const e of removed) this.removeEdge(e.from, e.to);
    this.reorder(from, to);
    this.put(incoming);
    if (!firstCycle) return { edge: incoming };
    return {
      edge: incoming,
      conflict: { offered: incoming, outcome: 'replaced', cycle: firstCycle, dropped: [...removed] },
    };
  }

  removeEdge(from: string, to: string): PrereqEdge | undefined {
    const e = this.out.get(from)?.get(to);
    if (!e) return undefined;
    this.out.get(from)!.delete(to);
    this.inn.get(to)!.delete(from);
    this.edgeTotal--;
    return e;
  }

  /** Changes an edge's confidence (learner evidence); never changes the shape, so stays acyclic. */
  adjustEdge(from: string, to: string, confidence: number, evidence?: EdgeEvidence): PrereqEdge | undefined {
    const e = this.edge(from, to);
    if (!e) return undefined;
    const updated: PrereqEdge = {
      ...e,
      confidence: clampConfidence(confidence),
      evidence: evidence ? [...e.evidence, evidence].slice(-12) : e.evidence,
    };
    this.put(updated);
    return updated;
  }

  private put(e: PrereqEdge): void {
    const outs = this.out.get(e.from)!;
    if (!outs.has(e.to)) this.edgeTotal++;
    outs.set(e.to, e);
    this.inn.get(e.to)!.set(e.from, e);
  }

  /** DFS from `start` to `goal` inside the order window [ord(start), ub], ignoring `removed`. */
  private findPath(
    start: string,
    goal: string,
    ub: number,
    removed: Set<PrereqEdge>,
  ): PrereqEdge[] | undefined {
    const via = new Map<string, PrereqEdge | null>([[start, null]]);
    const stack = [start];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n === goal) {
        const path: PrereqEdge[] = [];
        for (let e = via.get(goal); e; e = via.get(e.from)) path.push(e);
        return path.reverse();
      }
      for (const e of this.out.get(n)!.values()) {
        if (removed.has(e) || via.has(e.to)) continue;
        if (this.ord.get(e.to)! > ub) continue;
        via.set(e.to, e);
        stack.push(e.to);
      }
    }
    return undefined;
  }

  /** Pearce–Kelly reorder after adding from → to when ord(to) < ord(from) and no cycle exists. */
  private reorder(from: string, to: string): void {
    const ub = this.ord.get(from)!;
    const lb = this.ord.get(to)!;
    const forward = this.collect(
      to,
      (n) => this.out.get(n)!.keys(),
      (o) => o <= ub,
    );
    const backward = this.collect(
      from,
      (n) => this.inn.get(n)!.keys(),
      (o) => o >= lb,
    );
    const byOrd = (a: string, b: string) => this.ord.get(a)! - this.ord.get(b)!;
    forward.sort(byOrd);
    backward.sort(byOrd);
    const slots = [...forward, ...backward].map((k) => this.ord.get(k)!).sort((a, b) => a - b);
    [...backward, ...forward].forEach((k, i) => {
      this.ord.set(k, slots[i]!);
    });
  }

  private collect(
    start: string,
    next: (n: string) => Iterable<string>,
    inWindow: (o: number) => boolean,
  ): string[] {
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length > 0) {
      const n = stack.pop()!;
      for (const m of next(n)) {
        if (seen.has(m) || !inWindow(this.ord.get(m)!)) continue;
        seen.add(m);
        stack.push(m);
      }
    }
    return [...seen];
  }

  /** Loads edges in O(V+E) if they form a DAG; returns false (graph left partial) otherwise. */
  private loadAcyclic(edges: PrereqEdge[]): boolean {
    for (const e of edges) {
      if (e.from === e.to) return false;
      this.addNode(e.from);
      this.addNode(e.to);
      if (this.edge(e.from, e.to)) this.put(mergeEdge(this.edge(e.from, e.to)!, e));
      else this.put({ ...e, confidence: clampConfidence(e.confidence) });
    }
    // Kahn's algorithm taking the smallest ready key first, so the order is a function of the
    // edges alone: on a part of the map closed under prerequisites it is the same as on the whole
    // map, which lets an answer load only the part it needs (lib/db/graph-around.ts) and still
    // rank ties exactly as the whole map would.
    const indegree = new Map<string, number>();
    const ready = new KeyHeap();
    for (const [k, m] of this.inn) {
      indegree.set(k, m.size);
      if (m.size === 0) ready.push(k);
    }
    let next = 0;
    for (let n = ready.pop(); n !== undefined; n = ready.pop()) {
      this.ord.set(n, next++);
      for (const m of this.out.get(n)!.keys()) {
        const d = indegree.get(m)! - 1;
        indegree.set(m, d);
        if (d === 0) ready.push(m);
      }
    }
    this.nextOrd = next;
    return next === this.ord.size;
  }
}
