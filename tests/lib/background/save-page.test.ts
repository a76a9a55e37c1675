import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/create-handlers';
import { makeDeps } from '@/tests/support/background-harness';
import { DEMO_URL, readDemoPage } from '@/tests/support/demo-page';

describe('page/read keeps only a safe "next page" link', () => {
  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>'])(
    'a page whose next link is %s gets no nextUrl, so Advance cannot navigate there',
    async (unsafe) => {
      const deps = makeDeps();
      const h = createHandlers(deps);
      await h['page/read']({ url: DEMO_URL, result: { ...readDemoPage(DEMO_URL), nextUrl: unsafe } }, {});
      expect((await deps.db.pages.get(DEMO_URL))?.nextUrl).toBeUndefined();
      expect((await h['page/state']({ url: DEMO_URL }, {})).advance.nextUrl).toBeUndefined();
    },
  );
});
