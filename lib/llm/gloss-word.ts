import { z } from 'zod';
import type { LlmContext, LlmResult } from '@/lib/llm/llm-context';
import { withFallback } from '@/lib/llm/llm-context';
import { requestStructured } from '@/lib/llm/request-structured';
import { delimit } from '@/lib/llm/untrusted-prompt';

export interface Gloss {
  word: string;
  /** Meaning in the learner's language; empty offline (Rung has no dictionary of its own). */
  gloss: string;
  /** An example sentence in the word's language (offline: the page's own sentence). */
  example: string;
  /** The example in the learner's language, when the model gave one. */
  exampleTranslation?: string;
}

export interface GlossWordInput {
  word: string;
  /** Language of the page (`es`) and of the learner (`en`). */
  wordLanguage: string;
  learnerLanguage: string;
  /** The sentence the word was met in. */
  passage: string;
  pageUrl?: string;
  signal?: AbortSignal;
}

const line = (max: number) => z.string().trim().min(1).max(max);
const replySchema = z.object({ gloss: line(200), example: line(300), exampleTranslation: line(300) });

const jsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['gloss', 'example', 'exampleTranslation'],
  properties: {
    gloss: { type: 'string' },
    example: { type: 'string' },
    exampleTranslation: { type: 'string' },
  },
};

/** A short gloss of a word in the learner's language, with a fresh example sentence. */
export async function glossWord(ctx: LlmContext, input: GlossWordInput): Promise<LlmResult<Gloss>> {
  const outcome = await requestStructured(ctx, {
    feature: 'gloss',
    pageUrl: input.pageUrl,
    schemaName: 'rung_gloss',
    jsonSchema,
    validate: replySchema,
    signal: input.signal,
    maxTokens: 300,
    system:
      `Gloss a word for a language learner. "gloss": its meaning in this context, in language "${input.learnerLanguage}", ` +
      `at most ten words. "example": a new simple sentence in language "${input.wordLanguage}" using the word. ` +
      `"exampleTranslation": that sentence in language "${input.learnerLanguage}".`,
    user: `Word: ${delimit('concept', input.word, 100)}\nWhere it was met:\n${delimit('passage', input.passage, 600)}`,
  });
  return withFallback(
    outcome.ok ? { ...outcome, value: { word: input.word, ...outcome.value } } : outcome,
    () => ({ word: input.word, gloss: '', example: input.passage.trim().slice(0, 300) }),
  );
}
