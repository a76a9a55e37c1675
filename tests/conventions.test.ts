import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { requests } from '@/lib/protocol';
import { makeDeps } from './support/background-harness';
import { projectRoot } from './support/corpus';

function files(dir: string, ext = /\.tsx?$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

const lib = join(projectRoot, 'lib');

// Globals that exist only in a browser or an extension context (a local variable that happens to
// be called `window` is fine).
const BROWSER_ONLY =
  /\b(chrome|browser)\.(runtime|tabs|storage|i18n|action|windows|commands|scripting)\b|\bwindow\.(document|location|navigator|addEventListener|localStorage|getSelection)|from 'wxt\/|\blocalStorage\.|\bdocument\.(body|documentElement|createElement|querySelector|addEventListener|getSelection)/;

describe('house rules', () => {
  // lib/ runs in Node (tests, the rung CLI) and in every extension context; only lib/browser
  // adapts extension APIs.
  const pure = files(lib).filter((f) => !relative(lib, f).startsWith('browser'));
  it.each(pure.map((f) => [relative(projectRoot, f), f]))('%s uses no browser-only global', (_name, file) => {
    const source = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(source).not.toMatch(BROWSER_ONLY);
  });

  it('every file name is kebab-case', () => {
    const bad = [...files(lib), ...files(join(projectRoot, 'components'))]
      .map((f) => relative(projectRoot, f))
      .filter((f) => !/^[a-z0-9-/.]+$/.test(f));
    expect(bad).toEqual([]);
  });

  it('every message in the protocol has a handler', () => {
    const handlers = createHandlers(makeDeps());
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(requests).sort());
  });

  it('no component or entrypoint injects HTML', () => {
    const ui = [
      ...files(join(projectRoot, 'components')),
      ...files(join(projectRoot, 'entrypoints')),
      ...files(lib),
    ];
    const offenders = ui.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders.map((f) => relative(projectRoot, f))).toEqual([]);
  });
});
