import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/browser/i18n';
import { ask, askTab } from '@/lib/browser/messaging';
import { isHttpUrl } from '@/lib/data/http-url';
import type { FeedbackReply, GapView, PageStateReply, QuizView } from '@/lib/protocol';
import { AdvanceBar } from './advance-bar';
import { ConceptList } from './concept-list';
import { GapLesson } from './gap-lesson';
import { GapsList } from './gaps-list';
import { LlmSiteConsent } from './llm-site-consent';
import { QuizPanel } from './quiz-panel';
import { ReadStatus } from './read-status';

interface Target {
  tabId?: number;
  url: string;
}

/** The tab the popup is about: the active tab, or ?tab=<id> when opened as a page (tests, map). */
async function findTarget(): Promise<Target | null> {
  const params = new URLSearchParams(location.search);
  const tabParam = params.get('tab');
  if (tabParam) {
    const tab = await browser.tabs.get(Number(tabParam)).catch(() => undefined);
    if (tab?.url) return { tabId: tab.id, url: tab.url };
  }
  const pageParam = params.get('page');
  if (pageParam) return { url: pageParam };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ? { tabId: tab.id, url: tab.url } : null;
}

/** `url` opened at `passage`: a text fragment (`#:~:text=`) on its first words. */
function withTextFragment(url: string, passage: string): string {
  const start = passage.split(/\s+/).filter(Boolean).slice(0, 8).join(' ');
  return start ? `${url.split('#')[0]}#:~:text=${encodeURIComponent(start)}` : url;
}

function newAttemptId(): string {
  return crypto.randomUUID();
}

