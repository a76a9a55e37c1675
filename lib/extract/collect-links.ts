import type { PageLink } from '@/lib/types';

// Links of the main text (absolute http(s) only) and the page's own "next" link: rel=next first,
// then an anchor labelled Next in one of the languages Rung reads.

const MAX_LINKS = 5000;
const NEXT_LABEL =
  /^(?:next|next page|next chapter|next article|next part|next lesson|suivant|suivante|page suivante|siguiente|página siguiente|próximo|próxima|seguinte|weiter|nächste|nächste seite|successivo|successiva|avanti|volgende|следующая|далее|下一页|下一頁|下一章|下一篇|次へ|次のページ|次|다음|التالي|הבא|अगला)\b/iu;

export function absoluteUrl(href: string, base: string | undefined): string | undefined {
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function collectLinks(root: Document | Element, base: string | undefined): PageLink[] {
  const out: PageLink[] = [];
  const seen = new Set<string>();
  for (const a of Array.from(root.querySelectorAll('a[href]')).slice(0, MAX_LINKS * 2)) {
    const raw = a.getAttribute('href') ?? '';
    if (raw.startsWith('#') || raw.startsWith('javascript:')) continue;
    const href = absoluteUrl(raw, base);
    if (!href || href.length > 4096 || seen.has(href)) continue;
    seen.add(href);
    const link: PageLink = { href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000) };
    const rel = a.getAttribute('rel');
    if (rel) link.rel = rel.slice(0, 100);
    out.push(link);
    if (out.length >= MAX_LINKS) break;
  }
  return out;
}

/** The page's "next" link: rel=next wins, else the first anchor labelled Next in a known language. */
export function findNextUrl(
  relNext: string | undefined,
  anchors: readonly Element[],
  base: string | undefined,
): string | undefined {
  if (relNext) {
    const href = absoluteUrl(relNext, base);
    if (href) return href;
  }
  for (const a of anchors.slice(0, 20_000)) {
    const raw = a.getAttribute('href') ?? '';
    if (raw.startsWith('#') || raw.startsWith('javascript:')) continue;
    const text = (a.textContent || a.getAttribute('aria-label') || a.getAttribute('title') || '').trim();
    // A "Next" label is short; the end-anchored regexes below are quadratic on long whitespace runs.
    if (text.length > 60) continue;
    const label = text
      .replace(/[»›→>\s]+$/u, '')
      .replace(/^[\s«‹←<]+/u, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (label.length > 30 || !NEXT_LABEL.test(label)) continue;
    const href = absoluteUrl(raw, base);
    if (href) return href;
  }
  return undefined;
}
