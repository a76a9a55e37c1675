import { z } from 'zod';
import type { LlmContext, LlmResult } from '@/lib/llm/llm-context';
import { withFallback } from '@/lib/llm/llm-context';
import { requestStructured } from '@/lib/llm/request-structured';
import { delimit } from '@/lib/llm/untrusted-prompt';
import type { Question } from '@/lib/quiz/types';
import { hashString } from '@/lib/random';
import type { StoredConcept } from '@/lib/types';

/**
 * A question written by the model. Extends `Question` (lib/quiz/types.ts) with an explanation for
 * every option, shown after the learner picks one.
 */
export interface LlmQuestion extends Question {
  generatedBy: 'llm';
  /** Option text → why it is right or wrong. */
  optionExplanations: Record<string, string>;
}

export interface GenerateQuestionsInput {
  concept: Pick<StoredConcept, 'key' | 'label' | 'kind' | 'lang'> & { definition?: string };
  /** The sentences the question may use: only these leave the browser. */
  passage: string;
  pageUrl?: string;
  count?: number;
  /** Language the questions are written in (the learner's interface language). */
  language?: string;
  signal?: AbortSignal;
  /** The offline generator's questions, used when the model is off or fails. */
  offline?: () => Question[];
}

const SCHEMA_NAME = 'rung_questions';

const text = (max: number) => z.string().trim().min(1).max(max);

const replySchema = z.object({
  questions: z
    .array(
      z.object({
        prompt: text(600),
        options: z
          .array(z.object({ text: text(200), correct: z.boolean(), explanation: text(400) }))
          .min(2)
          .max(6)
          .refine((o) => o.filter((x) => x.correct).length === 1, 'exactly one option must be correct')
          .refine(
            (o) => new Set(o.map((x) => x.text.toLocaleLowerCase())).size === o.length,
            'options must be different',
          ),
        explanation: text(600),
      }),
    )
    .min(1)
    .max(10),
});

const jsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['questions'],
  properties: {
    questions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['prompt', 'options', 'explanation'],
        properties: {
          prompt: { type: 'string' },
          options: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['text', 'correct', 'explanation'],
              properties: {
                text: { type: 'string' },
                correct: { type: 'boolean' },
                explanation: { type: 'string' },
              },
            },
          },
          explanation: { type: 'string' },
        },
      },
    },
  },
};

/** Seeded Fisher–Yates, so a model that always puts the answer first does not give it away. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Conceptual multiple-choice questions about one concept, written from its passage, each option
 * with its own explanation. Falls back to the offline questions.
 */
export async function generateQuestions(
  ctx: LlmContext,
  input: GenerateQuestionsInput,
): Promise<LlmResult<Question[]>> {
  const count = Math.min(5, Math.max(1, input.count ?? 2));
  const outcome = await requestStructured(ctx, {
    feature: 'questions',
    pageUrl: input.pageUrl,
    schemaName: SCHEMA_NAME,
    jsonSchema,
    validate: replySchema,
    signal: input.signal,
    system:
      `You write quiz questions that test understanding of one concept, using only the passage. ` +
      `Write ${count} multiple-choice question(s) in language "${input.language ?? input.concept.lang}". ` +
      'Each has 4 options, exactly one correct; wrong options are plausible misconceptions. ' +
      'Give a one-sentence explanation for every option and one for the question.',
    user: `Concept: ${delimit('concept', input.concept.label, 200)}\nPassage:\n${delimit('passage', input.passage)}`,
  });
  const random = ctx.random ?? Math.random;
  const mapped = !outcome.ok
    ? outcome
    : {
        ...outcome,
        value: outcome.value.questions.slice(0, count).map((q): LlmQuestion => {
          const options = shuffled(q.options, random);
          const answer = q.options.find((o) => o.correct)!.text;
          return {
            id: `${input.pageUrl ?? ''}#${input.concept.key}#llm-${hashString(q.prompt).toString(36)}`,
            conceptKey: input.concept.key,
            type: 'multiple-choice',
            prompt: q.prompt,
            choices: options.map((o) => o.text),
            answer,
            source: input.passage,
            ...(input.pageUrl ? { pageUrl: input.pageUrl } : {}),
            explanation: q.explanation,
            optionExplanations: Object.fromEntries(q.options.map((o) => [o.text, o.explanation])),
            generatedBy: 'llm',
          };
        }),
      };
  return withFallback<Question[]>(mapped, () => input.offline?.() ?? []);
}
