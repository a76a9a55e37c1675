/**
 * Memoise a one-string function with a bounded cache. Generating a page's quiz compares the same
 * labels and sentences thousands of times (every candidate distractor against every passage), and
 * the Unicode folding behind each comparison is the cost; the cache is dropped whole when full so
 * memory stays bounded in a long-lived service worker.
 */
export function memo<R>(fn: (s: string) => R, limit = 20_000): (s: string) => R {
  const cache = new Map<string, R>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as R;
    const value = fn(s);
    if (cache.size >= limit) cache.clear();
    cache.set(s, value);
    return value;
  };
}
