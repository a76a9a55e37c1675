import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type RungBrowser, screenshot } from './support/extension';
import { seedSyntheticMap } from './support/seed-map';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The map's transform, read back from the drawing's transform attribute. */
async function viewOf(map: Page): Promise<{ x: number; y: number; scale: number }> {
  const t = (await map.locator('g.viewport').getAttribute('transform')) ?? '';
  const m = /translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(t);
  if (!m) throw new Error(`no view transform: "${t}"`);
  return { x: Number(m[1]), y: Number(m[2]), scale: Number(m[3]) };
}

async function rectOf(l: Locator): Promise<Rect> {
  return l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

/** How many concepts are not wholly inside the canvas. */
async function nodesOutside(map: Page): Promise<number> {
  return map.evaluate(() => {
    const c = document.querySelector('section.canvas')!.getBoundingClientRect();
    let out = 0;
    for (const n of document.querySelectorAll('g.node')) {
      const r = n.getBoundingClientRect();
      if (
        r.left < c.left - 0.5 ||
        r.right > c.right + 0.5 ||
        r.top < c.top - 0.5 ||
        r.bottom > c.bottom + 0.5
      )
        out++;
    }
    return out;
  });
}

const inside = (r: Rect, c: Rect) =>
  r.left >= c.left - 0.5 && r.right <= c.right + 0.5 && r.top >= c.top - 0.5 && r.bottom <= c.bottom + 0.5;

describe('zooming and panning the prerequisite map', () => {
  let b: RungBrowser;
  let map: Page;

  beforeAll(async () => {
    b = await launchWithExtension();
    // A map as wide as a long tutorial's: 500 concepts, each a few places after its prerequisites.
    await seedSyntheticMap(b, 500);
    map = await b.context.newPage();
    await map.goto(`chrome-extension://${b.extensionId}/map.html`);
    await map.getByRole('group', { name: /^Prerequisite map: 500 concepts/ }).waitFor();
  });
  afterAll(async () => {
    await b?.close().catch(() => undefined);
  });

  it('opens a long chain readable, at its start (fitted, it would be a strip too small to read)', async () => {
    const v = await viewOf(map);
    expect(v.scale).toBe(0.5);
    // The start of the chain is in view; the rest is a pan or a "Fit map" away.
    const canvas = await rectOf(map.locator('section.canvas'));
    const first = map
      .getByRole('group', { name: /^Prerequisite map/ })
      .getByRole('button', { name: /^concept 0: / });
    expect(inside(await rectOf(first), canvas)).toBe(true);
    expect(await nodesOutside(map)).toBeGreaterThan(0);
    expect(await map.getByRole('status', { name: 'Zoom level' }).innerText()).toBe(
      `${Math.round(v.scale * 100)}%`,
    );
    await screenshot(map, 'map-zoom-01-start');
  });

  it('zooms in and out with the buttons, by role and name', async () => {
    const before = await viewOf(map);
    await map.getByRole('button', { name: 'Zoom in' }).click();
    const zoomedIn = await viewOf(map);
    expect(zoomedIn.scale).toBeCloseTo(before.scale * 1.25, 2);
    await map.getByRole('button', { name: 'Zoom out' }).click();
    expect((await viewOf(map)).scale).toBeCloseTo(before.scale, 2);
  });

  it('zooms with Ctrl + wheel about the pointer, and stops at 300%', async () => {
    // From the whole map, so the concept in its middle is on screen.
    await map.getByRole('button', { name: 'Fit map' }).click();
    const graph = map.getByRole('group', { name: /^Prerequisite map/ });
    const target = graph.getByRole('button', { name: /^concept 250: / });
    const r0 = await rectOf(target);
    const at = { x: (r0.left + r0.right) / 2, y: (r0.top + r0.bottom) / 2 };
    await map.mouse.move(at.x, at.y);
    await map.keyboard.down('Control');
    for (let i = 0; i < 20; i++) await map.mouse.wheel(0, -200);
    await map.keyboard.up('Control');
    const v = await viewOf(map);
    expect(v.scale).toBe(3);
    // The concept under the pointer is still under it.
    const r1 = await rectOf(target);
    expect(r1.left).toBeLessThanOrEqual(at.x);
    expect(r1.right).toBeGreaterThanOrEqual(at.x);
    expect(r1.top).toBeLessThanOrEqual(at.y);
    expect(r1.bottom).toBeGreaterThanOrEqual(at.y);
    expect(await map.getByRole('button', { name: 'Zoom in' }).getAttribute('aria-disabled')).toBe('true');
    await screenshot(map, 'map-zoom-02-zoomed-in');
  });

  it('pans by dragging, even from a concept, without choosing it', async () => {
    const graph = map.getByRole('group', { name: /^Prerequisite map/ });
    const r = await rectOf(graph.getByRole('button', { name: /^concept 250: / }));
    const before = await viewOf(map);
    await map.mouse.move(r.left + 20, r.top + 10);
    await map.mouse.down();
    for (let i = 1; i <= 10; i++) await map.mouse.move(r.left + 20 - 20 * i, r.top + 10 - 10 * i);
    await map.mouse.up();
    const after = await viewOf(map);
    expect(after.x).toBeCloseTo(before.x - 200, 0);
    expect(after.y).toBeCloseTo(before.y - 100, 0);
    expect(await map.getByRole('complementary').count()).toBe(0);
  });

  it('pans with the arrow keys and zooms with + and - when the map has focus', async () => {
    await map.getByRole('region', { name: 'Map canvas' }).focus();
    const before = await viewOf(map);
    // The drag above moved the map 200 px left and 100 px up, so there is room to move it back.
    await map.keyboard.press('ArrowLeft');
    await map.keyboard.press('ArrowUp');
    const panned = await viewOf(map);
    expect(panned.x).toBeCloseTo(before.x + 60, 0);
    expect(panned.y).toBeCloseTo(before.y + 60, 0);
    await map.keyboard.press('-');
    expect((await viewOf(map)).scale).toBeCloseTo(3 / 1.25, 2);
    await map.keyboard.press('+');
    expect((await viewOf(map)).scale).toBe(3);
  });

  it('brings a concept into view when it gets keyboard focus', async () => {
    const canvas = await rectOf(map.locator('section.canvas'));
    const far = map
      .getByRole('group', { name: /^Prerequisite map/ })
      .getByRole('button', { name: /^concept 5: / });
    expect(inside(await rectOf(far), canvas)).toBe(false);
    await far.focus();
    expect(inside(await rectOf(far), canvas)).toBe(true);
    // With the keyboard: Tab from the zoom controls goes to the concepts, each shown as it is reached.
    await map.getByRole('button', { name: 'Fit map' }).focus();
    for (let i = 0; i < 3; i++) {
      await map.keyboard.press('Tab');
      const focused = map.locator('g.node:focus');
      expect(await focused.count()).toBe(1);
      expect(inside(await rectOf(focused), canvas)).toBe(true);
    }
  });

  it('shows a concept found by the search, and "Fit map" brings every concept back into view', async () => {
    await map.getByRole('button', { name: 'Fit map' }).click();
    const fitted = await viewOf(map);
    expect(await nodesOutside(map)).toBe(0);
    // From the fitted (unreadable) map, choosing a concept zooms in to it.
    await map.getByRole('searchbox').fill('concept 480');
    await map.getByRole('searchbox').press('Enter');
    await map.getByRole('complementary').getByRole('heading', { name: 'concept 480' }).waitFor();
    const shown = await viewOf(map);
    expect(shown.scale).toBe(1);
    const canvas = await rectOf(map.locator('section.canvas'));
    const found = map
      .getByRole('group', { name: /^Prerequisite map/ })
      .getByRole('button', { name: /^concept 480: / });
    expect(inside(await rectOf(found), canvas)).toBe(true);
    await screenshot(map, 'map-zoom-03-found');

    await map.getByRole('button', { name: 'Fit map' }).click();
    const refitted = await viewOf(map);
    // The concept panel took room from the map, so it fits at a smaller scale than before.
    expect(refitted.scale).toBeLessThanOrEqual(fitted.scale);
    expect(await nodesOutside(map)).toBe(0);
    await screenshot(map, 'map-zoom-04-fitted-with-panel');
  });

  it('zooms with a two-finger pinch on a touch screen', async () => {
    await map.getByRole('button', { name: 'Fit map' }).click();
    const before = await viewOf(map);
    const c = await rectOf(map.locator('section.canvas'));
    const x = (c.left + c.right) / 2;
    const y = (c.top + c.bottom) / 2;
    const fingers = (d: number) => [
      { x: x - d, y, id: 1 },
      { x: x + d, y, id: 2 },
    ];
    const cdp = await b.context.newCDPSession(map);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(50) });
    for (const d of [80, 120, 160, 200])
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    // Fingers four times as far apart: four times the scale, about the point between them.
    const after = await viewOf(map);
    expect(after.scale / before.scale).toBeCloseTo(4, 2);
    const mid = { x: x - c.left, y: y - c.top };
    expect((mid.x - after.x) / after.scale).toBeCloseTo((mid.x - before.x) / before.scale, 0);
  });
});
