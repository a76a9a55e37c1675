import { foldKey } from '@/lib/dictionary/yomitan-archive';

// Suffix rewrites from an inflected form to dictionary forms, by language: [ending, replacements].
// A dictionary lists lemmas ("argentino", "tener", "neu"), pages use forms ("argentinas",
// "tienen", "neues"). Candidates are only guesses: a lookup keeps the first that is a headword.
const RULES: Record<string, [string, string[]][]> = {
  es: [
    ['ces', ['z']],
    ['iones', ['ión']],
    ['es', ['', 'e']],
    ['s', ['']],
    ['as', ['o', 'a']],
    ['os', ['o']],
    ['a', ['o']],
    ['ando', ['ar']],
    ['iendo', ['er', 'ir']],
    ['ado', ['ar']],
    ['ada', ['ar']],
    ['ados', ['ar']],
    ['ido', ['er', 'ir']],
    ['ida', ['er', 'ir']],
    ['idos', ['er', 'ir']],
    ['aron', ['ar']],
    ['ieron', ['er', 'ir']],
    ['ó', ['ar']],
    ['ió', ['er', 'ir']],
    ['an', ['ar']],
    ['en', ['er', 'ir']],
    ['a', ['ar']],
    ['e', ['er', 'ir']],
    ['aba', ['ar']],
    ['aban', ['ar']],
    ['ía', ['er', 'ir']],
    ['ían', ['er', 'ir']],
    ['ará', ['ar']],
    ['erá', ['er']],
    ['irá', ['ir']],
    ['amos', ['ar']],
    ['emos', ['er']],
    ['imos', ['ir']],
  ],
  pt: [
    ['ões', ['ão']],
    ['s', ['']],
    ['as', ['o', 'a']],
    ['os', ['o']],
    ['a', ['o']],
    ['ando', ['ar']],
    ['endo', ['er']],
    ['ado', ['ar']],
    ['ou', ['ar']],
    ['am', ['ar']],
  ],
  fr: [
    ['aux', ['al']],
    ['s', ['']],
    ['x', ['']],
    ['es', ['e', '']],
    ['e', ['']],
    ['ée', ['er']],
    ['ées', ['er']],
    ['és', ['er']],
    ['é', ['er']],
    ['ent', ['er', 're', 'ir']],
    ['ait', ['er', 're', 'ir']],
    ['aient', ['er', 're', 'ir']],
    ['ons', ['er']],
    ['ez', ['er']],
    ['it', ['ir', 're']],
  ],
  it: [
    ['i', ['o', 'e']],
    ['e', ['a']],
    ['a', ['o']],
    ['ato', ['are']],
    ['ando', ['are']],
    ['ano', ['are']],
  ],
  de: [
    ['es', ['', 'e']],
    ['en', ['', 'e']],
    ['er', ['', 'e']],
    ['em', ['']],
    ['e', ['']],
    ['n', ['']],
    ['s', ['']],
    ['t', ['en', 'n']],
    ['st', ['en']],
    ['te', ['en']],
    ['ten', ['en']],
  ],
  en: [
    ['ies', ['y']],
    ['es', ['', 'e']],
    ['s', ['']],
    ['ed', ['', 'e']],
    ['ing', ['', 'e']],
    ['ied', ['y']],
  ],
};

/**
 * Dictionary forms a word on the page may be, most likely first: the word as written, then lower
 * case, then its suffix rewrites (two steps deep, so "argentinas" → "argentina" → "argentino").
 */
export function lemmaCandidates(word: string, lang: string): string[] {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const rules = RULES[base] ?? [];
  const out: string[] = [];
  const add = (w: string) => {
    if (w && !out.includes(w)) out.push(w);
  };
  add(word.normalize('NFC').trim());
  add(foldKey(word));
  const folded = foldKey(word);
  const step = (w: string): string[] => {
    const next: string[] = [];
    for (const [end, reps] of rules) {
      if (!w.endsWith(end) || w.length - end.length < 2) continue;
      for (const r of reps) next.push(w.slice(0, -end.length) + r);
    }
    return next;
  };
  const first = step(folded);
  for (const w of first) add(w);
  for (const w of first) for (const v of step(w)) add(v);
  // Multi-word phrases: the head word inflects ("tipos de interés" → "tipo de interés").
  if (folded.includes(' ')) {
    const [head, ...rest] = folded.split(' ');
    for (const h of step(head ?? '')) add([h, ...rest].join(' '));
  }
  return out;
}
