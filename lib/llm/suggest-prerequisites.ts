import { z } from 'zod';
import type { LlmContext, LlmResult } from '@/lib/llm/llm-context';
import { withFallback } from '@/lib/llm/llm-context';
import { requestStructured } from '@/lib/llm/request-structured';
import { delimit } from '@/lib/llm/untrusted-prompt';
import type { PrereqEdge, StoredConcept } from '@/lib/types';

/** Model suggestions count for less than evidence found in pages (links, definitions, order). */
export const LLM_EDGE_CONFIDENCE = 0.35;

export interface SuggestPrerequisitesInput {
  concept: Pick<StoredConcept, 'key' | 'label'>;
  /** Concepts Rung already knows; suggestions are limited to these, so the model cannot invent keys. */
  candidates: ReadonlyArray<Pick<StoredConcept, 'key' | 'label'>>;
  passage: string;
  pageUrl?: string;
  signal?: AbortSignal;
  max?: number;
}

const replySchema = z.object({
  prerequisites: z
    .array(z.object({ label: z.string().trim().min(1).max(200), reason: z.string().trim().min(1).max(300) }))
    .max(20),
});

const jsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['prerequisites'],
  properties: {
    prerequisites: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['label', 'reason'],
        properties: { label: { type: 'string' }, reason: { type: 'string' } },
      },
    },
  },
};

/**
 * Candidate prerequisite edges for a concept, chosen among known concepts, at a lower confidence.
 * They are only candidates: the caller adds them through the cycle-safe graph, which refuses any
 * that would close a loop. Offline there are no suggestions.
 */
export async function suggestPrerequisites(
  ctx: LlmContext,
  input: SuggestPrerequisitesInput,
): Promise<LlmResult<PrereqEdge[]>> {
  const max = input.max ?? 5;
  const candidates = input.candidates.filter((c) => c.key !== input.concept.key).slice(0, 200);
  const byLabel = new Map(candidates.map((c) => [c.label.toLocaleLowerCase(), c]));
  if (candidates.length === 0) {
    return { value: [], source: 'offline', status: 'ok', message: '' };
  }
  const outcome = await requestStructured(ctx, {
    feature: 'prerequisites',
    pageUrl: input.pageUrl,
    schemaName: 'rung_prerequisites',
    jsonSchema,
    validate: replySchema,
    signal: input.signal,
    maxTokens: 500,
    system:
      `Pick, from the candidate list only, up to ${max} concepts a learner must understand before the target concept. ` +
      'Copy each label exactly as listed and give a one-sentence reason. Return an empty list if none apply.',
    user:
      `Target concept: ${delimit('concept', input.concept.label, 200)}\n` +
      `Candidates (separated by semicolons):\n${delimit('concept', candidates.map((c) => c.label).join('; '), 6000)}\n` +
      `Passage:\n${delimit('passage', input.passage, 1200)}`,
  });
  if (!outcome.ok) return withFallback<PrereqEdge[]>(outcome, () => []);
  // Keep the first mention of each known concept; labels not in the list (invented) are dropped.
  const edges = new Map<string, PrereqEdge>();
  for (const p of outcome.value.prerequisites) {
    const known = byLabel.get(p.label.toLocaleLowerCase());
    if (!known || edges.has(known.key) || edges.size >= max) continue;
    edges.set(known.key, {
      from: known.key,
      to: input.concept.key,
      confidence: LLM_EDGE_CONFIDENCE,
      evidence: [{ source: 'llm', detail: p.reason, ...(input.pageUrl ? { pageUrl: input.pageUrl } : {}) }],
    });
  }
  return withFallback({ ...outcome, value: [...edges.values()] }, () => []);
}
