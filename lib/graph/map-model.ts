import { frontier } from '@/lib/graph/frontier';
import { PrereqGraph } from '@/lib/graph/prereq-graph';
import type {
  ConceptKind,
  GapRecord,
  MasteryRecord,
  MasteryStatus,
  Occurrence,
  PrereqEdge,
  StoredConcept,
  StoredPage,
} from '@/lib/types';

/** Everything the map view reads from the database. */
export interface MapData {
  pages: StoredPage[];
  concepts: StoredConcept[];
  occurrences: Occurrence[];
  edges: PrereqEdge[];
  mastery: MasteryRecord[];
  gaps: GapRecord[];
}

export interface MapFilters {
  /** Case-insensitive substring of the label or an alias; '' for all. */
  query: string;
  /** Hostname; '' for all. */
  site: string;
  lang: string;
  kind: ConceptKind | '';
}

export interface MapNode {
  key: string;
  label: string;
  kind: ConceptKind;
  lang: string;
  status: MasteryStatus;
  /** Unmastered, and every prerequisite mastered: ready to learn. */
  frontier: boolean;
  /** Marked as a gap (status, or an open gap record behind some failure). */
  gap: boolean;
  /** Matches the search query (always true when there is none). */
  match: boolean;
}

export interface MapModel {
  nodes: MapNode[];
  edges: PrereqEdge[];
  /** Concepts passing the site/language/kind filters, before the size cap. */
  total: number;
  sites: string[];
  langs: string[];
  graph: PrereqGraph;
}

/** Past this, a layered drawing stops being readable; search and filters narrow it down. */
export const MAP_LIMIT = 500;

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Builds what the map draws: filtered concepts in topological order, their edges and flags. */
export function buildMapModel(data: MapData, filters: MapFilters, limit = MAP_LIMIT): MapModel {
  const { graph } = PrereqGraph.fromEdges(data.edges);
  const status = new Map(data.mastery.map((m) => [m.conceptKey, m.status]));
  const openGaps = new Set(data.gaps.filter((g) => g.closedAt === undefined).map((g) => g.conceptKey));
  const sitesOf = new Map<string, Set<string>>();
  const weight = new Map<string, number>();
  for (const o of data.occurrences) {
    const set = sitesOf.get(o.conceptKey) ?? new Set<string>();
    set.add(hostOf(o.pageUrl));
    sitesOf.set(o.conceptKey, set);
    weight.set(o.conceptKey, (weight.get(o.conceptKey) ?? 0) + o.score);
  }
  const q = filters.query.trim().toLowerCase();
  const passing = data.concepts.filter(
    (c) =>
      (!filters.site || sitesOf.get(c.key)?.has(filters.site)) &&
      (!filters.lang || c.lang === filters.lang) &&
      (!filters.kind || c.kind === filters.kind),
  );
  const kept = [...passing]
    .sort((a, b) => (weight.get(b.key) ?? 0) - (weight.get(a.key) ?? 0))
    .slice(0, limit)
    .sort((a, b) => graph.rank(a.key) - graph.rank(b.key) || a.key.localeCompare(b.key));
  const keys = new Set(kept.map((c) => c.key));
  const isMastered = (k: string) => status.get(k) === 'mastered';
  const ready = new Set(frontier(graph, isMastered, { among: keys }));
  const nodes: MapNode[] = kept.map((c) => {
    const s = status.get(c.key) ?? 'new';
    return {
      key: c.key,
      label: c.label,
      kind: c.kind,
      lang: c.lang,
      status: s,
      frontier: ready.has(c.key),
      gap: s === 'gap' || openGaps.has(c.key),
      match: q === '' || [c.label, ...c.aliases].some((l) => l.toLowerCase().includes(q)),
    };
  });
  const edges = [...graph.edges()].filter((e) => keys.has(e.from) && keys.has(e.to));
  const allSites = new Set<string>();
  for (const s of sitesOf.values()) for (const h of s) if (h) allSites.add(h);
  return {
    nodes,
    edges,
    total: passing.length,
    sites: [...allSites].sort(),
    langs: [...new Set(data.concepts.map((c) => c.lang))].sort(),
    graph,
  };
}
