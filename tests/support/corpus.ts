import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The shared corpus lives beside the project (../shared/corpus) and is never copied into it.
// RUNG_CORPUS overrides the location; tests that need it skip with a message when it is absent.
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function corpusDir(): string | null {
  const dir = process.env.RUNG_CORPUS ?? join(projectRoot, '..', 'shared', 'corpus');
  return existsSync(join(dir, 'README.md')) ? dir : null;
}

export const CORPUS = corpusDir();

export const CORPUS_MISSING_MESSAGE =
  'shared corpus not found (set RUNG_CORPUS or place it at ../shared/corpus): corpus tests skipped';

if (!CORPUS) console.warn(CORPUS_MISSING_MESSAGE);

export function corpusPath(...parts: string[]): string {
  if (!CORPUS) throw new Error(CORPUS_MISSING_MESSAGE);
  return join(CORPUS, ...parts);
}

export { projectRoot };
