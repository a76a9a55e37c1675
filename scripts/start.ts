// `npm start`: builds the extension, serves the demo tutorial on 127.0.0.1 and opens Chromium with
// Rung loaded on it, so the whole loop can be tried at once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR } from '../tests/e2e/support/extension';
import { startStaticServer } from '../tests/e2e/support/static-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
const server = await startStaticServer({ '/demo': join(root, 'scripts/demo') });
const demo = `${server.url}/demo/closures.html`;
const headless = !process.env.DISPLAY && process.platform === 'linux';
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'rung-start-')), {
  executablePath: chromiumPath(),
  headless,
  viewport: null,
  args: [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demo);
process.stdout.write(`Rung is loaded in Chromium on ${demo}\n`);
if (headless) {
  process.stdout.write('No display found: Chromium runs headless. Run `npm start` on a desktop to see it.\n');
  await context.close();
  await server.close();
} else {
  process.stdout.write(
    'Click the Rung toolbar button to see the concepts and take the quiz. Close Chromium to stop.\n',
  );
  context.on('close', () => void server.close());
}
