import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Box,
  centreOn,
  clampPan,
  fitScale,
  fitView,
  MARGIN,
  MAX_SCALE,
  MIN_SCALE,
  panBy,
  pinchView,
  READABLE_SCALE,
  revealBox,
  scaleRange,
  startView,
  toMap,
  type View,
  viewTransform,
  zoomAbout,
  zoomBy,
} from '@/lib/graph/viewport';

const EPS = 1e-6;
const box = fc.record({
  x: fc.double({ min: -2000, max: 2000, noNaN: true }),
  y: fc.double({ min: -2000, max: 2000, noNaN: true }),
  width: fc.double({ min: 1, max: 60_000, noNaN: true }),
  height: fc.double({ min: 1, max: 60_000, noNaN: true }),
});
const size = fc.record({
  width: fc.double({ min: 100, max: 4000, noNaN: true }),
  height: fc.double({ min: 100, max: 3000, noNaN: true }),
});
const view = fc.record({
  scale: fc.double({ min: 0.01, max: MAX_SCALE, noNaN: true }),
  x: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
  y: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
});

/** The box's corners on screen. */
function onScreen(v: View, b: Box) {
  return {
    left: b.x * v.scale + v.x,
    top: b.y * v.scale + v.y,
    right: (b.x + b.width) * v.scale + v.x,
    bottom: (b.y + b.height) * v.scale + v.y,
  };
}

describe('startView', () => {
  it('is the fitted map when that can be read', () => {
    const content = { x: -16, y: -16, width: 1500, height: 600 };
    const size = { width: 1200, height: 700 };
    expect(startView(content, size)).toEqual(fitView(content, size));
  });

  it('opens a long chain at a readable scale at its start, within the pan bounds', () => {
    fc.assert(
      fc.property(box, size, (b, s) => {
        const v = startView(b, s);
        if (fitScale(b, s) >= READABLE_SCALE) return;
        expect(v.scale).toBe(READABLE_SCALE);
        expect(clampPan(v, b, s)).toEqual(v);
        // The start of the chain (the left edge) is on screen at the margin.
        expect(onScreen(v, b).left).toBeCloseTo(MARGIN, 6);
      }),
    );
  });
});

describe('fitView', () => {
  // The map page's layout at 100 and 500 concepts (scripts/bench/map.bench.ts) in a 1200×900 window.
  it.each([
    { name: 'small map, shown at 100%', content: { x: 0, y: 0, width: 600, height: 300 }, scale: 1 },
    {
      name: 'wide chain',
      content: { x: -16, y: -16, width: 24_032, height: 800 },
      scale: (1200 - 32) / 24_032,
    },
    { name: 'tall layer', content: { x: 0, y: 0, width: 1000, height: 4000 }, scale: (700 - 32) / 4000 },
  ])('$name', ({ content, scale }) => {
    const v = fitView(content, { width: 1200, height: 700 });
    expect(v.scale).toBeCloseTo(scale, 9);
    const r = onScreen(v, content);
    // Centred.
    expect(r.left).toBeCloseTo(1200 - r.right, 6);
    expect(r.top).toBeCloseTo(700 - r.bottom, 6);
  });

  it('puts the whole bounding box inside the window, with the margin, never above 100%', () => {
    fc.assert(
      fc.property(box, size, (b, s) => {
        const v = fitView(b, s);
        const r = onScreen(v, b);
        expect(v.scale).toBeLessThanOrEqual(1);
        expect(r.left).toBeGreaterThanOrEqual(MARGIN - EPS);
        expect(r.top).toBeGreaterThanOrEqual(MARGIN - EPS);
        expect(r.right).toBeLessThanOrEqual(s.width - MARGIN + EPS);
        expect(r.bottom).toBeLessThanOrEqual(s.height - MARGIN + EPS);
        // ... and fills one of the two directions (unless it is at 100%).
        if (v.scale < 1) {
          const slack = Math.min(
            s.width - 2 * MARGIN - b.width * v.scale,
            s.height - 2 * MARGIN - b.height * v.scale,
          );
          expect(slack).toBeLessThan(1e-6 * Math.max(s.width, s.height));
        }
      }),
    );
  });

  it('is within the zoom range, and the pan bounds leave it where it is', () => {
    fc.assert(
      fc.property(box, size, (b, s) => {
        const v = fitView(b, s);
        const range = scaleRange(b, s);
        expect(v.scale).toBeGreaterThanOrEqual(range.min);
        expect(v.scale).toBeLessThanOrEqual(range.max);
        const c = clampPan(v, b, s);
        expect(c.x).toBeCloseTo(v.x, 6);
        expect(c.y).toBeCloseTo(v.y, 6);
      }),
    );
  });
});

