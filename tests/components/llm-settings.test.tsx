import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LlmSettingsSection } from '@/components/settings/llm-settings';
import { DEFAULT_LLM_SETTINGS, type LlmSettings } from '@/lib/llm/llm-settings';

describe('LLM settings form', () => {
  it('keeps what the learner typed while an earlier save comes back', async () => {
    const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
    // The words are not under test: each string is its key.
    fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
    const g = globalThis as Record<string, unknown>;
    const saved = { document: g.document, window: g.window, Event: g.Event };
    Object.assign(g, { document, window, Event: window.Event });
    try {
      const root = document.getElementById('root')!;
      const saves: LlmSettings[] = [];
      const props = (settings: LlmSettings) => ({
        settings,
        onSave: async (next: LlmSettings) => {
          saves.push(next);
          return undefined;
        },
        onTest: async () => ({ status: 'ok' as const, message: '' }),
      });
      const first = { ...DEFAULT_LLM_SETTINGS };
      await act(() => render(h(LlmSettingsSection, props(first)), root as unknown as Element));

      // The switch saves at once; its reply is on its way while the learner types the Base URL.
      const toggle = root.querySelector('input[role="switch"]') as unknown as HTMLInputElement;
      toggle.checked = true;
      await act(() => void toggle.dispatchEvent(new window.Event('change', { bubbles: true })));
      expect(saves.at(-1)?.enabled).toBe(true);
      const url = root.querySelector(
        'input[type="url"], input[name="baseURL"]',
      ) as unknown as HTMLInputElement;
      url.value = 'http://127.0.0.1:11434/v1';
      await act(() => void url.dispatchEvent(new window.Event('input', { bubbles: true })));

      // The save's reply: the settings as stored, without the Base URL typed since.
      await act(() =>
        render(h(LlmSettingsSection, props({ ...first, enabled: true })), root as unknown as Element),
      );
      expect(url.value).toBe('http://127.0.0.1:11434/v1');

      // Saved, the form takes what comes back again.
      const form = root.querySelector('form') as unknown as HTMLFormElement;
      await act(
        () => void form.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true })),
      );
      expect(saves.at(-1)?.baseURL).toBe('http://127.0.0.1:11434/v1');
      await act(() =>
        render(
          h(LlmSettingsSection, props({ ...first, enabled: true, baseURL: 'http://localhost:1234/v1' })),
          root as unknown as Element,
        ),
      );
      expect(url.value).toBe('http://localhost:1234/v1');
    } finally {
      Object.assign(g, saved);
    }
  });
});
