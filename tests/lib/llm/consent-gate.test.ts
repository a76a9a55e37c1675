import { describe, expect, it } from 'vitest';
import { consentGate } from '@/lib/llm/consent-gate';
import { llmSettingsSchema } from '@/lib/llm/llm-settings';

const on = llmSettingsSchema.parse({
  enabled: true,
  excludedSites: ['bank.example', '*.intranet.corp'],
  allowedSites: ['developer.mozilla.org', 'notbank.example', 'bank.example', 'intranet.corp'],
});

describe('consentGate', () => {
  it.each([
    ['https://developer.mozilla.org/en-US/', true],
    ['https://bank.example/account', false],
    ['https://www.bank.example/account', false],
    ['https://notbank.example/', true],
    ['https://wiki.intranet.corp/page', false],
    ['not a url', false],
  ])('%s → allowed %s', (url, allowed) => {
    expect(consentGate(on, url).allowed).toBe(allowed);
  });

  it('refuses everything while off, whatever the site', () => {
    const v = consentGate({ ...on, enabled: false }, 'https://developer.mozilla.org/');
    expect(v).toMatchObject({ allowed: false, status: 'off' });
  });

  it('allows a request tied to no page (settings-page features) only when on', () => {
    expect(consentGate(on, undefined).allowed).toBe(true);
    expect(consentGate({ ...on, enabled: false }, undefined).allowed).toBe(false);
  });

  it.each([
    ['https://developer.mozilla.org/en-US/', true],
    ['https://docs.python.org/3/tutorial/', false],
    ['https://www.bank.example/', false],
  ])('is opt-in per site: %s → allowed %s (a site never allowed sends nothing)', (url, allowed) => {
    const v = consentGate(on, url);
    expect(v.allowed).toBe(allowed);
    if (url.includes('python'))
      expect(v).toMatchObject({ undecided: true, message: /not allowed docs\.python\.org/ });
    if (url.includes('bank')) expect(v).not.toHaveProperty('undecided');
  });
});
