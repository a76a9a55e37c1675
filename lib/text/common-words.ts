import { lightStem } from '@/lib/text/light-stem';
import { baseLang } from '@/lib/text/stopwords';

// Very common general-language words that are not function words: a reader already knows them,
// so on their own they are never the concept a page teaches ("called", "value", "default",
// "specified"). Written from general knowledge of each language's most frequent words (no corpus
// data); they still count inside phrases ("default argument values").

const LISTS: Record<string, string> = {
  en: `call called calls calling define defined defines defining specify specified specifies follow following follows
followed value values default defaults way ways thing things part parts case cases number numbers time times end ends
point points line lines side kind kinds type types form forms place order name names example examples result
results reason fact idea word words use uses need needs step steps start starts change changes question questions answer
information people person group level area course home house world year years day days week month life hand state
good bad great big small large little long short high low full empty same different other possible available simple
useful important common general specific previous next last new old real true whole main major minor certain clear easy
hard early late right left top bottom front back able free sure ready final open close closed run runs running ran make
makes made take takes took give gives gave get gets got put puts let lets go goes went come comes came see sees saw seen
look looks looked find finds found know knows knew known think thinks thought say says tell tells told ask asks asked
work works worked try tries tried want wants wanted keep keeps help helps helped show shows showed turn turns turned
move moves moved write writes wrote written read reads add adds added include includes included allow allows allowed
provide provides provided contain contains contained create creates created return returns returned pass passes passed
mean means meant note notes used using given instead rather thus also however often usually simply actually really
following above below section chapter page pages text note
technique analysis condition term definition application requirement area region quality size distance
scheme aspect factor feature element component characteristic issue task amount degree effect purpose role
basis context scope overview introduction summary conclusion solution tool procedure description treatment
advantage limitation improvement development evaluation implementation
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday`,
  es: `valor valores forma caso parte vez veces cosa manera tipo nombre ejemplo resultado punto línea lado momento lugar
orden número tiempo día año gente persona mundo nuevo nueva gran grande pequeño mismo misma otro otra primero último
bueno buena mejor peor hacer hace hizo tener tiene tenía decir dijo ver visto dar dado llamar llamado usar usado poder
puede pueden deber debe enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
diciembre lunes martes miércoles jueves viernes sábado domingo`,
  fr: `valeur valeurs forme cas partie fois chose manière type nom exemple résultat point ligne côté moment lieu ordre
nombre temps jour année gens personne monde nouveau nouvelle grand grande petit même autre premier dernier bon bonne
meilleur faire fait avoir dire voir vu donner donné appeler appelé utiliser utilisé pouvoir peut doit
janvier février avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi
jeudi vendredi samedi dimanche`,
  pt: `valor valores forma caso parte vez vezes coisa maneira tipo nome exemplo resultado ponto linha lado momento lugar
ordem número tempo dia ano gente pessoa mundo novo nova grande pequeno mesmo mesma outro outra primeiro último bom boa
melhor fazer faz fez ter tem dizer disse ver visto dar dado chamar chamado usar usado poder pode devem deve
janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro segunda-feira
terça-feira quarta-feira quinta-feira sexta-feira sábado domingo`,
};

const cache = new Map<string, Set<string>>();

/** True when the word's stem is among the very common content words of `lang`. */
export function isCommonWord(word: string, lang: string): boolean {
  const base = baseLang(lang);
  const src = LISTS[base];
  if (!src) return false;
  let set = cache.get(base);
  if (!set) {
    set = new Set(
      src
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => lightStem(w, base)),
    );
    cache.set(base, set);
  }
  return set.has(lightStem(word, base));
}
