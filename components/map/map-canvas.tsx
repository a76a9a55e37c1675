import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MapGraph, NODE_HEIGHT, NODE_WIDTH } from '@/components/map/map-graph';
import { layeredLayout } from '@/lib/graph/layered-layout';
import type { MapNode } from '@/lib/graph/map-model';
import {
  type Box,
  centreOn,
  clampPan,
  clampScale,
  fitView,
  type Point,
  panBy,
  pinchView,
  revealBox,
  type Size,
  scaleRange,
  startView,
  type View,
  viewTransform,
  ZOOM_STEP,
  zoomBy,
} from '@/lib/graph/viewport';
import type { PrereqEdge } from '@/lib/types';

/** Space around the drawing, in map units, so edge strokes and focus rings are not cut. */
const PAD = 16;
/** Arrow keys move the map this far (four times with Shift). */
const PAN_STEP = 60;
/** Choosing a concept below this zoom also zooms in to it: at less, its label cannot be read. */
const READABLE = 0.6;
/** A press that moves less than this is a click, not a drag. */
const DRAG_SLOP = 4;

interface Props {
  nodes: MapNode[];
  edges: PrereqEdge[];
  selected?: string;
  /** A new object each time a concept is chosen (search, panel links), so it is shown even if already selected. */
  reveal?: { key: string };
  onSelect: (key: string) => void;
}

interface Drag {
  id: number;
  x: number;
  y: number;
  from: View;
  moved: boolean;
}

