import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import type { PrereqEdge } from '@/lib/types';

export function edge(from: string, to: string, confidence = 0.5, source = 'test'): PrereqEdge {
  return { from, to, confidence, evidence: [{ source, detail: `${from} before ${to}` }] };
}

/** Independent acyclicity check (Kahn), not using the graph's own order. */
export function isAcyclic(graph: PrereqGraph): boolean {
  const indegree = new Map<string, number>();
  const out = new Map<string, string[]>();
  for (const n of graph.nodes()) indegree.set(n, 0);
  for (const e of graph.edges()) {
    indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
    out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  }
  const ready = [...indegree].filter(([, d]) => d === 0).map(([n]) => n);
  let seen = 0;
  while (ready.length > 0) {
    const n = ready.pop()!;
    seen++;
    for (const m of out.get(n) ?? []) {
      const d = indegree.get(m)! - 1;
      indegree.set(m, d);
      if (d === 0) ready.push(m);
    }
  }
  return seen === indegree.size;
}
