import { inferAndStoreForPage } from '@/lib/db/edge-store';
import { isConceptOnPage, markPageDone } from '@/lib/db/page-queries';
import {
  asStorageFullError,
  PAGE_READ_STORAGE_FULL_MESSAGE,
  QUIZ_START_STORAGE_FULL_MESSAGE,
  StorageFullError,
} from '@/lib/db/record-attempt';
import type { Handlers } from '@/lib/messaging/dispatch';
import { extractResultSchema, RungFailure } from '@/lib/protocol';
import { isOverlayOn, isSiteAllowed } from '@/lib/settings';
import { answerQuestion } from './answer-question';
import { createDataHandlers } from './data-handlers';
import type { BackgroundDeps } from './deps';
import { llmContextFor } from './llm-deps';
import { glossForOverlay } from './llm-gloss';
import { createLlmHandlers } from './llm-handlers';
import { suggestEdgesForPage } from './llm-prerequisites';
import { countDue, pageState } from './page-state';
import { ReadTracker } from './read-tracker';
import { startReview } from './review-quiz';
import { savePage } from './save-page';
import { currentQuiz, startQuiz } from './start-quiz';

/**
 * The quiz functions say "no" with `{ error }`; on the wire a refusal has one shape (ErrorReply),
 * which dispatch makes from a thrown RungFailure.
 */
function orFail<T extends object>(result: T | { error: string }): T {
  if ('error' in result) throw new RungFailure(result.error);
  return result;
}

/** How long a popup's `page/state` waits for a read to change before it answers anyway. */
const READ_WAIT_MS = 10_000;

/** What the popup says when a read failed: our own messages as they are, anything else wrapped. */
function readFailure(error: unknown): string {
  if (error instanceof RungFailure || error instanceof StorageFullError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Rung could not read this page: ${/[.!?]$/.test(detail) ? detail : `${detail}.`}`;
}

/** The background's answer to every request in lib/protocol.ts. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  // Which pages are being read right now, or failed to be: the popup says "Reading this page…".
  const reads = new ReadTracker();
  const handlers: Handlers = {
    'site/status': async ({ url, reading }) => {
      const settings = await deps.getSettings();
      const read = isSiteAllowed(settings, url);
      if (reading && read) reads.announce(url, deps.now());
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
      // A full disk says what to do, not the raw QuotaExceededError (the reply carries the message).
      const page = await savePage(deps.db, url, result, deps.now()).catch((error: unknown) => {
        throw asStorageFullError(error, PAGE_READ_STORAGE_FULL_MESSAGE);
      });
      // The map grows with every page read; a failure here must not lose the page itself.
      await inferAndStoreForPage(deps.db, url).catch((error: unknown) =>
        console.warn('Rung: prerequisite inference failed', error),
      );
      // Model suggestions (LLM on for this site only) arrive later; the reply does not wait.
      const suggesting = suggestEdgesForPage(deps, url).catch(() => 0);
      if (deps.later) deps.later(suggesting);
      return { stored: page.conceptKeys.length, pageKind: page.pageKind };
    },
    'page/reading': async ({ url }) => {
      if (isSiteAllowed(await deps.getSettings(), url)) reads.announce(url, deps.now());
      return { ok: true };
    },
    'page/document': async ({ url, html, overlay }, sender) => {
      const settings = await deps.getSettings();
      if (!isSiteAllowed(settings, url)) return { stored: 0, pageKind: 'empty' };
      reads.parsing(url, deps.now());
      try {
        if (!deps.extractHtml) throw new RungFailure('Rung cannot read pages in this browser.');
        const raw = await deps.extractHtml(html, { url, nativeLang: settings.knownLanguages[0] ?? 'en' });
        // The extractor ran on untrusted markup: its result is checked like any message.
        const result = extractResultSchema.safeParse(raw);
        if (!result.success) throw new RungFailure('Rung could not read this page.');
        const reply = await handlers['page/read']({ url, result: result.data }, sender);
        reads.stored(url);
        if (!overlay || !isOverlayOn(await deps.getSettings(), url)) return reply;
        // The overlay in the same round trip; a failed load leaves the content script to ask.
        const loaded = await handlers['overlay/load']({ url }, sender).catch(() => ({ ok: false }));
        return loaded.ok ? { ...reply, overlay: await handlers['overlay/concepts']({ url }, sender) } : reply;
      } catch (error) {
        reads.failed(url, readFailure(error), deps.now());
        throw error;
      }
    },
    'overlay/load': async ({ part }, sender) => {
      if (!deps.loadOverlay || sender.tabId === undefined) return { ok: false };
      await deps.loadOverlay(sender.tabId, sender.frameId ?? 0, part ?? 'base');
      return { ok: true };
    },
    'overlay/concepts': async ({ url }) => {
      const state = await pageState(deps, url);
      return { concepts: state.concepts, readiness: state.readiness, strings: deps.overlayStrings?.() };
    },
    'overlay/open-quiz': async ({ url, conceptKey }, sender) => {
      // Only a concept Rung found on this very page: the page cannot name others (what the learner
      // studied elsewhere) and have Rung confirm them by opening a window.
      if (!deps.openQuiz) throw new RungFailure('Rung cannot open a quiz window here.');
      if (!(await isConceptOnPage(deps.db, url, conceptKey))) {
        throw new RungFailure('That concept is not on this page.');
      }
      await deps.openQuiz(url, conceptKey, sender.tabId);
      return { ok: true };
    },
    'overlay/gloss': async ({ url, conceptKey }) => glossForOverlay(deps, url, conceptKey),
    'page/state': async ({ url, waitForRead }) => {
      // The version is taken before the database is read, so a read that settles meanwhile wakes us.
      const seen = reads.version(url);
      let state = await pageState(deps, url);
      // A failed read is waited past too: the popup asks so only after "Reload", for the new read.
      if (waitForRead && !state.known && state.allowed) {
        await reads.changeSince(url, seen, READ_WAIT_MS);
        state = await pageState(deps, url);
      }
      const reading = state.known ? undefined : reads.progress(url, deps.now());
      return reading ? { ...state, reading } : state;
    },
    'quiz/start': async ({ url, conceptKey, fresh, testOut, review }) => {
      try {
        return orFail(
          await (review ? startReview(deps, url) : startQuiz(deps, url, conceptKey, fresh, testOut)),
        );
      } catch (error) {
        // The popup shows the message as it is: a full disk gets what to do, not QuotaExceededError.
        const full = asStorageFullError(error, QUIZ_START_STORAGE_FULL_MESSAGE);
        if (full instanceof StorageFullError) throw new RungFailure(full.message);
        throw error;
      }
    },
    'quiz/current': async ({ url }) => currentQuiz(deps, url),
    'quiz/answer': async (input) => orFail(await answerQuestion(deps, input)),
    'page/advance': async ({ url }) => {
      const state = await pageState(deps, url);
      if (!state.known) throw new RungFailure('Rung has not read this page yet.');
      if (!state.advance.enabled) {
        throw new RungFailure(state.advance.reason ?? 'This page’s concepts are not mastered yet.');
      }
      await markPageDone(deps.db, url, deps.now());
      return { ok: true, nextUrl: state.advance.nextUrl };
    },
    'review/due': async () => ({ count: await countDue(deps) }),
    ...createLlmHandlers(deps),
    ...createDataHandlers(deps),
  };
  return handlers;
}
