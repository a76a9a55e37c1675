// What an API option is, as its name and summary show it: the kind of thing a type is, the last
// word of its name. An option alone of its kind among the choices is answered by that.

/** "lock" of RwLock, "error" of PoisonError: the last word of a type name of two words or more. */
export function headWord(label: string): string {
  const name = label.split(/\.|::|#/).at(-1) ?? '';
  const words = name.match(/\p{Lu}[\p{Ll}\p{N}]+/gu) ?? [];
  return words.length >= 2 ? (words.at(-1) ?? '').toLowerCase() : '';
}

const GENERIC =
  /^(?:class|type|object|struct|structure|enum|trait|value|function|method|module|interface|instance|item|thing|kind|version|variant)$/i;

const ARTICLE = /^(?:a|an|the|this|these)$/i;
const PHRASE_END =
  /^(?:which|that|who|whose|for|to|of|with|in|on|from|by|where|when|and|or|is|are|can|may|will|must|was|were|\p{L}+ed)$/iu;

/**
 * The content words of the noun phrase a type's summary opens with, when it is short and ends
 * where the summary goes on ("A synchronization primitive which…" → synchronization, primitive;
 * "RAII structure used to…" → raii, structure). Empty when the summary does not open so.
 */
export function categoryWords(summary: string): string[] {
  const words = summary.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const [i, raw] of words.entries()) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, '');
    if (i === 0 && ARTICLE.test(w)) continue;
    if (PHRASE_END.test(w)) {
      // What every entry of a reference page is ("This class is used to…", "A type of…") is no
      // category to tell entries apart by.
      const telling = out.filter((x) => !GENERIC.test(x));
      return telling.length > 0 && out.length <= 3 ? telling : [];
    }
    // A blank or a name in the phrase: it is not a category.
    if (!w || raw.includes('_') || /[.,;:]$/.test(raw) || out.length >= 3) return [];
    out.push(w.toLowerCase());
  }
  return [];
}

/** Whether `text` has one of `words` (or its plural) as a word. */
export function sharesWord(text: string, words: readonly string[]): boolean {
  const mine = new Set((text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []).map((w) => w.replace(/s$/, '')));
  return words.some((w) => mine.has(w.replace(/s$/, '')));
}

/**
 * The last word of a type's name said in the text ("A reader-writer lock" for RwLock) while no
 * other option's name ends so (guards, results): the name's head answers, not knowing the type.
 */
export function headNamed(answer: string, others: readonly string[], text: string): boolean {
  const head = headWord(answer);
  if (!head || others.some((d) => headWord(d) === head)) return false;
  return new RegExp(`(^|[^\\p{L}])${head}s?($|[^\\p{L}])`, 'iu').test(text);
}
