import { useEffect, useMemo, useState } from 'preact/hooks';
import { ConceptPanel } from '@/components/map/concept-panel';
import { MapCanvas } from '@/components/map/map-canvas';
import { Legend, MapToolbar } from '@/components/map/map-toolbar';
import { isHttpUrl } from '@/lib/data/http-url';
import { buildMapModel, MAP_LIMIT, type MapData, type MapFilters } from '@/lib/graph/map-model';

interface Props {
  /** Everything the map shows (the page asks the background, which owns the database). */
  load: () => Promise<MapData>;
  /**
   * Where "Quiz me on this" goes: the popup reads ?concept= and ?page= (a page the concept was read
   * on). The page is named because the map's own tab is the active one: the popup must not look
   * for its page there.
   */
  quizUrl?: (key: string, pageUrl?: string) => string;
  onFirstPaint?: () => void;
}

export function MapApp({
  load,
  quizUrl = (k, page) =>
    `/popup.html?concept=${encodeURIComponent(k)}${page ? `&page=${encodeURIComponent(page)}` : ''}`,
  onFirstPaint,
}: Props) {
  const [data, setData] = useState<MapData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filters, setFilters] = useState<MapFilters>({ query: '', site: '', lang: '', kind: '' });
  const [selected, setSelected] = useState<string | undefined>(() => {
    const k = new URLSearchParams(location.search).get('concept');
    return k ?? undefined;
  });

  useEffect(() => {
    load().then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [load]);

  const model = useMemo(() => (data ? buildMapModel(data, filters) : null), [data, filters]);

  useEffect(() => {
    if (model) requestAnimationFrame(() => onFirstPaint?.());
  }, [model !== null]);

  // A new object on every choice, so the map shows the concept even when it was already selected.
  const [reveal, setReveal] = useState(() => (selected ? { key: selected } : undefined));
  const select = (key: string) => {
    setSelected(key);
    setReveal({ key });
  };

  if (error) return <p role="alert">Could not open the map: {error}</p>;
  if (!model || !data) return <p class="muted loading">Loading your map…</p>;
  const node = model.nodes.find((n) => n.key === selected);
  const counts = {
    mastered: model.nodes.filter((n) => n.status === 'mastered').length,
    frontier: model.nodes.filter((n) => n.frontier).length,
    gaps: model.nodes.filter((n) => n.gap).length,
  };
  return (
    <div class="map-app">
      <header>
        <h1>Your prerequisite map</h1>
        <p class="summary">
          {model.nodes.length} concepts
          {model.total > MAP_LIMIT ? ` (the ${MAP_LIMIT} most read of ${model.total})` : ''} ·{' '}
          {model.edges.length} links · {counts.mastered} mastered · {counts.frontier} ready · {counts.gaps}{' '}
          gaps
        </p>
        <MapToolbar
          filters={filters}
          sites={model.sites}
          langs={model.langs}
          onChange={setFilters}
          onSearchEnter={() => {
            const first = model.nodes.find((n) => n.match);
            if (first && filters.query) select(first.key);
          }}
        />
        <Legend />
      </header>
      <main class="map-main">
        {model.nodes.length === 0 ? (
          <section class="canvas" aria-label="Map canvas">
            <p class="muted empty">No concepts yet. Read a page with Rung switched on, then come back.</p>
          </section>
        ) : (
          <MapCanvas
            nodes={model.nodes}
            edges={model.edges}
            selected={selected}
            reveal={reveal}
            onSelect={select}
          />
        )}
        {node && (
          <ConceptPanel
            node={node}
            data={data}
            graph={model.graph}
            onSelect={select}
            onQuiz={(k) =>
              location.assign(
                quizUrl(k, data.occurrences.find((o) => o.conceptKey === k && isHttpUrl(o.pageUrl))?.pageUrl),
              )
            }
          />
        )}
      </main>
    </div>
  );
}
