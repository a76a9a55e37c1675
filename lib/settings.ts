import { z } from 'zod';
import type { ConceptKind } from '@/lib/kinds';
import { THEMES } from '@/lib/theme-names';

/** The theme of Rung's own UI (extension pages and the in-page overlay). */
export const themeSchema = z.enum(THEMES);

/** Learner settings (everything but the LLM provider, which lib/llm owns). Stored in extension storage. */
export const settingsSchema = z.object({
  criterion: z
    .object({
      pCorrect: z.number().min(0.5).max(0.999),
      recall: z.number().min(0.5).max(0.999),
    })
    // DEFAULT_CRITERION of lib/mastery/derive-mastery.ts (not imported: the content script reads settings).
    .default({ pCorrect: 0.9, recall: 0.9 }),
  dailyGoal: z.number().int().min(1).max(500).default(20),
  // One switch per concept kind: `satisfies` makes a kind added to CONCEPT_KINDS fail to compile here.
  kinds: z
    .object({ term: z.boolean(), api: z.boolean(), vocab: z.boolean() } satisfies Record<
      ConceptKind,
      z.ZodBoolean
    >)
    .default({ term: true, api: true, vocab: true }),
  /** Whether Rung reads sites the learner has not ruled on yet. */
  readByDefault: z.boolean().default(true),
  /** Per-site overrides: hostname → read or not. */
  sites: z.record(z.string(), z.boolean()).default({}),
  /** Hostnames where the in-page overlay is shown. */
  overlaySites: z.record(z.string(), z.boolean()).default({}),
  overlayByDefault: z.boolean().default(true),
  knownLanguages: z.array(z.string().max(20)).max(50).default(['en']),
  learningLanguages: z.array(z.string().max(20)).max(50).default([]),
  theme: themeSchema.default('system'),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Parses stored settings, falling back field by field so one bad value never resets the rest. */
export function parseSettings(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) {
      if (!(key in settingsSchema.shape)) continue;
      const field = settingsSchema.shape[key as keyof Settings].safeParse(value);
      if (field.success) out[key] = field.data;
    }
  }
  return out as Settings;
}

export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** Rung reads a page only on http(s)/file URLs of sites the learner allows. */
export function isSiteAllowed(settings: Settings, url: string): boolean {
  const host = hostOf(url);
  if (host === null) return false;
  return settings.sites[host] ?? settings.readByDefault;
}

export function isOverlayOn(settings: Settings, url: string): boolean {
  const host = hostOf(url);
  if (host === null) return false;
  return settings.overlaySites[host] ?? settings.overlayByDefault;
}
