import { conceptByKey, occurrenceOn } from '@/lib/db/page-queries';
import { glossWord } from '@/lib/llm/gloss-word';
import type { LlmSettings } from '@/lib/llm/llm-settings';
import type { GlossReply } from '@/lib/protocol';
import type { BackgroundDeps } from './deps';
import { llmContextFor } from './llm-deps';

/** A card waits this long for its gloss; then it says so calmly and the card stays as it was. */
export const GLOSS_TIMEOUT_MS = 12_000;

/** The card's "from …" line: the model, and where it runs (never the key, never the full URL). */
export function glossAttribution(settings: LlmSettings): string {
  if (settings.provider === 'chrome-prompt-api') return 'Chrome’s built-in model';
  let host = '';
  try {
    host = new URL(settings.baseURL).host;
  } catch {
    // An unparsable Base URL fails the request itself; the line names the model alone.
  }
  const model = settings.model || 'the model';
  return host ? `${model} (${host})` : model;
}

/**
 * The overlay card's gloss of one vocabulary concept of the page the content script is on. Only
 * the sentence where the word was met on that page is sent, as delimited data. A concept the page
 * does not have, one that is not vocabulary, or the LLM off or excluded for the site: `off`, and
 * nothing is sent.
 */
export async function glossForOverlay(
  deps: BackgroundDeps,
  url: string,
  conceptKey: string,
): Promise<GlossReply> {
  const concept = await conceptByKey(deps.db, conceptKey);
  if (concept?.kind !== 'vocab') return { status: 'off' };
  const occurrence = await occurrenceOn(deps.db, url, conceptKey);
  if (!occurrence) return { status: 'off' };
  const ctx = await llmContextFor(deps, url, { timeoutMs: GLOSS_TIMEOUT_MS, maxRetries: 1 });
  if (!ctx) return { status: 'off' };
  const learnerLanguage = (await deps.getSettings()).knownLanguages[0] ?? 'en';
  const from = glossAttribution(ctx.settings);
  const result = await glossWord(ctx, {
    word: concept.label,
    wordLanguage: concept.lang,
    learnerLanguage,
    passage: occurrence.sentence || concept.definition || concept.label,
    pageUrl: url,
  });
  if (result.source === 'offline' || !result.value.gloss) {
    return { status: 'failed', message: result.message, from };
  }
  // The card shows the meaning only (it must stay small over the page): the example is not sent on.
  return {
    status: 'ok',
    gloss: result.value.gloss,
    lang: learnerLanguage,
    from,
    cached: result.source === 'cache',
  };
}
