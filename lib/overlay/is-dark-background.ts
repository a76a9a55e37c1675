/** Relative luminance (WCAG 2) of a computed `rgb()`/`rgba()` colour, or null when it is mostly transparent. */
export function opaqueLuminance(css: string): number | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(
    css.trim(),
  );
  if (!m) return null;
  const alphaText = m[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number.parseFloat(alphaText) / 100
        : Number(alphaText);
  if (!(alpha >= 0.5)) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Math.min(255, Number(v)) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Whether the page's text sits on a dark background, from the computed background colours of its
 * body and root, innermost first: the first mostly opaque one decides. None (a transparent page)
 * means the browser's white canvas. 0.18 is where white and black text contrast equally.
 */
export function isDarkBackground(backgrounds: readonly string[]): boolean {
  for (const css of backgrounds) {
    const luminance = opaqueLuminance(css);
    if (luminance !== null) return luminance < 0.18;
  }
  return false;
}
