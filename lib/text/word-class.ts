import { baseLang } from '@/lib/text/stopwords';

// A part-of-speech guess from the word alone. English: suffixes that mark an adverb ("highly"), a
// past participle ("evolved", "known") or an adjective ("consistent" is left alone: -ent nouns are
// too many), with the common nouns that share the suffix written out as exceptions. Keyphrases are
// noun phrases, so such a word may open one ("distributed systems") but not close it ("organisms
// evolved", "device known"). Portuguese, Spanish, French: conjugated verb endings that nouns
// rarely carry ("morrem", "aconteceu", "llegaron", "décollait") and pt/es -mente adverbs
// ("naturalmente"); their adjectives follow the noun
// ("Forças Armadas"), so adjectives get no rule there. A capitalised word is a name, never a verb.

export type WordClass = 'adverb' | 'participle' | 'adjective' | 'verb' | 'other';

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
cable table variable label syllable vegetable constable fable stable bible logic topic traffic music
clinic critic graphic mechanic republic rhetoric arithmetic fabric panic tactic plastic metric heuristic
characteristic public epic relic mosaic cleric garlic picnic tunic chemical chemicals periodical
musical`.split(/\s+/),
);

// Verbs of academic and news prose that are seldom nouns ("rely", "tackle", "reveals"); the
// verbs that are nouns as often ("measure", "increase", "study") are left out on purpose.
const VERB = new Set(
  `rely relies argue argues believe believes tackle tackles enable enables ensure ensures achieve achieves
obtain obtains yield exhibit exhibits perform performs investigate investigates demonstrate demonstrates
reveal reveals suggest suggests indicate indicates involve involves require requires remain remains
compare compares improve improves reduce reduces determine determines evaluate evaluates employ employs
apply applies occur occurs exist exists appear appears seem seems lead leads assume assumes derive
derives predict predicts accumulate accumulates tend tends help helps implies imply allow allows
consist consists depend depends enhance enhances establish establishes examine examines explore explores
identify identifies illustrate illustrates introduce introduces maintain maintains offer offers
represent represents solve solves support supports utilize utilizes verify verifies know knows sees
creates remember remembers keeps gives takes makes goes says means`.split(/\s+/),
);

// Romance verb endings: pt 3pl present -em (not -agem nouns), preterite -ou/-eu/-iu/-aram/-eram/
// -iram, imperfect -ava(m)/-iam, gerund -ando/-endo/-indo; es preterite -aron/-ieron/-ó, imperfect
// -aba(n), gerund -ando/-iendo; fr imperfect -ait/-aient, future -era/-ira(it)/-eront/-iront,
// passé simple -èrent, 3pl present -ent but not -ment ("exigent"; the -ent nouns are listed).
const ROMANCE_VERB: Record<string, RegExp> = {
  pt: /(?:[^g]em|[^aeiou]ou|[^aeiou]eu|[^aeiou]iu|aram|eram|iram|avam|ava|iam|ando|endo|indo)$/,
  es: /(?:aron|ieron|[^aeiou]ó|aba|aban|ando|iendo)$/,
  fr: /(?:ait|aient|era|erait|eront|ira|irait|iront|èrent|[^m]ent)$/,
};
const NOT_ROMANCE_VERB = new Set(
  `homem ordem origem margem nuvem jovem bem trem porém armazém alguém ninguém além também quem sem
europeu museu judeu comando contrabando lindo adendo mundo segundo fundo oitava lava cava escrava
fava trava bando brando comando mando expediendo dividendo estupendo tremendo hacienda semente
clemente veemente demente
lait fait portrait trait attrait souhait caméra opéra choléra président accident agent argent client
talent patient incident continent parent adolescent résident précédent équivalent gradient coefficient
récent différent urgent intelligent excellent évident absent présent permanent prudent violent`.split(/\s+/),
);

export function wordClass(word: string, lang: string): WordClass {
  const base = baseLang(lang);
  const romance = ROMANCE_VERB[base];
  if (romance) {
    const w = word.toLowerCase();
    if (w !== word || w.length <= 4) return 'other';
    // pt/es adverbs in -mente ("naturalmente"); French -ment is mostly nouns ("gouvernement").
    if (base !== 'fr' && w.length > 7 && w.endsWith('mente') && !NOT_ROMANCE_VERB.has(w)) return 'adverb';
    return romance.test(w) && !NOT_ROMANCE_VERB.has(w) ? 'verb' : 'other';
  }
  if (base !== 'en') return 'other';
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ly') && !NOT_ADVERB.has(w)) return 'adverb';
  if (VERB.has(w)) return 'verb';
  if (IRREGULAR_PARTICIPLE.has(w)) return 'participle';
  if (w.length > 4 && /ed$/.test(w) && !/eed$/.test(w) && !NOT_PARTICIPLE.has(w)) return 'participle';
  if (w.length > 5 && /(?:ous|ive|able|ible|ful|less|ic|ical)$/.test(w) && !NOT_ADJECTIVE.has(w))
    return 'adjective';
  return 'other';
}
