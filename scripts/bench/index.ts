// `npm run bench`: runs every scripts/bench/*.bench.ts in name order (or only those named on the
// command line). Each exports `run(): Promise<void>` and prints its own figures.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

for (const file of files) {
  process.stdout.write(`\n=== ${file.replace('.bench.ts', '')} ===\n`);
  const mod = (await import(`./${file}`)) as { run: () => Promise<void> };
  await mod.run();
}
