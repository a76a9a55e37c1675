import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Reads a built package's manifest and the README's permission table, so the tests of both
// browsers' builds check the same promises (issue 17 item 9): what the package asks for is what
// the README says, nothing more.
const root = resolve(import.meta.dirname, '../..');

export interface BuiltManifest {
  permissions?: string[];
  host_permissions?: string[];
  browser_specific_settings?: {
    gecko?: { data_collection_permissions?: { required?: string[]; optional?: string[] } };
  };
}

export function readBuiltManifest(target: 'chrome-mv3' | 'firefox-mv2'): {
  manifest: BuiltManifest;
  files: string[];
} {
  const dir = resolve(root, '.output', target);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`no build in ${dir}: run the build first (npm run test:e2e builds it)`);
  }
  const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
  return { manifest, files: readdirSync(dir, { recursive: true }).map(String) };
}

/** The API permissions the README's table lists, with the browsers each applies to. */
export function readmePermissions(): { name: string; chromeOnly: boolean }[] {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const section = readme.split('### Permissions')[1]?.split('\n### ')[0] ?? '';
  return [...section.matchAll(/^\| `([A-Za-z]+)`( \(Chrome\))? \|/gm)].map((m) => ({
    name: m[1] ?? '',
    chromeOnly: Boolean(m[2]),
  }));
}

export function expectedPermissions(browser: 'chrome' | 'firefox'): string[] {
  return readmePermissions()
    .filter((p) => browser === 'chrome' || !p.chromeOnly)
    .map((p) => p.name)
    .sort();
}
