import { gapQuality } from '@/lib/graph/gap-quality';
import { gapsBehind, MIN_GAP_CERTAINTY } from '@/lib/graph/gaps-behind';
import type { PrereqGraph } from '@/lib/graph/prereq-graph';
import type { MasteryLookup } from '@/lib/mastery/mastery-lookup';
import type { Settings } from '@/lib/settings';
import type { BackgroundDeps } from './deps';
import { loadPageBundle, practicePage, questionPool } from './page-bundle';

/** How many unmastered prerequisites a wrong answer marks as gaps (surest first). */
const GAPS_PER_FAILURE = 3;

export interface Hole {
  key: string;
  /** The earlier page the gap is practised on, when it cannot be asked on this one. */
  readOn?: string;
}

/**
 * The unmastered prerequisites behind a failure on `conceptKey`, surest first, that the learner
 * can practise: a question can be asked on them on `pageUrl`, or on another page read before
 * (then `readOn` names it). A gap nobody can close would block Advance for good.
 */
export async function holesBehind(
  deps: BackgroundDeps,
  graph: PrereqGraph,
  m: MasteryLookup,
  pageUrl: string,
  conceptKey: string,
  settings: Settings,
): Promise<Hole[]> {
  const bundle = await loadPageBundle(deps.db, pageUrl);
  const askable = new Set(bundle ? questionPool(bundle, settings).map((q) => q.conceptKey) : []);
  const holes: Hole[] = [];
  const hits = gapsBehind(graph, conceptKey, (k) => m.mastered(k), { quality: gapQuality });
  for (const hit of hits) {
    if (holes.length >= GAPS_PER_FAILURE) break;
    if (hit.certainty < MIN_GAP_CERTAINTY) continue;
    if (askable.has(hit.key)) holes.push({ key: hit.key });
    else {
      const readOn = await practicePage(deps.db, hit.key, settings);
      if (readOn) holes.push({ key: hit.key, readOn });
    }
  }
  return holes;
}