export function MapCanvas({ nodes, edges, selected, reveal, onSelect }: Props) {
  const layout = useMemo(
    () =>
      layeredLayout(
        nodes.map((n) => n.key),
        edges,
        { nodeWidth: NODE_WIDTH, nodeHeight: NODE_HEIGHT },
      ),
    [nodes, edges],
  );
  const content: Box = useMemo(
    () => ({ x: -PAD, y: -PAD, width: layout.width + 2 * PAD, height: layout.height + 2 * PAD }),
    [layout],
  );
  // The search only dims concepts; refit only when the set drawn changes.
  const drawn = useMemo(() => nodes.map((n) => n.key).join('\n'), [nodes]);

  const section = useRef<HTMLElement>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [view, setView] = useState<View | null>(null);
  // Still showing the opening view or the fitted map (no zoom or pan since): a resize or a new
  // filter recomputes it. null once the learner has moved the map.
  const auto = useRef<'start' | 'fit' | null>('start');
  const drag = useRef<Drag | null>(null);
  // Touch points down on the map (map-window coordinates), for a two-finger pinch.
  const fingers = useRef(new Map<number, Point>());
  const pinch = useRef<{ from: View; start: [Point, Point] } | null>(null);
  const swallowClick = useRef(false);
  const latest = useRef({ view, size, content, layout });
  latest.current = { view, size, content, layout };

  /** Applies a change to the view from the learner (zoom, pan, reveal). */
  const change = (make: (v: View, c: Box, s: Size) => View) => {
    const { view: v, content: c, size: s } = latest.current;
    if (!v || !s) return;
    const next = make(v, c, s);
    if (next.scale === v.scale && next.x === v.x && next.y === v.y) return;
    auto.current = null;
    // Several wheel or key events may arrive before the next render; each builds on the last.
    latest.current.view = next;
    setView(next);
  };
  const fitToWindow = () => {
    const { content: c, size: s } = latest.current;
    if (!s) return;
    auto.current = 'fit';
    const next = fitView(c, s);
    latest.current.view = next;
    setView(next);
  };
  const zoom = (factor: number, at?: { x: number; y: number }) =>
    change((v, c, s) => zoomBy(v, factor, at ?? { x: s.width / 2, y: s.height / 2 }, c, s));
  const nodeBox = (key: string): Box | undefined => {
    const p = latest.current.layout.nodes.get(key);
    return p && { x: p.x, y: p.y, width: NODE_WIDTH, height: NODE_HEIGHT };
  };

  // Measured before the first paint, so the map never shows at a wrong size first.
  useLayoutEffect(() => {
    const el = section.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      setSize((old) =>
        old && old.width === r.width && old.height === r.height ? old : { width: r.width, height: r.height },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    if (!size) return;
    const v = latest.current.view;
    const next =
      auto.current === 'fit'
        ? fitView(content, size)
        : auto.current === 'start' || !v
          ? startView(content, size)
          : clampPan({ ...v, scale: clampScale(v.scale, scaleRange(content, size)) }, content, size);
    latest.current.view = next;
    setView(next);
  }, [size, drawn]);

  // A concept chosen from the search or the panel is brought into view, zoomed in if unreadable.
  useEffect(() => {
    if (!reveal || !view || !size) return;
    const box = nodeBox(reveal.key);
    if (!box) return;
    change((v, c, s) =>
      v.scale < READABLE
        ? clampPan(centreOn({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, 1, s), c, s)
        : clampPan(revealBox(v, box, s), c, s),
    );
  }, [reveal, view === null]);

  // Wheel: added by hand to say passive: false (Preact cannot), since the listener cancels the
  // event so that Ctrl + wheel zooms the map, not the page, and a plain wheel pans it.
  useEffect(() => {
    const el = section.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        const r = el.getBoundingClientRect();
        zoom(Math.exp(-e.deltaY * unit * 0.002), { x: e.clientX - r.left, y: e.clientY - r.top });
        return;
      }
      e.preventDefault();
      // Shift + wheel scrolls sideways, as in a scrolled page.
      const dx = e.shiftKey && e.deltaX === 0 ? e.deltaY : e.deltaX;
      const dy = e.shiftKey && e.deltaX === 0 ? 0 : e.deltaY;
      change((v, c, s) => panBy(v, -dx * unit, -dy * unit, c, s));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const step = e.shiftKey ? 4 * PAN_STEP : PAN_STEP;
    const pan = (dx: number, dy: number) => change((v, c, s) => panBy(v, dx, dy, c, s));
    switch (e.key) {
      case 'ArrowLeft':
        pan(step, 0);
        break;
      case 'ArrowRight':
        pan(-step, 0);
        break;
      case 'ArrowUp':
        pan(0, step);
        break;
      case 'ArrowDown':
        pan(0, -step);
        break;
      case '+':
      case '=':
        zoom(ZOOM_STEP);
        break;
      case '-':
      case '_':
        zoom(1 / ZOOM_STEP);
        break;
      case '0':
        fitToWindow();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const local = (e: PointerEvent) => {
    const r = section.current!.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const onPointerDown = (e: PointerEvent) => {
    swallowClick.current = false;
    const v = latest.current.view;
    if (e.button !== 0 || !v) return;
    // Only touch pointers pinch; touch has implicit pointer capture, so each one's up event comes here.
    if (e.pointerType === 'touch') fingers.current.set(e.pointerId, local(e));
    if (fingers.current.size === 2) {
      // A second finger turns the drag into a pinch.
      const [a, b] = [...fingers.current.values()] as [Point, Point];
      pinch.current = { from: v, start: [a, b] };
      drag.current = null;
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
      return;
    }
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY, from: v, moved: false };
  };
  const onPointerMove = (e: PointerEvent) => {
    if (fingers.current.has(e.pointerId)) fingers.current.set(e.pointerId, local(e));
    const p = pinch.current;
    if (p && fingers.current.size >= 2) {
      const [a, b] = [...fingers.current.values()] as [Point, Point];
      change((_, c, s) => clampPan(pinchView(p.from, p.start, [a, b], scaleRange(c, s)), c, s));
      return;
    }
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (!d.moved) {
      if (Math.hypot(dx, dy) < DRAG_SLOP) return;
      d.moved = true;
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    }
    change((_, c, s) => clampPan({ ...d.from, x: d.from.x + dx, y: d.from.y + dy }, c, s));
  };
  const onPointerEnd = (e: PointerEvent) => {
    fingers.current.delete(e.pointerId);
    if (pinch.current) {
      // The pinch ends with its first lifted finger; the other does not start a drag.
      if (fingers.current.size < 2) pinch.current = null;
      swallowClick.current = true;
      return;
    }
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    drag.current = null;
    // The click that ends a drag must not also choose the concept under the pointer.
    swallowClick.current = d.moved;
  };

  const onFocusIn = (e: FocusEvent) => {
    const key = (e.target as Element).closest?.('g.node')?.getAttribute('data-key');
    const box = key ? nodeBox(key) : undefined;
    if (box) change((v, c, s) => clampPan(revealBox(v, box, s), c, s));
  };

  // The drawing is rebuilt only when the map or the selection changes, not on every pan and zoom.
  const select = useRef(onSelect);
  select.current = onSelect;
  const drawing = useMemo(
    () => (
      <MapGraph
        layout={layout}
        nodes={nodes}
        edges={edges}
        selected={selected}
        onSelect={(k) => select.current(k)}
      />
    ),
    [layout, nodes, edges, selected],
  );

  const range = size ? scaleRange(content, size) : { min: 0, max: Infinity };
  const percent = view ? Math.round(view.scale * 100) : 100;
  const atMax = view !== null && view.scale >= range.max - 1e-9;
  const atMin = view !== null && view.scale <= range.min + 1e-9;
  return (
    <section
      ref={section}
      class="canvas"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the map takes focus so arrow keys pan it and + / - zoom it.
      tabIndex={0}
      aria-label="Map canvas"
      aria-describedby="map-keys"
      onKeyDown={onKeyDown}
      onFocusIn={onFocusIn}
    >
      <p id="map-keys" class="visually-hidden">
        Arrow keys move the map, plus and minus zoom, 0 fits it to the window.
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a <fieldset> is for form fields; this groups three buttons. */}
      <div class="zoom" role="group" aria-label="Zoom">
        <button
          type="button"
          aria-label="Zoom out"
          title="Zoom out (−)"
          aria-disabled={atMin}
          onClick={() => zoom(1 / ZOOM_STEP)}
        >
          −
        </button>
        <output class="zoom-level" aria-label="Zoom level">
          {percent}%
        </output>
        <button
          type="button"
          aria-label="Zoom in"
          title="Zoom in (+)"
          aria-disabled={atMax}
          onClick={() => zoom(ZOOM_STEP)}
        >
          +
        </button>
        <button type="button" title="Fit the whole map in the window (0)" onClick={fitToWindow}>
          Fit map
        </button>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a <fieldset> cannot hold SVG; the group names the map for screen readers. */}
      <svg
        class="map-svg"
        role="group"
        aria-label={`Prerequisite map: ${nodes.length} concepts, ${edges.length} links`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onClickCapture={(e) => {
          if (!swallowClick.current) return;
          swallowClick.current = false;
          e.stopPropagation();
        }}
      >
        <g class="viewport" transform={view ? viewTransform(view) : undefined}>
          {drawing}
        </g>
      </svg>
    </section>
  );
}
