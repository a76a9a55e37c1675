import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/create-handlers';
import { countDue } from '@/lib/background/page-state';
import { loadSettings } from '@/lib/browser/settings-store';
import { RungDatabase } from '@/lib/db/schema';
import { dispatch } from '@/lib/messaging/dispatch';

export default defineBackground(() => {
  const db = new RungDatabase();
  const deps = {
    db,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    getSettings: loadSettings,
  };
  const handlers = createHandlers(deps);

  const refreshBadge = async () => {
    const due = await countDue(deps);
    await browser.action?.setBadgeText({ text: due > 0 ? String(due) : '' });
    await browser.action?.setBadgeBackgroundColor({ color: '#2f5d50' });
  };

  browser.runtime.onMessage.addListener((message, sender) => {
    const reply = dispatch(
      handlers,
      message,
      { id: sender.id, tabId: sender.tab?.id, url: sender.url ?? sender.tab?.url },
      { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
    );
    // Answers change what is due; keep the toolbar badge honest.
    void reply.then(() => refreshBadge().catch(() => undefined));
    return reply;
  });

  void refreshBadge().catch(() => undefined);
});
