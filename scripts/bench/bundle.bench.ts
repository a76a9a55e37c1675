// Size of what the learner's browser loads: the content script runs on every page they read, so
// its gzipped size is the figure to watch.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, '.output/chrome-mv3');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export async function run(): Promise<void> {
  if (!existsSync(join(out, 'manifest.json')) || process.env.RUNG_BENCH_REBUILD) {
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const rows = walk(out)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const raw = readFileSync(f);
      return { file: f.slice(out.length + 1), raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
    })
    .sort((a, b) => b.gz - a.gz);
  for (const r of rows)
    console.log(`${r.file.padEnd(48)} ${kb(r.raw).padStart(10)} raw ${kb(r.gz).padStart(10)} gzip`);
  const content = rows.find((r) => r.file === 'page-reader.js');
  if (content) console.log(`content script gzipped: ${kb(content.gz)}`);
}
