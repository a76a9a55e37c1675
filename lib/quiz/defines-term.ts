// Sentence-opening connectives that hand on to what follows them.
export const CONNECTIVE =
  /^(?:instead|however|also|thus|so|hence|therefore|otherwise|similarly|likewise|moreover|furthermore|then|in other words|for example|for instance|in addition|sin embargo|además|por eso|en cambio|cependant|pourtant|ainsi|en revanche|de plus|donc|porém|entretanto|além disso|assim|jedoch|außerdem|deshalb)\s*,?\s+/i;

// "is/are" and "means" in the spaced languages Rung meets most, and the articles a definition's
// predicate opens on ("A closure is a function…", "La inflación es el aumento…", "Le fichier est un…").
const COPULA =
  'is|are|means|refers to|denotes|stands for|es|son|significa|est|sont|désigne|signifie|é|são|significa|ist|sind|bezeichnet|bedeutet|è|sono';
const PREDICATE_ARTICLE =
  'an?|the|any|one|un|una|unos|unas|el|la|los|las|lo|le|les|une|des|du|o|a|os|as|um|uma|der|die|das|ein|eine|einer|il|gli|uno';
const SUBJECT_ARTICLE =
  "an?|the|el|la|los|las|le|les|l['’]|un|une|una|o|a|os|as|um|uma|der|die|das|ein|eine|il|lo|gli";
const DEFINES_AFTER = new RegExp(
  `^\\s*(?:\\([^)]*\\)\\s*)?(?:${COPULA})\\s+(?:(?:${PREDICATE_ARTICLE})(?=\\s|$)|l['’])`,
  'iu',
);
const SUBJECT_BEFORE = new RegExp(`^\\s*(?:(?:${SUBJECT_ARTICLE})\\s*)?$`, 'iu');
// In Chinese and Japanese a topic marker or copula right after a term that opens the sentence:
// "クロージャとは…", "イテレータは…です", "闭包是…".
const DEFINES_AFTER_CJK = /^(?:とは|って|は|是指|是|指的是|란|이란|은|는)/u;

/**
 * Whether the sentence says what the mentioned term is: "A closure is…", "X (Y) are…", "X means…",
 * "La inflación es el…", "クロージャとは…", "…is called X", "…known as X", or a glossary entry "X: …".
 */
export function definesTerm(s: string, m: { start: number; end: number }): boolean {
  const after = s.slice(m.end);
  const before = s.slice(0, m.start);
  if (DEFINES_AFTER.test(after)) return SUBJECT_BEFORE.test(before.replace(CONNECTIVE, ''));
  if (DEFINES_AFTER_CJK.test(after) && before.trim() === '') return true;
  if (/^\s*:\s+\S/.test(after) && before.trim() === '') return true;
  return /\b(?:called|known as|named|termed)\s+(?:(?:an?|the)\s+)?$/i.test(before);
}

/**
 * Whether the mentioned term is the subject the sentence opens on, followed by what it says of
 * it ("Callbacks are usually closures, because…", "A closure keeps…"): the sentence describes the
 * term, as a definition does, so a blank there is the term and not any word of its kind ("Gently
 * place the _____ over the oasis").
 */
export function opensOnTerm(s: string, m: { start: number; end: number }): boolean {
  if (!SUBJECT_BEFORE.test(s.slice(0, m.start).replace(CONNECTIVE, ''))) return false;
  return /^\s+\p{L}/u.test(s.slice(m.end)) || DEFINES_AFTER_CJK.test(s.slice(m.end));
}
