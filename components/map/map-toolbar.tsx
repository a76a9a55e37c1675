import type { MapFilters } from '@/lib/graph/map-model';
import type { ConceptKind } from '@/lib/types';

interface Props {
  filters: MapFilters;
  sites: string[];
  langs: string[];
  onChange: (f: MapFilters) => void;
  onSearchEnter: () => void;
}

export function MapToolbar({ filters, sites, langs, onChange, onSearchEnter }: Props) {
  return (
    <div class="toolbar">
      <label>
        <span>Search</span>
        <input
          type="search"
          value={filters.query}
          placeholder="concept…"
          onInput={(e) => onChange({ ...filters, query: e.currentTarget.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onSearchEnter();
          }}
        />
      </label>
      <label>
        <span>Site</span>
        <select value={filters.site} onChange={(e) => onChange({ ...filters, site: e.currentTarget.value })}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Language</span>
        <select value={filters.lang} onChange={(e) => onChange({ ...filters, lang: e.currentTarget.value })}>
          <option value="">All languages</option>
          {langs.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Kind</span>
        <select
          value={filters.kind}
          onChange={(e) => onChange({ ...filters, kind: e.currentTarget.value as ConceptKind | '' })}
        >
          <option value="">All kinds</option>
          <option value="term">Terms</option>
          <option value="api">API</option>
          <option value="vocab">Vocabulary</option>
        </select>
      </label>
    </div>
  );
}

export function Legend() {
  return (
    <ul class="legend" aria-label="Legend">
      <li>
        <span class="swatch st-mastered">✓</span> mastered
      </li>
      <li>
        <span class="swatch st-learning">◐</span> learning
      </li>
      <li>
        <span class="swatch st-gap">!</span> gap
      </li>
      <li>
        <span class="swatch st-new">○</span> not started
      </li>
      <li>
        <span class="swatch frontier">▸</span> ready to learn (frontier)
      </li>
    </ul>
  );
}