describe('scaleRange', () => {
  it('is 25%–300% for a map that fits well above 25%, and reaches down to the fit of a bigger one', () => {
    expect(scaleRange({ x: 0, y: 0, width: 800, height: 600 }, { width: 1200, height: 900 })).toEqual({
      min: MIN_SCALE,
      max: MAX_SCALE,
    });
    const huge = { x: 0, y: 0, width: 50_000, height: 900 };
    expect(scaleRange(huge, { width: 1200, height: 900 }).min).toBeCloseTo(
      fitScale(huge, { width: 1200, height: 900 }),
    );
  });
});

describe('zoomAbout', () => {
  it('keeps the map point under the pointer fixed', () => {
    fc.assert(
      fc.property(
        view,
        fc.double({ min: 0.01, max: MAX_SCALE, noNaN: true }),
        fc.record({
          x: fc.double({ min: -3000, max: 3000, noNaN: true }),
          y: fc.double({ min: -3000, max: 3000, noNaN: true }),
        }),
        (v, scale, at) => {
          const before = toMap(v, at);
          const z = zoomAbout(v, scale, at);
          expect(z.scale).toBe(scale);
          const after = toMap(z, at);
          const tol = 1e-6 * (1 + Math.abs(before.x) + Math.abs(before.y));
          expect(Math.abs(after.x - before.x)).toBeLessThan(tol);
          expect(Math.abs(after.y - before.y)).toBeLessThan(tol);
        },
      ),
    );
  });
});

