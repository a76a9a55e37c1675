import type { LlmContext, LlmResult } from '@/lib/llm/llm-context';
import { withFallback } from '@/lib/llm/llm-context';
import { streamText } from '@/lib/llm/stream-text';
import { delimit } from '@/lib/llm/untrusted-prompt';
import type { StoredConcept } from '@/lib/types';

export interface GapLessonInput {
  /** The missing prerequisite to explain. */
  gap: Pick<StoredConcept, 'label'> & { definition?: string };
  /** The concept the learner failed, which needs the gap. */
  behind: Pick<StoredConcept, 'label'>;
  /** What the learner answered, and what was expected. */
  learnerAnswer: string;
  expected?: string;
  /** Sentences about the gap (and the failed question) from the learner's pages. */
  passage: string;
  pageUrl?: string;
  language?: string;
  signal?: AbortSignal;
  /** Each piece of the lesson as it arrives. */
  onText?: (delta: string) => void;
}

/** Offline: the gap's definition set against what the learner wrote. */
export function offlineGapLesson(input: GapLessonInput): string {
  const parts = [
    `To understand ${input.behind.label}, you first need ${input.gap.label}.`,
    input.gap.definition ?? input.passage.split(/(?<=[.!?])\s+/)[0] ?? '',
    input.learnerAnswer.trim()
      ? `You answered "${input.learnerAnswer.trim()}"${input.expected ? `; the expected answer was "${input.expected}"` : ''}.`
      : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * A short lesson on a missing prerequisite, aimed at what the learner got wrong, streamed because
 * the learner is waiting for it. Falls back to the offline lesson.
 */
export async function gapLesson(ctx: LlmContext, input: GapLessonInput): Promise<LlmResult<string>> {
  const outcome = await streamText(ctx, {
    feature: 'gap-lesson',
    pageUrl: input.pageUrl,
    signal: input.signal,
    onText: input.onText,
    maxChars: 2500,
    system:
      `You are a patient tutor. In at most 120 words of plain text (no Markdown), in language "${input.language ?? 'en'}", ` +
      `explain the prerequisite concept to a learner who failed a question about a concept that depends on it. ` +
      'Start from what their answer shows they believe, correct it, and end with one short check question.',
    user:
      `Prerequisite: ${delimit('concept', input.gap.label, 200)}\n` +
      `Concept that needs it: ${delimit('concept', input.behind.label, 200)}\n` +
      `Learner's answer: ${delimit('learner-answer', input.learnerAnswer, 500)}\n` +
      (input.expected ? `Expected answer: ${delimit('learner-answer', input.expected, 200)}\n` : '') +
      `Passage:\n${delimit('passage', input.passage)}`,
  });
  return withFallback(outcome, () => offlineGapLesson(input));
}
