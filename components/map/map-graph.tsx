import type { Layout } from '@/lib/graph/layered-layout';
import type { MapNode } from '@/lib/graph/map-model';
import type { PrereqEdge } from '@/lib/types';

/** A concept's box on the map. */
export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 30;
const W = NODE_WIDTH;
const H = NODE_HEIGHT;

/** Colour is never the only signal: every status also has a marker and words in the label. */
export const STATUS_MARK: Record<MapNode['status'], string> = {
  mastered: '✓',
  learning: '◐',
  gap: '!',
  new: '○',
};

export function describeNode(n: MapNode): string {
  const parts: string[] = [n.status === 'new' ? 'not started' : n.status];
  if (n.gap && n.status !== 'gap') parts.push('gap');
  if (n.frontier) parts.push('ready to learn');
  return `${n.label}: ${parts.join(', ')}`;
}

interface Props {
  layout: Layout;
  nodes: MapNode[];
  edges: PrereqEdge[];
  selected?: string;
  onSelect: (key: string) => void;
}

/** The concepts and links, in map coordinates; MapCanvas pans and zooms them. */
export function MapGraph({ layout, nodes, edges, selected, onSelect }: Props) {
  const near = new Set<string>();
  if (selected) {
    for (const e of edges) {
      if (e.from === selected) near.add(e.to);
      if (e.to === selected) near.add(e.from);
    }
  }
  return (
    <>
      <g class="edges">
        {edges.map((e) => {
          const a = layout.nodes.get(e.from);
          const b = layout.nodes.get(e.to);
          if (!a || !b) return null;
          const x1 = a.x + W;
          const y1 = a.y + H / 2;
          const x2 = b.x;
          const y2 = b.y + H / 2;
          const mid = (x1 + x2) / 2;
          const hot = selected !== undefined && (e.from === selected || e.to === selected);
          return (
            <path
              key={`${e.from}>${e.to}`}
              class={hot ? 'edge hot' : 'edge'}
              d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`}
              stroke-opacity={hot ? 1 : 0.08 + 0.3 * e.confidence}
            />
          );
        })}
      </g>
      <g class="nodes">
        {nodes.map((n) => {
          const p = layout.nodes.get(n.key);
          if (!p) return null;
          const cls = [
            'node',
            `st-${n.status}`,
            n.frontier ? 'frontier' : '',
            n.gap ? 'gap' : '',
            n.match ? '' : 'dim',
            n.key === selected ? 'selected' : '',
            near.has(n.key) ? 'near' : '',
          ]
            .filter(Boolean)
            .join(' ');
          // The marks and the ellipsis are decoration: the visible words stay a part of the
          // accessible name (WCAG 2.5.3, label in name).
          // A long label is squeezed into the box rather than cut, so what shows is the whole name.
          const room = n.frontier ? 19 : 21;
          const squeeze =
            n.label.length > room ? { textLength: W - 34, lengthAdjust: 'spacingAndGlyphs' } : {};
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; role and key handling make it one.
            <g
              key={n.key}
              class={cls}
              transform={`translate(${p.x},${p.y})`}
              // Lower case: Preact sets SVG attributes as written and SVG names are case-sensitive,
              // so `tabIndex` left every concept out of the keyboard's reach.
              tabindex={0}
              role="button"
              aria-pressed={n.key === selected}
              aria-label={describeNode(n)}
              data-key={n.key}
              onClick={() => onSelect(n.key)}
              onKeyDown={(ev) => {
                if (ev.key === 'Enter' || ev.key === ' ') {
                  ev.preventDefault();
                  onSelect(n.key);
                }
              }}
            >
              <title>{describeNode(n)}</title>
              <rect width={W} height={H} rx={n.kind === 'api' ? 3 : n.kind === 'vocab' ? 15 : 8} />
              <text x={10} y={H / 2 + 4}>
                {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the tspan is not focusable (its <g> is); the mark is decoration, spoken in the name instead. */}
                <tspan aria-hidden="true">{STATUS_MARK[n.status]} </tspan>
                <tspan {...squeeze}>{n.label}</tspan>
                {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: as above, decoration only. */}
                {n.frontier && <tspan aria-hidden="true"> ▸</tspan>}
              </text>
            </g>
          );
        })}
      </g>
    </>
  );
}
