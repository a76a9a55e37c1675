import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '@/lib/extract/extract-page';
import { projectRoot } from './corpus';

/** Where the unit tests say the French market article (tests/e2e/fixtures/) was read. */
export const FRENCH_URL = 'http://127.0.0.1/fixtures/marche-lyon.html';

/** What the content script of an English speaker sends after reading the French article at `url`. */
export function readFrenchPage(url = FRENCH_URL) {
  const html = readFileSync(join(projectRoot, 'tests/e2e/fixtures/marche-lyon.html'), 'utf8');
  const { document } = parseHTML(html);
  return extractPage(document as unknown as Document, { url, nativeLang: 'en' });
}
