import { inferAndStoreForPage } from '@/lib/graph/edge-store';
import type { Handlers } from '@/lib/messaging/dispatch';
import { extractResultSchema } from '@/lib/protocol';
import { isOverlayOn, isSiteAllowed } from '@/lib/settings';
import type { BackgroundDeps } from './deps';
import { llmContextFor } from './llm-deps';
import { glossForOverlay } from './llm-gloss';
import { createLlmHandlers } from './llm-handlers';
import { suggestEdgesForPage } from './llm-prerequisites';
import { countDue, pageState } from './page-state';
import { answerQuestion, currentQuiz, startQuiz } from './quiz-flow';
import { startReview } from './review-quiz';
import { savePage } from './save-page';

/** The background's answer to every request in lib/protocol.ts. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  const handlers: Handlers = {
    'site/status': async ({ url }) => {
      const settings = await deps.getSettings();
      const read = isSiteAllowed(settings, url);
      const overlay = read && isOverlayOn(settings, url);
      // The learner's own language decides which pages are foreign (vocabulary) pages. The overlay
      // gets the theme and whether it may offer glosses, never the settings themselves.
      return {
        read,
        overlay,
        nativeLang: settings.knownLanguages[0] ?? 'en',
        theme: settings.theme,
        llmGloss: overlay && (await llmContextFor(deps, url)) !== null,
      };
    },
    'page/read': async ({ url, result }) => {
      const settings = await deps.getSettings();
      if (!isSiteAllowed(settings, url)) return { stored: 0, pageKind: result.pageKind };
      const page = await savePage(deps.db, url, result, deps.now());
      // The map grows with every page read; a failure here must not lose the page itself.
      await inferAndStoreForPage(deps.db, url).catch((error: unknown) =>
        console.warn('Rung: prerequisite inference failed', error),
      );
      // Model suggestions (LLM on for this site only) arrive later; the reply does not wait.
      const suggesting = suggestEdgesForPage(deps, url).catch(() => 0);
      if (deps.later) deps.later(suggesting);
      return { stored: page.conceptKeys.length, pageKind: page.pageKind };
    },
    'page/document': async ({ url, html }, sender) => {
      const settings = await deps.getSettings();
      if (!isSiteAllowed(settings, url)) return { stored: 0, pageKind: 'empty' };
      if (!deps.extractHtml) throw new Error('Rung cannot read pages in this browser.');
      const raw = await deps.extractHtml(html, { url, nativeLang: settings.knownLanguages[0] ?? 'en' });
      // The extractor ran on untrusted markup: its result is checked like any message.
      const result = extractResultSchema.safeParse(raw);
      if (!result.success) throw new Error('Rung could not read this page.');
      return handlers['page/read']({ url, result: result.data }, sender);
    },
    'overlay/load': async (_payload, sender) => {
      if (!deps.loadOverlay || sender.tabId === undefined) return { ok: false };
      await deps.loadOverlay(sender.tabId, sender.frameId ?? 0);
      return { ok: true };
    },
    'overlay/concepts': async ({ url }) => {
      const state = await pageState(deps, url);
      return { concepts: state.concepts, readiness: state.readiness };
    },
    'overlay/open-quiz': async ({ url, conceptKey }, sender) => {
      // Only a concept Rung found on this very page: the page cannot name others (what the learner
      // studied elsewhere) and have Rung confirm them by opening a window.
      const onPage = await deps.db.occurrences.get([url, conceptKey]);
      if (!deps.openQuiz || !onPage) return { ok: false };
      await deps.openQuiz(url, conceptKey, sender.tabId);
      return { ok: true };
    },
    'overlay/gloss': async ({ url, conceptKey }) => glossForOverlay(deps, url, conceptKey),
    'page/state': async ({ url }) => pageState(deps, url),
    'quiz/start': async ({ url, conceptKey, fresh, testOut, review }) =>
      review ? startReview(deps, url) : startQuiz(deps, url, conceptKey, fresh, testOut),
    'quiz/current': async ({ url }) => currentQuiz(deps, url),
    'quiz/answer': async (input) => answerQuestion(deps, input),
    'page/advance': async ({ url }) => {
      const state = await pageState(deps, url);
      if (!state.known) return { ok: false, reason: 'Rung has not read this page yet.' };
      if (!state.advance.enabled) return { ok: false, reason: state.advance.reason ?? undefined };
      const page = await deps.db.pages.get(url);
      if (page) await deps.db.pages.put({ ...page, doneAt: deps.now() });
      return { ok: true, nextUrl: state.advance.nextUrl };
    },
    'review/due': async () => ({ count: await countDue(deps) }),
    ...createLlmHandlers(deps),
  };
  return handlers;
}
