import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/create-handlers';
import type { BackgroundDeps } from '@/lib/background/deps';
import { serveGapLesson } from '@/lib/background/llm-gap-port';
import { countDue } from '@/lib/background/page-state';
import { createQuizWindowOpener, type WindowIdStore } from '@/lib/background/quiz-window';
import { llmBudgetStore, loadLlmSettings, saveLlmSettings } from '@/lib/browser/llm-store';
import { askTab } from '@/lib/browser/messaging';
import { overlayStrings } from '@/lib/browser/overlay-strings';
import { createPageReader } from '@/lib/browser/page-reader';
import { chromePromptApi } from '@/lib/browser/prompt-api';
import { loadSettings, saveSettings } from '@/lib/browser/settings-store';
import { RungDatabase } from '@/lib/db/schema';
import { dispatch } from '@/lib/messaging/dispatch';
import { GAP_LESSON_PORT } from '@/lib/protocol';
import { hostOf, isOverlayOn } from '@/lib/settings';

export default defineBackground(() => {
  // Content scripts run inside untrusted pages: keep extension storage (settings) out of their
  // reach where the browser can (Chrome). This is defence in depth only: the API key is not in
  // extension storage at all but in the database (lib/browser/llm-store.ts), so a browser without
  // the switch (Firefox) or a failure here exposes no secret.
  void (
    browser.storage.local as unknown as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> }
  )
    .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    ?.catch((error: unknown) => console.warn('Rung: storage.setAccessLevel failed', error));
  const db = new RungDatabase();
  const openQuizWindow = createQuizWindowOpener(
    {
      create: async (url) =>
        (await browser.windows.create({ url, type: 'popup', width: 440, height: 720 }))?.id,
      reuse: async (windowId, url) => {
        const win = await browser.windows.get(windowId, { populate: true });
        const tabId = win.tabs?.[0]?.id;
        if (tabId === undefined) return false;
        await browser.tabs.update(tabId, { url });
        await browser.windows.update(windowId, { focused: true });
        return true;
      },
    },
    sessionWindowId('quizWindowId'),
  );
  // MV3 has `action`, Firefox's MV2 build has `browserAction`.
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const deps: BackgroundDeps = {
    db,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    getSettings: loadSettings,
    uiLang: browser.i18n.getUILanguage(),
    llm: {
      getSettings: () => loadLlmSettings(db),
      saveSettings: (next) => saveLlmSettings(db, next),
      budget: llmBudgetStore,
      tzOffsetMinutes: () => -new Date().getTimezoneOffset(),
      promptApi: chromePromptApi(),
    },
    extractHtml: createPageReader(),
    overlayStrings,
    loadOverlay: async (tabId, frameId, part) => {
      // Runs in the content script's isolated world, next to it: the page cannot see it.
      const file = part === 'ui' ? '/overlay-ui.js' : '/overlay.js';
      if (browser.scripting) {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
      } else {
        await browser.tabs.executeScript(tabId, { file, frameId });
      }
    },
    openQuiz: async (pageUrl, conceptKey, tabId) => {
      const query = new URLSearchParams({
        concept: conceptKey,
        ...(tabId ? { tab: String(tabId) } : { page: pageUrl }),
      });
      await openQuizWindow(browser.runtime.getURL(`/popup.html?${query}`));
    },
  };
  const handlers = createHandlers(deps);

  const refreshBadge = async () => {
    const due = await countDue(deps);
    await action?.setBadgeText({ text: due > 0 ? String(due) : '' });
    await action?.setBadgeBackgroundColor({ color: '#2f5d50' });
  };

  browser.runtime.onMessage.addListener((message, sender) => {
    const reply = dispatch(
      handlers,
      message,
      { id: sender.id, tabId: sender.tab?.id, url: sender.url ?? sender.tab?.url, frameId: sender.frameId },
      { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
    );
    // Answers change what is due; keep the toolbar badge honest.
    void reply.then(() => refreshBadge().catch(() => undefined));
    return reply;
  });

  // The gap lesson streams over a port; only extension pages (the popup) may open one.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== GAP_LESSON_PORT) return;
    const own = browser.runtime.getURL('/');
    const fromExtensionPage =
      port.sender?.id === browser.runtime.id && (port.sender?.url ?? '').startsWith(own);
    serveGapLesson(deps, port, fromExtensionPage);
  });

  // The keyboard shortcut switches the overlay for the current site, and remembers it.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-overlay') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const host = tab?.url ? hostOf(tab.url) : null;
    if (!tab?.id || !host || !tab.url) return;
    const settings = await loadSettings();
    const on = !isOverlayOn(settings, tab.url);
    await saveSettings({ ...settings, overlaySites: { ...settings.overlaySites, [host]: on } });
    // A tab Rung does not read has no content script to answer.
    await askTab(tab.id, 'overlay/refresh', {}).catch(() => undefined);
  });

  void refreshBadge().catch(() => undefined);
});

/** storage.session where there is one (it outlives a service-worker restart), else memory. */
function sessionWindowId(key: string): WindowIdStore {
  const session = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;
  let memory: number | undefined;
  return {
    get: async () => {
      if (!session) return memory;
      const v = (await session.get(key))[key];
      return typeof v === 'number' ? v : undefined;
    },
    set: async (id) => {
      memory = id;
      await session?.set({ [key]: id ?? null });
    },
  };
}
