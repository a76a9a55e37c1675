import type { LlmSettings } from '@/lib/llm/llm-settings';

export type ConsentVerdict =
  | { allowed: true }
  | { allowed: false; status: 'off' | 'excluded'; message: string; undecided?: boolean };

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** `example.com` in a list also covers `docs.example.com`: the learner means the whole site. */
export function siteListed(host: string, sites: readonly string[]): boolean {
  return sites.some((site) => {
    const s = site.trim().toLowerCase().replace(/^\*\./, '');
    return s !== '' && (host === s || host.endsWith(`.${s}`));
  });
}

/**
 * The single gate every LLM feature goes through before anything leaves the browser: the learner
 * must have turned the LLM on, and allowed the page's site (opt-in per site; a site never allowed,
 * or declined, sends nothing). A page URL that cannot be parsed is refused, since its site cannot
 * be checked against the lists. A request tied to no page needs only the switch.
 */
export function consentGate(settings: LlmSettings, pageUrl: string | undefined): ConsentVerdict {
  if (!settings.enabled) {
    return { allowed: false, status: 'off', message: 'The LLM is off; Rung used its offline method.' };
  }
  if (pageUrl !== undefined) {
    const host = hostOf(pageUrl);
    if (host === null || siteListed(host, settings.excludedSites)) {
      return {
        allowed: false,
        status: 'excluded',
        message: `Nothing was sent: ${host ?? 'this page'} is excluded from the LLM.`,
      };
    }
    if (!siteListed(host, settings.allowedSites)) {
      return {
        allowed: false,
        status: 'excluded',
        undecided: true,
        message: `Nothing was sent: you have not allowed ${host} to use the LLM (Rung's popup asks).`,
      };
    }
  }
  return { allowed: true };
}
