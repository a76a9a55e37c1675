/**
 * Checks an LLM Base URL before anything (least of all the API key) is sent to it: it must be an
 * absolute http(s) address, and plain http is allowed only to this computer (loopback), where
 * local servers (Ollama, LM Studio, llama.cpp) listen; anywhere else the key and the page
 * passages would cross the network readable by anyone on the path.
 */
export type BaseUrlVerdict = { ok: true; origin: string } | { ok: false; message: string };

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

export function checkBaseUrl(value: string): BaseUrlVerdict {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return {
      ok: false,
      message: 'The Base URL is not a web address: enter one like https://api.openai.com/v1.',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      message: `The Base URL must start with https:// (or http:// for a server on this computer), not ${url.protocol}.`,
    };
  }
  if (url.username || url.password) {
    return {
      ok: false,
      message: 'The Base URL must not contain a user name or password; use the API key field.',
    };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return {
      ok: false,
      message:
        'The Base URL must use https:// for a server on another computer: over plain http the API key and the passages sent could be read on the way. Plain http is allowed only for localhost / 127.0.0.1.',
    };
  }
  return { ok: true, origin: url.origin };
}

/** The origin the API key belongs to, or null when the URL is not acceptable. */
export function keyOriginOf(baseURL: string): string | null {
  const verdict = checkBaseUrl(baseURL);
  return verdict.ok ? verdict.origin : null;
}