export function PopupApp() {
  const [target, setTarget] = useState<Target | null | undefined>(undefined);
  const [state, setState] = useState<PageStateReply | null>(null);
  const [quiz, setQuiz] = useState<QuizView | null>(null);
  const [feedback, setFeedback] = useState<FeedbackReply | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Whether the LLM is on and may see this page: shows "Explain this gap" (off: the popup is unchanged).
  const [llmOn, setLlmOn] = useState(false);
  /** The site to ask about ("use the LLM here?"), while the LLM is on and the site was never asked. */
  const [askSite, setAskSite] = useState<string | null>(null);
  const [answeredConcept, setAnsweredConcept] = useState<{ key: string; label: string } | null>(null);
  const [startedAt, setStartedAt] = useState(Date.now());
  // One attempt id per question shown: a retry after the background was stopped resends the same
  // id, so the answer is recorded once however often it is sent.
  const [attempt, setAttempt] = useState<{ questionId: string; id: string } | null>(null);
  // The tab is still loading: its content script has not started, but a read is coming.
  const [tabLoading, setTabLoading] = useState(false);

  const refresh = useCallback(async (url: string) => {
    setState(await ask('page/state', { url }));
  }, []);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void run(async () => {
      const found = await findTarget();
      setTarget(found);
      if (!found) return;
      const concept = new URLSearchParams(location.search).get('concept');
      // Asked together: the first screen waits for one round trip, not two in a row.
      const [, view] = await Promise.all([
        refresh(found.url),
        concept
          ? ask('quiz/start', { url: found.url, conceptKey: concept })
          : ask('quiz/current', { url: found.url }),
      ]);
      // After the first screen: the worker answers one request at a time, and the model's status
      // only adds a line under it.
      void ask('llm/status', { url: found.url })
        .then((s) => {
          setLlmOn(s.enabled && s.allowed);
          setAskSite(s.enabled && s.undecided && s.site ? s.site : null);
        })
        .catch(() => undefined);
      if (view) {
        setQuiz(view.finished ? null : view);
        if (view.notice) setNotice(view.notice);
        // A quiz on one concept (from the map or the overlay) is about the page it was read on.
        if (view.pageUrl !== found.url) {
          setTarget({ url: view.pageUrl });
          await refresh(view.pageUrl);
        }
      }
    });
  }, [refresh, run]);

  // A page not stored yet (being read, or its tab still loading): ask again, the background answering
  // when the read changes, until the page is stored or its read failed. The popup fills itself in.
  const awaitingRead =
    !!target && !!state && state.allowed && !state.known && state.reading?.status !== 'failed';
  useEffect(() => {
    if (!awaitingRead || !target) return;
    let live = true;
    void (async () => {
      if (target.tabId !== undefined) {
        const tab = await browser.tabs.get(target.tabId).catch(() => undefined);
        if (live) setTabLoading(tab?.status === 'loading');
      }
      const next = await ask('page/state', { url: target.url, waitForRead: true }).catch(() => null);
      // A failed request (the background restarting) is asked again after a pause, not in a tight loop.
      if (!next) await new Promise((r) => setTimeout(r, 1000));
      if (live) setState((s) => next ?? (s ? { ...s } : s));
    })();
    return () => {
      live = false;
    };
  }, [awaitingRead, target, state]);

  if (target === undefined) return <p class="muted pad">{t('loading')}</p>;
  if (target === null) return <p class="pad">{t('noPage')}</p>;

  const review = () =>
    run(async () => {
      const view = await ask('quiz/start', { url: target.url, review: true });
      setQuiz(view);
      setFeedback(null);
      setStartedAt(Date.now());
    });

  const start = (conceptKey?: string, testOut?: boolean) =>
    run(async () => {
      const view = await ask('quiz/start', { url: target.url, conceptKey, ...(testOut ? { testOut } : {}) });
      setQuiz(view);
      setFeedback(null);
      setNotice(view.notice ?? null);
      setStartedAt(Date.now());
    });

  const check = (answer: string) =>
    run(async () => {
      if (!quiz?.question) return;
      const current =
        attempt?.questionId === quiz.question.id
          ? attempt
          : { questionId: quiz.question.id, id: newAttemptId() };
      setAttempt(current);
      const reply = await ask('quiz/answer', {
        quizId: quiz.quizId,
        questionId: quiz.question.id,
        answer,
        attemptId: current.id,
        responseMs: Math.max(0, Date.now() - startedAt),
      });
      // The page's state (gaps, Advance) is fetched before anything is shown, so the verdict and
      // the gaps it changed appear in one render: a gap the answer just closed is never on screen
      // with a live "Practise" button beside the feedback that closed it.
      // A failed state read must not hide the verdict of an answer that was recorded.
      const fresh = await ask('page/state', { url: target.url }).catch(() => null);
      setFeedback(reply);
      setAnsweredConcept({ key: quiz.question.conceptKey, label: quiz.question.conceptLabel });
      setNotice(reply.notice ?? null);
      setAttempt(null);
      setQuiz(reply.next);
      if (fresh) setState(fresh);
    });

  const next = () => {
    setFeedback(null);
    setStartedAt(Date.now());
    if (quiz?.finished) setQuiz(null);
  };

  const showSource = (text: string, pageUrl?: string) =>
    run(async () => {
      if (target.tabId === undefined) return;
      if (pageUrl && pageUrl !== target.url) {
        // Stored addresses came from pages and import files: never navigate the tab to anything
        // but http(s) (a `javascript:` address would run in the page).
        if (!isHttpUrl(pageUrl)) return;
        // Another page (an earlier chapter): opened at the passage with a text fragment, which the
        // browser scrolls to and marks itself.
        await browser.tabs.update(target.tabId, { url: withTextFragment(pageUrl, text), active: true });
        return;
      }
      // A page Rung no longer reads (or one reloaded since) has no content script to answer.
      const res = await askTab(target.tabId, 'passage/highlight', { text }).catch(() => null);
      setNotice(res?.found ? null : t('passageNotFound'));
    });

  const advance = () =>
    run(async () => {
      const res = await ask('page/advance', { url: target.url });
      if (isHttpUrl(res.nextUrl) && target.tabId !== undefined) {
        await browser.tabs.update(target.tabId, { url: res.nextUrl });
      }
      await refresh(target.url);
    });

  const practise = (gap: GapView) => start(gap.key);

  // Only offered after a failed read: the reloaded page is read again by its content script.
  const reload = () =>
    run(async () => {
      if (target.tabId === undefined || !state) return;
      await browser.tabs.reload(target.tabId);
      setTabLoading(true);
      setState({ ...state, reading: undefined });
    });

  const answerSite = (allow: boolean) =>
    run(async () => {
      await ask('llm/site/consent', { url: target.url, allow });
      setAskSite(null);
      setLlmOn(allow);
    });

  return (
    <main class="popup" aria-busy={busy}>
      <header class="top">
        <span class="brand" aria-hidden="true">
          ▤ Rung
        </span>
        {state && state.dueCount > 0 && (
          <button type="button" class="due" onClick={() => review()} disabled={busy}>
            {t('startReview')}: {t('reviewDue', state.dueCount)}
          </button>
        )}
        <nav class="links">
          <a href={browser.runtime.getURL('/map.html')} target="_blank" rel="noreferrer">
            {t('openMap')}
          </a>
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
            {t('openSettings')}
          </a>
        </nav>
      </header>
      {error && (
        <p class="error" role="alert">
          {t('errorPrefix', error)}
        </p>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {askSite && state?.allowed && <LlmSiteConsent site={askSite} busy={busy} onAnswer={answerSite} />}
      {state && !state.allowed && <p class="pad">{t('siteOff')}</p>}
      {state?.allowed && !state.known && (
        <ReadStatus
          reading={state.reading}
          tabLoading={tabLoading}
          onReload={target.tabId === undefined ? undefined : reload}
          busy={busy}
        />
      )}
      {state?.known && (
        <>
          <h1 dir="auto">{state.title}</h1>
          <p class="muted meta">
            {state.lang} · {state.pageKind} · {t('readiness', Math.round(state.readiness * 100))}
          </p>
          {quiz ? (
            <>
              <QuizPanel
                quiz={quiz}
                feedback={feedback}
                busy={busy}
                dir={state.dir}
                onCheck={check}
                onNext={next}
                onShowSource={(text) => showSource(text, quiz.pageUrl)}
              />
              {feedback?.reason && (
                <p class="llm-reason" dir="auto">
                  {t('llmWhy', feedback.reason)}
                </p>
              )}
              {feedback && !feedback.correct && llmOn && answeredConcept && (
                <GapLesson url={target.url} conceptKey={answeredConcept.key} label={answeredConcept.label} />
              )}
            </>
          ) : null}
          {/* After a finished quiz (a Practise run, say) the learner needs a way on without reopening the popup. */}
          {(!quiz || quiz.finished) && (
            <div class="row">
              <button
                type="button"
                class="primary"
                onClick={() => start()}
                disabled={busy || state.required.length === 0}
              >
                {state.quizInProgress ? t('resumeQuiz') : t('startQuiz')}
              </button>
              {!state.advance.enabled && state.required.length > 0 && (
                <button type="button" onClick={() => start(undefined, true)} disabled={busy}>
                  {t('testOut')}
                </button>
              )}
            </div>
          )}
          <section aria-labelledby="concepts-heading">
            <h2 id="concepts-heading">{t('conceptsHeading')}</h2>
            <ConceptList concepts={state.concepts} dir={state.dir} />
          </section>
          <GapsList
            gaps={state.gaps}
            onPractise={practise}
            onShow={(g) => g.source && showSource(g.source, g.pageUrl)}
            extra={
              llmOn ? (g) => <GapLesson url={target.url} conceptKey={g.key} label={g.label} /> : undefined
            }
          />
          <AdvanceBar
            enabled={state.advance.enabled}
            reason={state.advance.reason}
            done={state.advance.done}
            onAdvance={advance}
          />
        </>
      )}
    </main>
  );
}
