import type { LlmSettings } from '@/lib/llm/llm-settings';

export type ConsentVerdict =
  | { allowed: true }
  | { allowed: false; status: 'off' | 'excluded'; message: string };

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** `example.com` in the list also covers `docs.example.com`: the learner means the whole site. */
function isExcluded(host: string, excluded: readonly string[]): boolean {
  return excluded.some((site) => {
    const s = site.trim().toLowerCase().replace(/^\*\./, '');
    return s !== '' && (host === s || host.endsWith(`.${s}`));
  });
}

/**
 * The single gate every LLM feature goes through before anything leaves the browser: the learner
 * must have turned the LLM on, and the page's site must not be excluded. A page URL that cannot be
 * parsed is refused, since its site cannot be checked against the list.
 */
export function consentGate(settings: LlmSettings, pageUrl: string | undefined): ConsentVerdict {
  if (!settings.enabled) {
    return { allowed: false, status: 'off', message: 'The LLM is off; Rung used its offline method.' };
  }
  if (pageUrl !== undefined) {
    const host = hostOf(pageUrl);
    if (host === null || isExcluded(host, settings.excludedSites)) {
      return {
        allowed: false,
        status: 'excluded',
        message: `Nothing was sent: ${host ?? 'this page'} is excluded from the LLM.`,
      };
    }
  }
  return { allowed: true };
}
