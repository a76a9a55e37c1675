// The line beside a disabled "Advance" button. Short on purpose: the learner reads it at a glance,
// and the full lists live in the Gaps panel and the concept list.

interface Labelled {
  label: string;
}

type Lang = 'en' | 'es';

const TEXT: Record<
  Lang,
  { gaps: (n: number) => string; unmastered: (n: number) => string; more: (n: number) => string }
> = {
  en: {
    gaps: (n) => (n === 1 ? '1 gap' : `${n} gaps`),
    unmastered: (n) => (n === 1 ? '1 concept not yet mastered' : `${n} concepts not yet mastered`),
    more: (n) => `and ${n} more`,
  },
  es: {
    gaps: (n) => (n === 1 ? '1 laguna' : `${n} lagunas`),
    unmastered: (n) => (n === 1 ? '1 concepto aún sin dominar' : `${n} conceptos aún sin dominar`),
    more: (n) => `y ${n} más`,
  },
};

const SHOWN = 3;

// Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/**
 * A right-to-left label isolated (FSI … PDI): in a left-to-right sentence, "الماء, دورة الماء"
 * would otherwise be laid out as one right-to-left run, its commas and order reversed on screen.
 */
function isolated(label: string): string {
  return RTL.test(label) ? `\u2068${label}\u2069` : label;
}

function names(items: readonly Labelled[], more: (n: number) => string): string {
  const labels = [...new Set(items.map((i) => i.label.trim()).filter(Boolean))].map(isolated);
  const shown = labels.slice(0, SHOWN).join(', ');
  return labels.length > SHOWN ? `${shown} ${more(labels.length - SHOWN)}` : shown;
}

/**
 * Why the learner cannot advance yet ("2 gaps: closures, iterators"), or null when they can.
 * Gaps take precedence over concepts that are merely not mastered yet: they are what to fix first.
 */
export function advanceReason(
  gaps: readonly Labelled[],
  unmastered: readonly Labelled[],
  lang = 'en',
): string | null {
  const t = TEXT[lang.toLowerCase().startsWith('es') ? 'es' : 'en'];
  const count = (items: readonly Labelled[]) =>
    new Set(items.map((i) => i.label.trim()).filter(Boolean)).size;
  if (count(gaps) > 0) return `${t.gaps(count(gaps))}: ${names(gaps, t.more)}`;
  if (count(unmastered) > 0) return `${t.unmastered(count(unmastered))}: ${names(unmastered, t.more)}`;
  return null;
}
