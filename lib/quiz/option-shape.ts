import { dominantScript, scriptClass } from '@/lib/quiz/script-class';

/**
 * What kind of thing an option is, as a learner would see at a glance: a call (`listen(port)`),
 * an event or string (`'listening'`), a qualified member (`server.close`), a bare identifier
 * (`net`), a word or phrase (script, capitalisation, number of words), or a clause. Options of a
 * question must all have one shape, or the odd one out gives the answer away (or is absurd).
 */
export function optionShape(option: string): string {
  const s = option.trim();
  if (/^['"`‘“].*['"`’”]$/.test(s)) return 'quoted';
  if (/^[\p{L}_$][\p{L}\p{N}_$.:]*\s*[(<[]/u.test(s) && /[)>\]]$/.test(s)) return 'call';
  if (/^[\p{L}_$][\p{L}\p{N}_$]*(?:(?:\.|::|#)[\p{L}_$][\p{L}\p{N}_$]*)+$/u.test(s)) return 'member';
  if (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(s) && /[_$\p{N}]|\p{Ll}\p{Lu}/u.test(s)) return 'identifier';
  const words = s.split(/\s+/).length;
  if (words > 6 || /[.;:!?。]$/.test(s)) return 'clause';
  const script = dominantScript(s);
  const capital = /^\p{Lu}/u.test(s) ? 'Cap' : 'low';
  return `${script}:${capital}:${words === 1 ? 'one' : 'several'}`;
}

/**
 * How closely a word could stand in for another in the same blank, by form alone: 0 when it ends
 * with the same letter (number and gender endings of most spaced languages: "données" / "services",
 * "nueva" / "rápida"), 1 when both or neither end in a plural "s", 2 otherwise; for scripts without
 * spaces, 0 when the character counts are within one. In gendered languages (`lang`) a different
 * final letter is 2. Lengths more than twice apart never fit (3).
 */
export function formDistance(answer: string, other: string, lang?: string): number {
  const a = answer.trim().toLowerCase();
  const b = other.trim().toLowerCase();
  const la = Array.from(a).length;
  const lb = Array.from(b).length;
  if (la > 2 * lb || lb > 2 * la) return 3;
  if (scriptClass(a) === 'unspaced') return Math.abs(la - lb) <= 1 ? 0 : 2;
  // A plural "s", not the "s" of "class", "status" or "analysis": "Python's _____ mechanism" takes
  // "class", and "namespaces" stands out.
  const plural = (w: string) => /[^siu]s$/.test(w);
  if (plural(a) !== plural(b)) return 2;
  if (a.slice(-1) === b.slice(-1)) return 0;
  // Where nouns and adjectives agree in gender by their final vowel (taça / paulista, not fiz;
  // nueva / rápida, not nuevo), a different final vowel, or a vowel against a consonant, shows.
  // Consonant endings are one class (gouvernement / scrutin).
  const vowel = (w: string) => /[aeiouàáâãäåèéêëìíîïòóôõöùúûü]$/.test(w);
  if (GENDERED.has((lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '') && (vowel(a) || vowel(b))) return 2;
  return 1;
}

const GENDERED = new Set(['es', 'fr', 'pt', 'it', 'ca', 'gl', 'ro']);
