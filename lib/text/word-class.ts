import { baseLang } from '@/lib/text/stopwords';

// A part-of-speech guess from the word alone, for English only: suffixes that mark an adverb
// ("highly"), a past participle ("evolved", "known") or an adjective ("consistent" is left alone:
// -ent nouns are too many) with the common nouns that share the suffix written out as exceptions.
// Keyphrases are noun phrases, so such a word may open one ("distributed systems") but not close
// it ("organisms evolved", "device known"). Romance languages put adjectives after the noun
// ("Forças Armadas"), so there is no rule for them here.

export type WordClass = 'adverb' | 'participle' | 'adjective' | 'other';

const NOT_ADVERB = new Set(
  `family assembly supply anomaly monopoly oligopoly italy july reply poly ally fly rely butterfly jelly
belly bully rally tally holly lily apply comply multiply imply firefly homily melancholy`.split(/\s+/),
);
const NOT_PARTICIPLE = new Set(
  `speed need seed feed breed bleed creed greed weed embed hundred bed red shed sled steed reed`.split(/\s+/),
);
const IRREGULAR_PARTICIPLE = new Set(
  `known given shown taken seen done found made written chosen driven grown drawn held built brought kept
lost met paid sent spent told thought understood begun broken spoken stolen forgotten hidden`.split(/\s+/),
);
const NOT_ADJECTIVE = new Set(
  `objective alternative derivative executive initiative archive motive directive incentive narrative
perspective detective adjective explosive relative representative native collective primitive locomotive
cable table variable label syllable vegetable constable fable stable bible`.split(/\s+/),
);

export function wordClass(word: string, lang: string): WordClass {
  if (baseLang(lang) !== 'en') return 'other';
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ly') && !NOT_ADVERB.has(w)) return 'adverb';
  if (IRREGULAR_PARTICIPLE.has(w)) return 'participle';
  if (w.length > 4 && /ed$/.test(w) && !/eed$/.test(w) && !NOT_PARTICIPLE.has(w)) return 'participle';
  if (w.length > 5 && /(?:ous|ive|able|ible|ful|less)$/.test(w) && !NOT_ADJECTIVE.has(w)) return 'adjective';
  return 'other';
}
