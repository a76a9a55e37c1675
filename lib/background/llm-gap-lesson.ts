import { conceptByKey, occurrencesOf } from '@/lib/db/page-queries';
import { askedQuestion, latestWrongAnswer, newestOpenGap } from '@/lib/db/quiz-queries';
import { gapLesson, offlineGapLesson } from '@/lib/llm/gap-lesson';
import type { LlmResult } from '@/lib/llm/llm-context';
import type { BackgroundDeps } from './deps';
import { llmContextFor } from './llm-deps';
import { passageFor } from './llm-passage';

export interface GapLessonRequest {
  /** The page the popup is about. */
  url: string;
  /** The gap (the missing concept) to explain. */
  conceptKey: string;
}

/** The learner reads as it arrives; a stream that stalls this long ends in the offline lesson. */
const LESSON_TIMEOUT_MS = 60_000;

/**
 * A short lesson on one gap, aimed at the learner's last wrong answer behind it, streamed through
 * `onText`; the result is the whole lesson (the offline one replaces a stream that broke off). The passage sent is the gap's sentences from one page the learner read, and that page's
 * site must not be excluded. With the LLM off (or on failure) the offline lesson is sent whole.
 */
export async function explainGap(
  deps: BackgroundDeps,
  request: GapLessonRequest,
  onText: (delta: string) => void,
  signal?: AbortSignal,
): Promise<LlmResult<string>> {
  const { db } = deps;
  const gap = await conceptByKey(db, request.conceptKey);
  if (!gap) throw new Error('Rung does not know this concept.');
  const record = await newestOpenGap(db, request.conceptKey);
  const behindKey = record?.behind ?? request.conceptKey;
  const behind = (await conceptByKey(db, behindKey)) ?? gap;
  const wrong = await latestWrongAnswer(db, behindKey);
  const expected = wrong?.pageUrl
    ? (await askedQuestion(db, wrong.pageUrl, wrong.questionId))?.answer
    : undefined;
  const occurrences = await occurrencesOf(db, request.conceptKey);
  // One page's sentences: the page on screen when it has some, else where the gap was found.
  const pageUrl =
    occurrences.find((o) => o.pageUrl === request.url)?.pageUrl ?? record?.pageUrl ?? occurrences[0]?.pageUrl;
  const passage = passageFor(
    request.conceptKey,
    occurrences.filter((o) => o.pageUrl === pageUrl),
  );
  const input = {
    gap: { label: gap.label, ...(gap.definition ? { definition: gap.definition } : {}) },
    behind: { label: behind.label },
    learnerAnswer: wrong?.answer ?? '',
    ...(expected ? { expected } : {}),
    passage: passage || gap.definition || gap.label,
    ...(pageUrl ? { pageUrl } : {}),
    language: gap.lang,
  };
  const ctx = await llmContextFor(deps, pageUrl ?? request.url, {
    timeoutMs: LESSON_TIMEOUT_MS,
    maxRetries: 1,
  });
  if (!ctx) {
    return { value: offlineGapLesson(input), source: 'offline', status: 'off', message: '' };
  }
  return gapLesson(ctx, { ...input, onText, ...(signal ? { signal } : {}) });
}
