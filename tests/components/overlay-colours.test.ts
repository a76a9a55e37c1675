import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markCss, OVERLAY_CSS, UNDERLINE_COLOURS, UNDERLINE_STYLE } from '@/components/overlay/overlay-app';
import { projectRoot } from '@/tests/support/corpus';

const palette = readFileSync(join(projectRoot, 'components/palette.css'), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);
const tokens = new Map(
  [...palette.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => {
    const value = m[2]!.trim();
    const pair = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(value);
    return [m[1]!, { light: pair?.[1] ?? value, dark: pair?.[2] ?? value }] as const;
  }),
);

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const shell = OVERLAY_CSS.slice(OVERLAY_CSS.indexOf(':host'));
/** Text colour → the backgrounds it is drawn on in the overlay. */
const TEXT_ON: [string, string][] = [
  ['--fg', '--card'],
  ['--muted', '--card'],
  ['--mastered', '--card'],
  ['--learning', '--card'],
  ['--gap', '--card'],
  ['--accent-fg', '--accent'],
  // A concept button under the pointer.
  ['--fg', '--bg'],
  ['--muted', '--bg'],
  ['--mastered', '--bg'],
  ['--learning', '--bg'],
  ['--gap', '--bg'],
];

describe("the overlay's colours", () => {
  it('are the palette, scoped to the shadow tree, light until the theme is known', () => {
    expect(OVERLAY_CSS).toMatch(/\.rung-root\s*\{[^}]*--card:\s*light-dark\(/);
    expect(OVERLAY_CSS).toMatch(
      /\.rung-root\[data-theme="?system"?\]\s*\{\s*color-scheme:\s*light dark;?\s*\}/,
    );
    expect(OVERLAY_CSS).toMatch(/\.rung-root\[data-theme="?dark"?\]\s*\{\s*color-scheme:\s*dark;?\s*\}/);
    expect(OVERLAY_CSS).not.toContain(':root');
  });

  it('use only colours the palette declares, and no colour of their own', () => {
    const used = [...shell.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((name) => !tokens.has(name))).toEqual([]);
    expect(shell).not.toMatch(/#[0-9a-f]{3,8}\b|light-dark|color-scheme|prefers-color-scheme/i);
  });

  it.each(['light', 'dark'] as const)('keep WCAG AA text contrast (4.5:1) in the %s theme', (theme) => {
    for (const [fg, bg] of TEXT_ON) {
      const ratio = contrast(tokens.get(fg)![theme], tokens.get(bg)![theme]);
      expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    // The focus ring against the card it surrounds (non-text contrast, 3:1).
    expect(contrast(tokens.get('--focus')![theme], tokens.get('--card')![theme])).toBeGreaterThanOrEqual(3);
  });
});

describe('the status underlines on the page', () => {
  // A white page, Rung's own light and dark backgrounds, and a black page.
  it.each([
    ['light', '#ffffff'],
    ['light', '#fbfaf7'],
    ['dark', '#151917'],
    ['dark', '#000000'],
    ['dark', '#1e1e1e'],
  ] as const)('stand out (3:1) on a %s page of %s', (set, page) => {
    for (const [status, colour] of Object.entries(UNDERLINE_COLOURS[set])) {
      expect(contrast(colour, page), status).toBeGreaterThanOrEqual(3);
    }
  });

  it('differ by line style, so colour is never the only signal', () => {
    expect(new Set(Object.values(UNDERLINE_STYLE)).size).toBe(4);
    const css = markCss();
    for (const set of ['light', 'dark'] as const) {
      const layer = set === 'dark' ? '.marks.dark' : '.marks';
      for (const [status, style] of Object.entries(UNDERLINE_STYLE)) {
        expect(css).toMatch(
          new RegExp(
            `${layer.replace('.', '\\.')} > i\\.m-${status} \\{ border-bottom: \\d+px ${style} ${UNDERLINE_COLOURS[set][status as 'new']};`,
          ),
        );
      }
      expect(new Set(Object.values(UNDERLINE_COLOURS[set])).size).toBe(4);
    }
  });
});
