/**
 * Geometry of the map view's pan and zoom, with no browser API so it can be tested in Node.
 *
 * A view maps a map point p to the screen point p * scale + (x, y), in CSS pixels relative to the
 * map's window (its top-left corner is 0, 0).
 */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Largest zoom: node labels are 12 px, so 300% is already 36 px text. */
export const MAX_SCALE = 3;
/** Smallest zoom for maps that fit well above it; a larger map may zoom out further, to its fit. */
export const MIN_SCALE = 0.25;
/** Space kept between the map and the window's edge when fitted, and the least of the map kept in view. */
export const MARGIN = 16;
/** One press of a zoom button or of + / -. */
export const ZOOM_STEP = 1.25;

export interface ScaleRange {
  min: number;
  max: number;
}

/** The scale at which `content` fits in `viewport` with `margin` on every side (never above 1). */
export function fitScale(content: Box, viewport: Size, margin = MARGIN): number {
  const w = Math.max(1, viewport.width - 2 * margin);
  const h = Math.max(1, viewport.height - 2 * margin);
  const s = Math.min(1, w / Math.max(1, content.width), h / Math.max(1, content.height));
  return Math.max(s, 1e-3);
}

/** The zoom range for this map: [MIN_SCALE, MAX_SCALE], widened downwards so "fit" is always reachable. */
export function scaleRange(content: Box, viewport: Size, margin = MARGIN): ScaleRange {
  return { min: Math.min(MIN_SCALE, fitScale(content, viewport, margin)), max: MAX_SCALE };
}

export function clampScale(scale: number, range: ScaleRange): number {
  return Math.min(range.max, Math.max(range.min, scale));
}

/** One axis of `clampPan`: where the content's near edge may be on screen. */
function clampAxis(offset: number, start: number, length: number, span: number, margin: number): number {
  // Content smaller than the window stays wholly inside it; larger content keeps covering it.
  const a = margin - start;
  const b = span - margin - length - start;
  return Math.min(Math.max(a, b), Math.max(Math.min(a, b), offset));
}

/**
 * Keeps the map where the learner can find it: a map that fits stays inside the window (with
 * `margin`), and a map larger than the window is never panned so far that its edge leaves more
 * than `margin` of empty window.
 */
export function clampPan(view: View, content: Box, viewport: Size, margin = MARGIN): View {
  const s = view.scale;
  return {
    scale: s,
    x: clampAxis(view.x, content.x * s, content.width * s, viewport.width, margin),
    y: clampAxis(view.y, content.y * s, content.height * s, viewport.height, margin),
  };
}

/** Shows the whole of `content`, centred, at 100% when it fits and smaller when it does not. */
export function fitView(content: Box, viewport: Size, margin = MARGIN): View {
  const scale = fitScale(content, viewport, margin);
  return {
    scale,
    x: (viewport.width - content.width * scale) / 2 - content.x * scale,
    y: (viewport.height - content.height * scale) / 2 - content.y * scale,
  };
}

/** Below this scale a fitted map's labels cannot be read. */
export const READABLE_SCALE = 0.5;

/**
 * The view a map opens with: the whole map when it can be read that way; otherwise the start of
 * the chain (the left edge: prerequisites come first) at a readable scale, since a long tutorial's
 * map fitted to the window is a strip of boxes too small to read. "Fit map" still shows it all.
 */
export function startView(content: Box, viewport: Size, margin = MARGIN): View {
  const fit = fitView(content, viewport, margin);
  if (fit.scale >= READABLE_SCALE) return fit;
  const s = READABLE_SCALE;
  const tall = content.height * s > viewport.height - 2 * margin;
  return clampPan(
    {
      scale: s,
      x: margin - content.x * s,
      y: tall ? margin - content.y * s : (viewport.height - content.height * s) / 2 - content.y * s,
    },
    content,
    viewport,
    margin,
  );
}

/** Zooms to `scale` keeping the map point under the screen point `at` where it is. */
export function zoomAbout(view: View, scale: number, at: Point): View {
  const mx = (at.x - view.x) / view.scale;
  const my = (at.y - view.y) / view.scale;
  return { scale, x: at.x - mx * scale, y: at.y - my * scale };
}

/**
 * Zooms by `factor` about `at`, within `range`, then keeps the map in view. The point under `at`
 * stays fixed unless the pan bounds move it.
 */
export function zoomBy(
  view: View,
  factor: number,
  at: Point,
  content: Box,
  viewport: Size,
  range = scaleRange(content, viewport),
): View {
  const scale = clampScale(view.scale * factor, range);
  return clampPan(zoomAbout(view, scale, at), content, viewport);
}

/**
 * Two-finger pinch: the map point that was midway between the fingers at `start` stays midway
 * between them `now`, and the scale follows the distance between the fingers (within `range`).
 */
export function pinchView(
  from: View,
  start: readonly [Point, Point],
  now: readonly [Point, Point],
  range: ScaleRange,
): View {
  const mid = (p: readonly [Point, Point]) => ({ x: (p[0].x + p[1].x) / 2, y: (p[0].y + p[1].y) / 2 });
  const dist = (p: readonly [Point, Point]) => Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y);
  const scale = clampScale(from.scale * (dist(now) / Math.max(1, dist(start))), range);
  const anchor = toMap(from, mid(start));
  const m = mid(now);
  return { scale, x: m.x - anchor.x * scale, y: m.y - anchor.y * scale };
}

export function panBy(view: View, dx: number, dy: number, content: Box, viewport: Size): View {
  return clampPan({ ...view, x: view.x + dx, y: view.y + dy }, content, viewport);
}

/** The map point at the screen point `at`. */
export function toMap(view: View, at: Point): Point {
  return { x: (at.x - view.x) / view.scale, y: (at.y - view.y) / view.scale };
}

/**
 * Pans as little as possible so that `box` (map coordinates) is inside the window with `margin`
 * around it; a box larger than the window gets its top-left corner shown. Unchanged if already in view.
 */
export function revealBox(view: View, box: Box, viewport: Size, margin = MARGIN): View {
  const axis = (offset: number, start: number, length: number, span: number) => {
    const lo = start * view.scale + offset;
    const hi = lo + length * view.scale;
    if (lo < margin) return offset + (margin - lo);
    // Move it back in, but never so far that its start leaves the window.
    if (hi > span - margin) return offset - Math.min(hi - (span - margin), lo - margin);
    return offset;
  };
  return {
    scale: view.scale,
    x: axis(view.x, box.x, box.width, viewport.width),
    y: axis(view.y, box.y, box.height, viewport.height),
  };
}

/** Centres the map point `at` in the window at `scale`. */
export function centreOn(at: Point, scale: number, viewport: Size): View {
  return { scale, x: viewport.width / 2 - at.x * scale, y: viewport.height / 2 - at.y * scale };
}

/**
 * The view as an SVG transform attribute: offsets to 1/100 px, the scale to 6 decimals (a map 30,000
 * px wide fits at about 3%, where 3 decimals would put its far end 10 px off).
 */
export function viewTransform(view: View): string {
  const r = (n: number, d: number) => Math.round(n * d) / d;
  return `translate(${r(view.x, 100)} ${r(view.y, 100)}) scale(${r(view.scale, 1e6)})`;
}
