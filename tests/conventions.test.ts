import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { requests } from '@/lib/protocol';
import { makeDeps } from './support/background-harness';
import {
  contentMessagesOutsideProtocol,
  readSourceTree,
  tableAccessOutsideDb,
  unusedLibExports,
} from './support/conventions';
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

// ---- rules read from the source tree (issue 18), each with a test of its checker ----

const tree = readSourceTree(projectRoot, ['lib', 'components', 'entrypoints', 'scripts']);

describe('one way to the data, one protocol, no dead exports', () => {
  it('only lib/db touches Dexie tables (and no page opens the database)', () => {
    expect(tableAccessOutsideDb(tree)).toEqual([]);
  });

  it('every lib/ export is used by code outside tests', () => {
    expect(unusedLibExports(tree)).toEqual([]);
  });

  it('messages to content scripts go through the declared protocol', () => {
    expect(contentMessagesOutsideProtocol(tree)).toEqual([]);
  });
});

describe('the checkers catch what they are for (tests of the tests)', () => {
  it('finds table access outside lib/db in any of its forms, and allows it inside (and opening in entry points)', () => {
    const synthetic = {
      'lib/db/answers.ts': 'export const answersOf = (db: RungDatabase) => db.attempts.toArray();',
      'components/map/panel.tsx': 'const rows = await db.mastery.where("due").below(1).toArray();',
      'lib/background/wipe.ts': 'await deps.db.gaps.clear();',
      'lib/data/by-name.ts': 'await db.table("pages").count();',
      'entrypoints/options/main.tsx': 'const db = new RungDatabase();',
      'lib/graph/tx.ts': 'await db.transaction("r", tables, async () => 1);',
      'lib/graph/arrays.ts': 'const n = data.concepts.filter(Boolean).length; // db.pages in a comment',
      'entrypoints/background.ts': 'const db = new RungDatabase();',
      'scripts/cli/quiz.ts': "const db = new RungDatabase('rung', { indexedDB, IDBKeyRange });",
      'scripts/bench/seed.bench.ts': "const db = new RungDatabase('b');\nawait db.edges.bulkPut(edges);",
    };
    expect(tableAccessOutsideDb(synthetic)).toEqual([
      'components/map/panel.tsx',
      'entrypoints/options/main.tsx',
      'lib/background/wipe.ts',
      'lib/data/by-name.ts',
      'lib/graph/tx.ts',
      'scripts/bench/seed.bench.ts',
    ]);
  });

  it('finds an export only tests use, and not one used elsewhere or in its own signatures', () => {
    const synthetic = {
      'lib/quiz/dead.ts': 'export function selectOld(): number { return 1; }',
      'lib/quiz/live.ts':
        'export interface Pick { a: number }\nexport function pickLive(): Pick { return { a: 1 }; }',
      'lib/quiz/list.ts': 'const a = 1;\nconst b = 2;\nexport { a, b as renamed };',
      'components/popup/app.tsx':
        "import { pickLive } from '@/lib/quiz/live';\nimport { a } from '@/lib/quiz/list';",
    };
    expect(unusedLibExports(synthetic)).toEqual(['lib/quiz/dead.ts: selectOld', 'lib/quiz/list.ts: renamed']);
  });

  it('finds a raw tabs.sendMessage and a content listener that checks messages by hand', () => {
    const synthetic = {
      'lib/browser/messaging.ts': 'browser.tabs.sendMessage(tabId, message);',
      'components/popup/app.tsx': "await browser.tabs.sendMessage(id, { type: 'passage/highlight' });",
      'entrypoints/page-reader/index.ts':
        'browser.runtime.onMessage.addListener((m) => isMessage(m) ? 1 : 0);',
      'entrypoints/page-reader/ok.ts':
        'browser.runtime.onMessage.addListener((m, s) => dispatchToContent(h, m, s.id, id));',
    };
    expect(contentMessagesOutsideProtocol(synthetic)).toEqual([
      'components/popup/app.tsx: tabs.sendMessage outside askTab',
      'entrypoints/page-reader/index.ts: a content script listener that does not go through dispatchToContent',
    ]);
  });
});
