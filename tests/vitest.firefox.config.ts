import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// End-to-end journeys in Debian's firefox-esr, driving the Firefox build (.output/firefox-mv2)
// over WebDriver BiDi. Kept to one file: the Chromium suite covers the breadth.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    include: ['tests/e2e-firefox/**/*.firefox.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
