/**
 * SHA-256 of everything that decides the answer (feature, endpoint, model, prompt), so the same
 * question is not paid for twice and a changed prompt or model is never served a stale reply.
 * Web Crypto exists in service workers, pages and Node alike.
 */
export async function cacheKey(parts: readonly string[]): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(parts));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
