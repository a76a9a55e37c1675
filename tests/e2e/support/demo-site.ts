import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { projectRoot } from '../../support/corpus';
import { launchWithExtension, type RungBrowser } from './extension';
import { type StaticServer, startStaticServer } from './static-server';

export interface DemoSite {
  /** The browser with Rung loaded (a fresh profile for the test file). */
  readonly b: RungBrowser;
  /** Where a demo tutorial of scripts/demo is served, e.g. url('closures.html'). */
  url: (name: string) => string;
}

/**
 * For a test file: the demo tutorials (scripts/demo, the project's own pages) served on 127.0.0.1
 * and a browser with the built extension, started before its tests and closed after them.
 */
export function useDemoSite(): DemoSite {
  let server: StaticServer | undefined;
  let browser: RungBrowser | undefined;
  beforeAll(async () => {
    server = await startStaticServer({ '/demo': join(projectRoot, 'scripts/demo') });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
  });
  return {
    get b() {
      if (!browser) throw new Error('the demo site is used before its beforeAll ran');
      return browser;
    },
    url: (name) => `${server!.url}/demo/${name}`,
  };
}
