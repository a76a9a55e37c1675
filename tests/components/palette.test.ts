import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '@/tests/support/corpus';

const components = join(projectRoot, 'components');
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [relative(projectRoot, path)] : [];
  });
}

const palette = read('components/palette.css');
const rule = (selector: string) => {
  const at = palette.indexOf(`${selector} {`);
  return at < 0 ? '' : palette.slice(at, palette.indexOf('}', at));
};
const tokens = new Map(
  [...rule(':root').matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()] as const),
);
const pages = cssFiles(components).filter((f) => f !== 'components/palette.css');

describe('the palette of the extension pages', () => {
  it('gives every colour once, as one value or light-dark(light, dark)', () => {
    expect(tokens.size).toBeGreaterThan(10);
    for (const [name, value] of tokens) {
      expect(value, name).toMatch(/^(#[0-9a-f]{6}|light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\))$/);
    }
  });

  it('is light until the theme is known, follows the system on "system" and is dark on "dark"', () => {
    expect(rule(':root')).toMatch(/color-scheme: light;/);
    expect(rule(':root[data-theme="system"]')).toMatch(/color-scheme: light dark;/);
    expect(rule(':root[data-theme="dark"]')).toMatch(/color-scheme: dark;/);
  });

  it.each(pages)('%s leaves the theme to the palette', (file) => {
    const css = read(file);
    expect(css).not.toMatch(/:root|prefers-color-scheme|data-theme|light-dark\(/);
  });

  it.each(pages)('%s uses only colours the palette declares', (file) => {
    const used = [...read(file).matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!);
    expect(used.filter((name) => !tokens.has(name))).toEqual([]);
  });

  it.each(['components/popup/popup.css', 'components/map/map.css'])('%s imports the palette', (file) => {
    expect(read(file)).toMatch(/^@import "\.\.\/palette\.css";/);
  });
});
