import { z } from 'zod';

/**
 * The learner's LLM provider. Stored in extension storage by the background only: the API key
 * never goes to a content script or a page, and nothing is sent while `enabled` is false.
 */
export const llmSettingsSchema = z.object({
  enabled: z.boolean().default(false),
  provider: z.enum(['openai-compatible', 'chrome-prompt-api']).default('openai-compatible'),
  baseURL: z.string().trim().max(500).default('http://localhost:11434/v1'),
  model: z.string().trim().max(200).default(''),
  apiKey: z.string().max(500).default(''),
  /** Hostnames whose text is never sent to the model (also where the learner said "Not on this site"). */
  excludedSites: z.array(z.string().trim().toLowerCase().max(253)).max(1000).default([]),
  /**
   * Hostnames the learner allowed (asked in the popup the first time the model would help there):
   * LLM use is opt-in per site, so a page of any other site sends nothing, even with the LLM on.
   */
  allowedSites: z.array(z.string().trim().toLowerCase().max(253)).max(1000).default([]),
  dailyRequestBudget: z.number().int().min(0).max(100_000).default(200),
  dailyTokenBudget: z.number().int().min(0).max(100_000_000).default(200_000),
});

export type LlmSettings = z.infer<typeof llmSettingsSchema>;

export const DEFAULT_LLM_SETTINGS: LlmSettings = llmSettingsSchema.parse({});

/** Parses stored LLM settings field by field, so one bad value never resets the rest (or turns it on). */
export function parseLlmSettings(raw: unknown): LlmSettings {
  const whole = llmSettingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = { ...DEFAULT_LLM_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) {
      if (!(key in llmSettingsSchema.shape)) continue;
      const field = llmSettingsSchema.shape[key as keyof LlmSettings].safeParse(value);
      if (field.success) out[key] = field.data;
    }
  }
  return out as LlmSettings;
}
