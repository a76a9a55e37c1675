import { normalizeAnswer } from '@/lib/quiz/normalize-answer';
import { scriptClass } from '@/lib/quiz/script-class';

// Articles, determiners and possessives of the spaced languages Rung meets most: a word the page
// puts after one of them somewhere is used as a noun there ("the interview", "les députés", "a
// taça"); a word it never does is likely an adjective or a verb ("terroriste", "display").
const DETERMINERS = new Set(
  (
    'the a an my your his her its our their this that these those ' +
    'le la les l un une des du au aux ce ces cet cette son sa ses mon ma mes ton ta tes leur leurs ' +
    'el los las una unos unas su sus este esta estos estas ese esa esos esas al del ' +
    'o os as um uma uns umas do da dos das no na nos nas seu sua seus suas ' +
    'der die das den dem des ein eine einen einem einer sein seine ' +
    'il lo gli uno i'
  ).split(' '),
);

const byPage = new WeakMap<readonly string[], Map<string, boolean>>();

/**
 * Whether the page uses `word` (or an inflection of it: same start, at most two letters more or
 * fewer) right after a determiner in any of its sentences. Only meaningful for one-word items of
 * spaced scripts; for anything else it returns null (unknown).
 */
export function usedAsNoun(sentences: readonly string[], word: string): boolean | null {
  const w = normalizeAnswer(word);
  if (!w || /\s/.test(w) || scriptClass(word) !== 'spaced') return null;
  let cache = byPage.get(sentences);
  if (!cache) {
    cache = new Map();
    byPage.set(sentences, cache);
  }
  const known = cache.get(w);
  if (known !== undefined) return known;
  let found = false;
  for (const s of sentences) {
    if (!s.toLowerCase().includes(w.slice(0, Math.max(3, w.length - 2)))) continue;
    const tokens = s.toLowerCase().split(/[^\p{L}\p{M}\p{N}-]+/u);
    for (let i = 1; i < tokens.length && !found; i++) {
      const t = normalizeAnswer(tokens[i]!);
      if (!DETERMINERS.has(tokens[i - 1]!)) continue;
      const stem = Math.min(t.length, w.length) - 2;
      if (
        t === w ||
        (stem >= 3 && Math.abs(t.length - w.length) <= 2 && t.slice(0, stem) === w.slice(0, stem))
      )
        found = true;
    }
    if (found) break;
  }
  cache.set(w, found);
  return found;
}
