import { generateQuestions } from '@/lib/llm/generate-questions';
import type { Question } from '@/lib/quiz/types';
import { seededRandom } from '@/lib/random';
import type { BackgroundDeps } from './deps';
import { llmContextFor } from './llm-deps';
import { passageFor } from './llm-passage';
import type { PageBundle } from './page-bundle';

/** The learner waits for the quiz to open: a slow model falls back rather than keeping them waiting. */
const QUIZ_TIMEOUT_MS = 20_000;
/** Concepts asked for at once, so a small local server is not flooded. */
const CONCURRENCY = 3;

export interface QuizQuestions {
  questions: Question[];
  /** One line for the quiz view when the model could not be used; absent when all went well. */
  notice?: string;
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * The quiz's questions for `keys`: with the LLM on (and the site not excluded) one model-written
 * question per concept from its passage comes first, then the offline ones, which stay in the quiz
 * so it goes on when the model is slow or wrong. Answers already paid for come from llmCache.
 */
export async function quizQuestions(
  deps: BackgroundDeps,
  bundle: PageBundle,
  keys: readonly string[],
  offline: readonly Question[],
): Promise<QuizQuestions> {
  const own = offline.filter((q) => keys.includes(q.conceptKey));
  const ctx = await llmContextFor(deps, bundle.page.url, { timeoutMs: QUIZ_TIMEOUT_MS, maxRetries: 1 });
  if (!ctx) return { questions: own };
  const results = await mapLimited(keys, CONCURRENCY, async (key) => {
    const concept = bundle.concepts.find((c) => c.key === key);
    const passage = passageFor(key, bundle.occurrences, own);
    if (!concept || !passage) return null;
    // One seeded source per concept: the options come in the same order every time, whichever
    // concept's reply arrives first.
    const random = seededRandom(`${bundle.page.url}#${key}#llm`);
    return generateQuestions(
      { ...ctx, random },
      {
        concept,
        passage,
        pageUrl: bundle.page.url,
        count: 1,
        language: bundle.page.lang,
        offline: () => [],
      },
    );
  });
  const written = results.flatMap((r) => (r && r.source !== 'offline' ? r.value : []));
  const failure = results.find((r) => r && r.source === 'offline' && r.message);
  const notice = failure
    ? written.length > 0
      ? `Some questions are Rung's own: ${failure.message}`
      : `The LLM could not write questions, so this quiz uses Rung's own: ${failure.message}`
    : undefined;
  // Model-written first: the next-question picker takes the least-asked, first-listed one.
  const seen = new Set<string>();
  const questions = [...written, ...own].filter((q) => !seen.has(q.id) && seen.add(q.id));
  return notice ? { questions, notice } : { questions };
}
