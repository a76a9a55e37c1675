import { describe, expect, it } from 'vitest';
import { DEFAULT_LLM_SETTINGS, parseLlmSettings } from '@/lib/llm/llm-settings';

describe('parseLlmSettings', () => {
  it('is off by default: nothing is sent until the learner turns it on', () => {
    expect(DEFAULT_LLM_SETTINGS.enabled).toBe(false);
    expect(parseLlmSettings(undefined)).toEqual(DEFAULT_LLM_SETTINGS);
  });

  it('keeps good fields when one is bad, and a bad `enabled` stays off', () => {
    const s = parseLlmSettings({
      enabled: 'yes',
      model: 'gpt-4o-mini',
      dailyRequestBudget: -5,
      excludedSites: ['Bank.Example'],
    });
    expect(s.enabled).toBe(false);
    expect(s.model).toBe('gpt-4o-mini');
    expect(s.dailyRequestBudget).toBe(DEFAULT_LLM_SETTINGS.dailyRequestBudget);
    expect(s.excludedSites).toEqual(['bank.example']);
  });

  it('rejects an unknown provider', () => {
    expect(parseLlmSettings({ provider: 'evil' }).provider).toBe('openai-compatible');
  });
});
