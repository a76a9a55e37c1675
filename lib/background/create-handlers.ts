import { inferAndStoreForPage } from '@/lib/graph/edge-store';
import type { Handlers } from '@/lib/messaging/dispatch';
import { RungFailure } from '@/lib/protocol';
import { isOverlayOn, isSiteAllowed } from '@/lib/settings';
import { createDataHandlers } from './data-handlers';
import type { BackgroundDeps } from './deps';
import { llmContextFor } from './llm-deps';
import { glossForOverlay } from './llm-gloss';
import { createLlmHandlers } from './llm-handlers';
import { suggestEdgesForPage } from './llm-prerequisites';
import { countDue, pageState } from './page-state';
import { answerQuestion, currentQuiz, startQuiz } from './quiz-flow';
import { startReview } from './review-quiz';
import { savePage } from './save-page';

/**
 * The quiz functions say "no" with `{ error }`; on the wire a refusal has one shape (ErrorReply),
 * which dispatch makes from a thrown RungFailure.
 */
function orFail<T extends object>(result: T | { error: string }): T {
  if ('error' in result) throw new RungFailure(result.error);
  return result;
}

/** The background's answer to every request in lib/protocol.ts. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
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
    'overlay/concepts': async ({ url }) => {
      const state = await pageState(deps, url);
      return { concepts: state.concepts, readiness: state.readiness };
    },
    'overlay/open-quiz': async ({ url, conceptKey }, sender) => {
      if (!deps.openQuiz) throw new RungFailure('Rung cannot open a quiz window here.');
      await deps.openQuiz(url, conceptKey, sender.tabId);
      return { ok: true };
    },
    'overlay/gloss': async ({ url, conceptKey }) => glossForOverlay(deps, url, conceptKey),
    'page/state': async ({ url }) => pageState(deps, url),
    'quiz/start': async ({ url, conceptKey, fresh, testOut, review }) =>
      orFail(await (review ? startReview(deps, url) : startQuiz(deps, url, conceptKey, fresh, testOut))),
    'quiz/current': async ({ url }) => currentQuiz(deps, url),
    'quiz/answer': async (input) => orFail(await answerQuestion(deps, input)),
    'page/advance': async ({ url }) => {
      const state = await pageState(deps, url);
      if (!state.known) throw new RungFailure('Rung has not read this page yet.');
      if (!state.advance.enabled) {
        throw new RungFailure(state.advance.reason ?? 'This page’s concepts are not mastered yet.');
      }
      const page = await deps.db.pages.get(url);
      if (page) await deps.db.pages.put({ ...page, doneAt: deps.now() });
      return { ok: true, nextUrl: state.advance.nextUrl };
    },
    'review/due': async () => ({ count: await countDue(deps) }),
    ...createLlmHandlers(deps),
    ...createDataHandlers(deps),
  };
}
