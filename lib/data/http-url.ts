/**
 * Whether a string is an absolute http(s) address. Page addresses, "next page" links and "read
 * on" links come from pages and import files, both untrusted, and end up in `tabs.update` and in
 * links: a `javascript:`, `data:` or `chrome:` address there would run code or open privileged
 * pages, so everything else is refused.
 */
export function isHttpUrl(value: string | undefined | null): value is string {
  if (!value) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
