import { memo } from '@/lib/quiz/memo';
import { normalizeAnswer } from '@/lib/quiz/normalize-answer';

// Deliberately tiny morphology: enough that "closures" = "closure", "ciudades" = "ciudad",
// "petites" = "petit", "bonita" = "bonito", "journaux" = "journal", "libraries" = "library".
// Two words are the same answer when their stem sets meet. It over-accepts a little (Spanish
// "casa"/"caso"), which is the right side to err on for typed answers; choice questions never use it.

const LATIN_WORD = /^[\p{Script=Latin}'-]+$/u;

export const inflectionStems: (word: string) => ReadonlySet<string> = memo(stemsUncached);

function stemsUncached(word: string): Set<string> {
  const w = word;
  const out = new Set([w]);
  if (!LATIN_WORD.test(w) || w.length < 3) return out;
  const bases = [w];
  if (w.endsWith('ies') && w.length > 4) bases.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es') && w.length > 4) bases.push(w.slice(0, -2));
  if (w.endsWith('s') && w.length > 3) bases.push(w.slice(0, -1));
  if (w.endsWith('aux') && w.length > 4) bases.push(`${w.slice(0, -3)}al`);
  if (w.endsWith('x') && w.length > 4) bases.push(w.slice(0, -1));
  for (const b of bases) {
    out.add(b);
    // Romance gender endings (-o/-a, -e for French feminine).
    if (/[aoe]$/.test(b) && b.length > 3) out.add(b.slice(0, -1));
  }
  return out;
}

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = inflectionStems(a);
  for (const s of inflectionStems(b)) if (sa.has(s)) return true;
  return false;
}

/** True when two answers differ only by simple plural/gender endings, word by word, after normalisation. */
export function sameInflectedForm(a: string, b: string): boolean {
  const wa = normalizeAnswer(a).split(' ');
  const wb = normalizeAnswer(b).split(' ');
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => wordsMatch(w, wb[i]!));
}
