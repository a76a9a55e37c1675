import { questionViolations, sourceSentences } from '@/lib/quiz/check-quiz';
import type { Question } from '@/lib/quiz/types';

// The tests' judge of a whole quiz, from the same per-question rules the generator applies as it
// builds one (lib/quiz/generate-quiz.ts), checked here on what it returned.

/** Violations of a whole quiz: each question's, and more than one question from one sentence. */
export function quizViolations(questions: readonly Question[]): string[] {
  const out: string[] = [];
  const used = new Map<string, string>();
  for (const q of questions) {
    for (const v of questionViolations(q)) out.push(`${q.id}: ${v}`);
    for (const s of sourceSentences(q)) {
      const prior = used.get(s);
      if (prior && prior !== q.id) out.push(`${q.id}: same source sentence as ${prior}`);
      used.set(s, q.id);
    }
  }
  return out;
}
