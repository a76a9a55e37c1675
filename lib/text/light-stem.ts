import { baseLang } from '@/lib/text/stopwords';

// A deliberately light stemmer: it only strips inflections (plural, gender, common verb endings)
// so that "closures"/"closure" or "ciudades"/"ciudad" become one concept, without the aggressive
// derivational cuts of Snowball ("generalization" → "general") that would merge distinct concepts.
// Snowball itself (860 KB) is too heavy for the content script; the benchmark uses it only to score.

function stemEn(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  // Latin plurals: matrices/matrix, indices/index, appendices/appendix.
  if (/ices$/.test(w) && w.length > 6) return `${w.slice(0, -4)}ix`;
  if (/(?:sses|xes|ches|shes|zzes)$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) {
    const b = w.slice(0, -3);
    return /([b-df-hj-np-tv-z])\1$/.test(b) && !/(?:ll|ss|zz)$/.test(b) ? b.slice(0, -1) : b;
  }
  if (w.length > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /[^e]ed$/.test(w)) {
    const b = w.slice(0, -2);
    return /([b-df-hj-np-tv-z])\1$/.test(b) && !/(?:ll|ss|zz)$/.test(b) ? b.slice(0, -1) : b;
  }
  if (w.length > 4 && w.endsWith('e')) return w.slice(0, -1);
  return w;
}

function stemRomance(w: string): string {
  if (w.length <= 3) return w;
  if (/(?:ções|sões)$/.test(w)) return `${w.slice(0, -4)}ção`;
  if (/ões$/.test(w)) return `${w.slice(0, -3)}ão`;
  if (/ão$/.test(w)) return w;
  if (/aux$/.test(w) && w.length > 4) return `${w.slice(0, -3)}al`;
  if (/(?:ces)$/.test(w) && w.length > 5) w = `${w.slice(0, -3)}z`;
  else if (/[^aeiouáéíóú]es$/.test(w) && w.length > 5) w = w.slice(0, -2);
  else if (/[sx]$/.test(w) && w.length > 4) w = w.slice(0, -1);
  // Gender and the French feminine -e: "bonita"/"bonito", "petite"/"petit".
  if (/[aoe]$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}

function stemDe(w: string): string {
  if (w.length <= 4) return w;
  for (const suf of ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's']) {
    if (w.endsWith(suf) && w.length - suf.length >= 4) return w.slice(0, -suf.length);
  }
  return w;
}

// West Slavic (Czech, Slovak, Polish) inflect by the final vowel: case ("hřiště" / "hřišti"),
// gender ("anglický" / "anglická"). Only that vowel goes; consonant changes ("liga" / "lize")
// stay apart, as in the other light stemmers.
function stemWestSlavic(w: string): string {
  if (w.length <= 4) return w;
  return /[aeiouyáéíóúůýěąę]$/u.test(w) ? w.slice(0, -1) : w;
}

/** Lowercased, inflection-stripped form of one word for `lang`. Unknown languages: lowercase only. */
export function lightStem(word: string, lang: string): string {
  const w = word.normalize('NFKC').toLowerCase().replace(/’/g, "'");
  if (!/^[\p{Script=Latin}'-]+$/u.test(w)) return w;
  switch (baseLang(lang)) {
    case 'en':
      return stemEn(w);
    case 'fr':
    case 'es':
    case 'pt':
    case 'it':
    case 'ca':
      return stemRomance(w);
    case 'de':
    case 'nl':
      return stemDe(w);
    case 'cs':
    case 'sk':
    case 'pl':
      return stemWestSlavic(w);
    default:
      return w;
  }
}
