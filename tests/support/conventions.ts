import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SCHEMA_VERSIONS } from '@/lib/db/schema';

/** A source tree as the convention checkers see it: project-relative path (with `/`) → text. */
export type SourceTree = Record<string, string>;

/** Reads the project's source files (no tests, no generated output) into a SourceTree. */
export function readSourceTree(root: string, dirs: readonly string[]): SourceTree {
  const tree: SourceTree = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) {
        tree[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
      }
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return tree;
}

// Comments may mention what the code must not do; a `//` after `:` is a URL, not a comment.
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

// Every table any schema version declares, read from the schema so a new table is covered too.
export const TABLES = [...new Set(SCHEMA_VERSIONS.flatMap((step) => Object.keys(step.stores)))];

// A Dexie table reached through a database handle (`db.pages`, `deps.db.mastery`, `db().concepts`),
// by name (`db.table('pages')`), or a transaction opened on one.
const TABLE_ACCESS = new RegExp(
  `\\bdb(?:\\(\\))?\\.(?:${TABLES.join('|')})\\b|\\.table\\(\\s*['"\`]|\\bdb(?:\\(\\))?\\.transaction\\(`,
);

// Opening the database: only a process's entry point may (it makes the one handle it passes on).
const OPENS_DATABASE = /\bnew RungDatabase\(/;

/**
 * Files outside lib/db that touch Dexie tables themselves, or open the database without being an
 * entry point: the background entrypoint and the Node scripts (the `rung` CLI, the benchmarks)
 * each create the handle they pass to lib/ (that is wiring); a page or a lib/ file may not.
 */
export function tableAccessOutsideDb(tree: SourceTree): string[] {
  return Object.entries(tree)
    .filter(([path]) => !path.startsWith('lib/db/'))
    .filter(([path, source]) => {
      const code = withoutComments(source);
      return TABLE_ACCESS.test(code) || (OPENS_DATABASE.test(code) && !mayOpenTheDatabase(path));
    })
    .map(([path]) => path)
    .sort();
}

function mayOpenTheDatabase(path: string): boolean {
  return path === 'entrypoints/background.ts' || path.startsWith('scripts/');
}

/** Names a file exports (declarations and `export { … }` lists; default exports are wiring). */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  const code = withoutComments(source);
  for (const m of code.matchAll(
    /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum|abstract\s+class)\s+([A-Za-z_$][\w$]*)/gm,
  )) {
    names.add(m[1]!);
  }
  for (const m of code.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}(?!\s*from)/gm)) {
    for (const part of m[1]!.split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  return [...names];
}

/**
 * `lib/` exports that no code outside tests uses: no other source file mentions the name, and the
 * exporting file mentions it only where it declares it (a type used in an exported signature is
 * used). A mention as a word counts as a use, which can only err toward "used".
 */
export function unusedLibExports(tree: SourceTree): string[] {
  const files = Object.entries(tree).map(([path, source]) => [path, withoutComments(source)] as const);
  const unused: string[] = [];
  for (const [path, source] of files) {
    if (!path.startsWith('lib/')) continue;
    for (const name of exportedNames(source)) {
      const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
      const global = new RegExp(word.source, 'g');
      const inOwnFile = source.match(global)?.length ?? 0;
      const elsewhere = files.some(([other, text]) => other !== path && word.test(text));
      if (!elsewhere && inOwnFile <= 1) unused.push(`${path}: ${name}`);
    }
  }
  return unused.sort();
}

/**
 * Places that message a content script without the declared protocol: `tabs.sendMessage` outside
 * lib/browser/messaging.ts (whose `askTab` is typed by `contentRequests`), and a content script
 * listener that does not validate through `dispatchToContent`.
 */
export function contentMessagesOutsideProtocol(tree: SourceTree): string[] {
  const out: string[] = [];
  for (const [path, raw] of Object.entries(tree)) {
    const source = withoutComments(raw);
    if (path !== 'lib/browser/messaging.ts' && /\btabs\s*\.\s*sendMessage\s*\(/.test(source)) {
      out.push(`${path}: tabs.sendMessage outside askTab`);
    }
    if (
      path.startsWith('entrypoints/page-reader') &&
      /\bruntime\s*\.\s*onMessage\s*\.\s*addListener\s*\(/.test(source) &&
      !/\bdispatchToContent\s*\(/.test(source)
    ) {
      out.push(`${path}: a content script listener that does not go through dispatchToContent`);
    }
  }
  return out.sort();
}