describe('zoomBy', () => {
  it('stays in the zoom range however often it is pressed', () => {
    const content = { x: 0, y: 0, width: 2000, height: 800 };
    const s = { width: 1200, height: 900 };
    let v = fitView(content, s);
    for (let i = 0; i < 40; i++) v = zoomBy(v, 1.25, { x: 600, y: 450 }, content, s);
    expect(v.scale).toBe(MAX_SCALE);
    for (let i = 0; i < 40; i++) v = zoomBy(v, 1 / 1.25, { x: 600, y: 450 }, content, s);
    expect(v.scale).toBe(scaleRange(content, s).min);
  });

  it('keeps the point under the pointer fixed when the pan bounds allow it (zoom in on a big map)', () => {
    fc.assert(
      fc.property(
        box.filter((b) => b.width > 9000 && b.height > 9000),
        size,
        fc.double({ min: 1, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (b, s, factor, fx, fy) => {
          // A view at 100% looking at the middle of the map, so zooming in has room on every side.
          const v = centreOn({ x: b.x + b.width / 2, y: b.y + b.height / 2 }, 1, s);
          const at = { x: fx * s.width, y: fy * s.height };
          const before = toMap(v, at);
          const after = toMap(zoomBy(v, factor, at, b, s), at);
          expect(after.x).toBeCloseTo(before.x, 4);
          expect(after.y).toBeCloseTo(before.y, 4);
        },
      ),
    );
  });
});

describe('pinchView', () => {
  const finger = fc.record({
    x: fc.double({ min: 0, max: 1200, noNaN: true }),
    y: fc.double({ min: 0, max: 900, noNaN: true }),
  });
  it('keeps the map point between the fingers between them, and scales with their spread', () => {
    fc.assert(
      fc.property(view, finger, finger, finger, finger, (v, a, b, c, d) => {
        fc.pre(Math.hypot(a.x - b.x, a.y - b.y) > 10);
        const p = pinchView(v, [a, b], [c, d], { min: 0, max: Infinity });
        const before = toMap(v, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
        const after = toMap(p, { x: (c.x + d.x) / 2, y: (c.y + d.y) / 2 });
        if (p.scale > 1e-9) {
          const tol = 1e-6 * (1 + Math.abs(before.x) + Math.abs(before.y));
          expect(Math.abs(after.x - before.x)).toBeLessThan(tol * (1 + 1 / p.scale));
          expect(Math.abs(after.y - before.y)).toBeLessThan(tol * (1 + 1 / p.scale));
        }
        const spread = Math.hypot(c.x - d.x, c.y - d.y) / Math.hypot(a.x - b.x, a.y - b.y);
        expect(p.scale).toBeCloseTo(v.scale * spread, 9);
      }),
    );
  });

  it('stops at the ends of the zoom range', () => {
    const v = { scale: 1, x: 0, y: 0 };
    const start = [
      { x: 100, y: 100 },
      { x: 200, y: 100 },
    ] as const;
    const wide = [
      { x: 0, y: 100 },
      { x: 1000, y: 100 },
    ] as const;
    expect(pinchView(v, start, wide, { min: 0.25, max: 3 }).scale).toBe(3);
    expect(pinchView(v, wide, start, { min: 0.25, max: 3 }).scale).toBe(0.25);
  });
});

describe('clampPan', () => {
  it('keeps a small map wholly inside the window and a big one covering it', () => {
    fc.assert(
      fc.property(box, size, view, (b, s, v) => {
        const c = clampPan(v, b, s);
        const r = onScreen(c, b);
        const tol = 1e-6 * (1 + Math.abs(c.x) + Math.abs(c.y) + b.width + b.height);
        if (b.width * v.scale <= s.width - 2 * MARGIN) {
          expect(r.left).toBeGreaterThanOrEqual(MARGIN - tol);
          expect(r.right).toBeLessThanOrEqual(s.width - MARGIN + tol);
        } else {
          expect(r.left).toBeLessThanOrEqual(MARGIN + tol);
          expect(r.right).toBeGreaterThanOrEqual(s.width - MARGIN - tol);
        }
        if (b.height * v.scale <= s.height - 2 * MARGIN) {
          expect(r.top).toBeGreaterThanOrEqual(MARGIN - tol);
          expect(r.bottom).toBeLessThanOrEqual(s.height - MARGIN + tol);
        } else {
          expect(r.top).toBeLessThanOrEqual(MARGIN + tol);
          expect(r.bottom).toBeGreaterThanOrEqual(s.height - MARGIN - tol);
        }
        // Clamping twice changes nothing.
        const again = clampPan(c, b, s);
        expect(again.x).toBeCloseTo(c.x, 6);
        expect(again.y).toBeCloseTo(c.y, 6);
      }),
    );
  });

  it('stops a drag at the edge of the map', () => {
    const content = { x: 0, y: 0, width: 3000, height: 500 };
    const s = { width: 1000, height: 800 };
    const v = panBy({ scale: 1, x: 0, y: 100 }, 5000, 0, content, s);
    expect(v.x).toBe(MARGIN);
    expect(panBy(v, -99_999, 0, content, s).x).toBe(s.width - MARGIN - 3000);
  });
});

describe('revealBox', () => {
  const s = { width: 1000, height: 600 };
  it.each([
    { name: 'already in view: unchanged', node: { x: 100, y: 100, width: 168, height: 30 }, x: 0, y: 0 },
    {
      name: 'off to the right: pans left just enough',
      node: { x: 1200, y: 100, width: 168, height: 30 },
      x: -384,
      y: 0,
    },
    { name: 'above: pans down just enough', node: { x: 100, y: -200, width: 168, height: 30 }, x: 0, y: 216 },
  ])('$name', ({ node, x, y }) => {
    expect(revealBox({ scale: 1, x: 0, y: 0 }, node, s)).toEqual({ scale: 1, x, y });
  });

  it('puts any node that fits the window inside it, with the margin', () => {
    fc.assert(
      fc.property(view, box, (v, b) => {
        fc.pre(b.width * v.scale <= s.width - 2 * MARGIN && b.height * v.scale <= s.height - 2 * MARGIN);
        const r = onScreen(revealBox(v, b, s), b);
        const tol = 1e-6 * (1 + Math.abs(v.x) + Math.abs(v.y) + b.width + b.height);
        expect(r.left).toBeGreaterThanOrEqual(MARGIN - tol);
        expect(r.top).toBeGreaterThanOrEqual(MARGIN - tol);
        expect(r.right).toBeLessThanOrEqual(s.width - MARGIN + tol);
        expect(r.bottom).toBeLessThanOrEqual(s.height - MARGIN + tol);
      }),
    );
  });
});

describe('viewTransform', () => {
  it('writes an SVG transform, rounded', () => {
    expect(viewTransform({ scale: 0.03456789, x: 10.00001, y: -3.456 })).toBe(
      'translate(10 -3.46) scale(0.034568)',
    );
  });
});
