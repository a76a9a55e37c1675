// The map view's time to first paint at 500 concepts, measured in Chromium with the built
// extension: from navigation to the graph's concepts being on screen.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, launchWithExtension } from '../../tests/e2e/support/extension';
import { seedSyntheticMap } from '../../tests/e2e/support/seed-map';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

export async function run(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  const b = await launchWithExtension();
  try {
    for (const n of [100, 500]) {
      await seedSyntheticMap(b, n);
      const times: number[] = [];
      for (let rep = 0; rep < 3; rep++) {
        const page = await b.context.newPage();
        const start = Date.now();
        await page.goto(`chrome-extension://${b.extensionId}/map.html`);
        await page.getByRole('group', { name: /Prerequisite map/ }).waitFor({ timeout: 60_000 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        times.push(Date.now() - start);
        await page.close();
      }
      times.sort((a, c) => a - c);
      console.log(
        `map view, ${n} concepts: first paint of the graph ${times[1]} ms (median of 3: ${times.join(', ')})`,
      );
    }
  } finally {
    await b.close();
  }
}
