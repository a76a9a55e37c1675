import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '@/lib/extract/extract-page';
import { projectRoot } from './corpus';

/** Where the unit tests say the demo tutorial was read (the host the e2e static server uses). */
export const DEMO_URL = 'http://127.0.0.1/demo/closures.html';

/** What the content script sends after reading one of the demo tutorials (scripts/demo/) at `url`. */
export function readDemoPage(url: string, name = 'closures.html') {
  const { document } = parseHTML(readFileSync(join(projectRoot, 'scripts/demo', name), 'utf8'));
  return extractPage(document as unknown as Document, { url });
}
