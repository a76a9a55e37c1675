import type { PromptApi } from '@/lib/llm/llm-context';

// Chrome's built-in model (the Prompt API, `LanguageModel`), where the browser has one. Typed by
// hand: the API is newer than the DOM typings.
interface LanguageModelSession {
  prompt(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): Promise<string>;
  promptStreaming?(input: string, options?: { signal?: AbortSignal }): ReadableStream<string>;
  destroy(): void;
}
interface LanguageModelStatic {
  availability(): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options?: {
    initialPrompts?: { role: 'system'; content: string }[];
    signal?: AbortSignal;
  }): Promise<LanguageModelSession>;
}

function languageModel(): LanguageModelStatic | undefined {
  return (globalThis as { LanguageModel?: LanguageModelStatic }).LanguageModel;
}

/** Whether this browser offers a built-in model that is ready to use (no key, nothing leaves the device). */
export async function promptApiAvailable(): Promise<boolean> {
  const lm = languageModel();
  if (!lm) return false;
  return (await lm.availability().catch(() => 'unavailable')) === 'available';
}

/** The built-in model as the LLM library's PromptApi, or undefined where the browser has none. */
export function chromePromptApi(): PromptApi | undefined {
  const lm = languageModel();
  if (!lm) return undefined;
  const session = (system: string, signal?: AbortSignal) =>
    lm.create({ initialPrompts: [{ role: 'system', content: system }], signal });
  return {
    async prompt({ system, user, schema, signal }) {
      const s = await session(system, signal);
      try {
        return await s.prompt(user, { ...(schema ? { responseConstraint: schema } : {}), signal });
      } finally {
        s.destroy();
      }
    },
    async *promptStreaming({ system, user, signal }) {
      const s = await session(system, signal);
      try {
        if (!s.promptStreaming) {
          yield await s.prompt(user, { signal });
          return;
        }
        const reader = s.promptStreaming(user, { signal }).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        s.destroy();
      }
    },
  };
}
