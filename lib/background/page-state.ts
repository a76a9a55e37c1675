import { conceptsByKeys, pagesByUrls } from '@/lib/db/page-queries';
import { dueCount, openQuizOf } from '@/lib/db/quiz-queries';
import type { MasteryLookup } from '@/lib/mastery/mastery-lookup';
import type { ConceptView, GapView, PageStateReply } from '@/lib/protocol';
import { advanceReason } from '@/lib/quiz/advance-reason';
import { isSiteAllowed } from '@/lib/settings';
import type { StoredConcept } from '@/lib/types';
import type { BackgroundDeps } from './deps';
import { loadMastery } from './mastery-view';
import { loadPageBundle, questionPool, requiredKeys } from './page-bundle';

/** How many of the page's concepts the popup lists. */
const LISTED = 12;

export async function countDue(deps: BackgroundDeps): Promise<number> {
  return dueCount(deps.db, deps.now());
}

async function gapViews(deps: BackgroundDeps, m: MasteryLookup): Promise<GapView[]> {
  const byConcept = new Map<string, GapView>();
  const keys = [...new Set(m.openGaps.flatMap((g) => [g.conceptKey, g.behind]))];
  const concepts = new Map((await conceptsByKeys(deps.db, keys)).filter(Boolean).map((c) => [c!.key, c!]));
  for (const g of m.openGaps) {
    const c = concepts.get(g.conceptKey);
    const view = byConcept.get(g.conceptKey) ?? {
      key: g.conceptKey,
      label: c?.label ?? g.conceptKey,
      behind: [],
      source: c?.definition,
      // Where to read about it: the earlier page it is practised on, else the page of the failure.
      pageUrl: g.readOn ?? g.pageUrl,
    };
    const behindLabel = concepts.get(g.behind)?.label ?? g.behind;
    if (g.behind !== g.conceptKey && !view.behind.includes(behindLabel)) view.behind.push(behindLabel);
    byConcept.set(g.conceptKey, view);
  }
  const views = [...byConcept.values()];
  const pages = await pagesByUrls(
    deps.db,
    views.map((v) => v.pageUrl ?? ''),
  );
  views.forEach((v, i) => {
    v.pageTitle = pages[i]?.title;
  });
  return views;
}

export async function pageState(deps: BackgroundDeps, url: string): Promise<PageStateReply> {
  const settings = await deps.getSettings();
  const allowed = isSiteAllowed(settings, url);
  // Independent reads, asked at once: counting what is due walks an index range that grows with
  // the history (3,000 due of 10,000 is about 10 ms), and the popup waits on this reply.
  const due = countDue(deps);
  const inProgress = openQuizOf(deps.db, url).then((q) => q !== null);
  const bundle = await loadPageBundle(deps.db, url);
  if (!bundle) {
    await inProgress.catch(() => false);
    return {
      known: false,
      allowed,
      concepts: [],
      required: [],
      gaps: [],
      advance: { enabled: false, reason: null, done: false },
      readiness: 0,
      dueCount: await due,
      quizInProgress: false,
    };
  }
  const pool = questionPool(bundle, settings);
  const required = requiredKeys(bundle, pool);
  const tracked = bundle.concepts.filter((c) => settings.kinds[c.kind]);
  const listed = [
    ...required.map((k) => tracked.find((c) => c.key === k)!),
    ...tracked.filter((c) => !required.includes(c.key)),
  ]
    .filter((c): c is StoredConcept => c !== undefined)
    .slice(0, Math.max(LISTED, required.length));
  const m = await loadMastery(
    deps.db,
    listed.map((c) => c.key),
    deps.now(),
    settings,
  );
  const concepts: ConceptView[] = listed.map((c) => ({
    key: c.key,
    label: c.label,
    kind: c.kind,
    status: m.status(c.key),
    definition: c.definition,
    pCorrect: m.pCorrect(c.key),
  }));
  const gaps = await gapViews(deps, m);
  const label = (k: string) => concepts.find((c) => c.key === k)?.label ?? k;
  // The popup shows the gaps that matter here: behind this page's concepts, or found on this page.
  const onPage = new Set(bundle.page.conceptKeys);
  const pageGaps = gaps.filter((g) =>
    m.openGaps.some(
      (o) =>
        o.conceptKey === g.key && (onPage.has(o.behind) || onPage.has(o.conceptKey) || o.pageUrl === url),
    ),
  );
  const unmastered = required.filter((k) => !m.mastered(k) && !pageGaps.some((g) => g.key === k)).map(label);
  const reason =
    required.length === 0
      ? 'Nothing on this page to learn yet.'
      : advanceReason(
          pageGaps,
          unmastered.map((l) => ({ label: l })),
          deps.uiLang ?? 'en',
        );
  return {
    known: true,
    allowed,
    title: bundle.page.title,
    lang: bundle.page.lang,
    dir: bundle.page.dir,
    pageKind: bundle.page.pageKind,
    concepts,
    required,
    gaps: pageGaps,
    advance: {
      enabled: reason === null,
      reason,
      nextUrl: bundle.page.nextUrl,
      done: bundle.page.doneAt !== undefined,
    },
    readiness: required.length === 0 ? 0 : required.filter((k) => m.mastered(k)).length / required.length,
    dueCount: await due,
    quizInProgress: await inProgress,
  };
}
