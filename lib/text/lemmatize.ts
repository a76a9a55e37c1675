import { baseLang } from '@/lib/text/stopwords';

// Light verb lemmatization for Spanish, French and Portuguese: the irregular forms of the most
// common verbs, and conjugation endings that nouns almost never carry (pt "errei" → "errar",
// es "estará" → "estar", fr "pourra" → "pouvoir"). Endings that nouns share are left alone
// (fr -ée "année", -ons "nations"; pt/es -ado "estado", -ando "contrabando", -ava "escrava", -eu
// "europeu"; es -é "comité"), so a noun is not turned into a verb.

export interface Lemma {
  lemma: string;
  /** True when the word was recognised as a verb form (vocabulary prefers content nouns). */
  verb: boolean;
  /** True for the few verbs every beginner knows (ser, être, poder...): not worth a card. */
  core: boolean;
}

const IRREGULAR: Record<string, string> = {
  pt: `ser:é,são,sou,somos,era,eram,foi,foram,fui,será,serão,seria,seriam,seja,sejam,fosse,fossem,sido,sendo
estar:está,estão,estou,estava,estavam,esteve,estiveram,estará,estarão,estaria,esteja,estejam,estivesse,estado?
ter:tem,têm,tenho,tinha,tinham,teve,tiveram,terá,terão,teria,tenha,tenham,tivesse,tido,tendo
haver:há,havia,houve,haverá,haja,houvesse
poder:pode,podem,posso,podia,podiam,pôde,puderam,poderá,poderão,poderia,possa,possam,pudesse
fazer:faz,fazem,faço,fazia,fez,fizeram,fará,farão,faria,faça,façam,feito,fazendo
ir:vai,vão,vou,ia,iam,irá,irão,iria,vá,fosse
dizer:diz,dizem,digo,dizia,disse,disseram,dirá,diria,diga,dito,dizendo
dar:dá,dão,dou,dava,deu,deram,dará,daria,dê,dado?
ver:vê,veem,vejo,via,viu,viram,verá,veria,veja,visto
querer:quer,querem,quero,queria,quis,quiseram,queira`,
  es: `ser:es,son,soy,somos,era,eran,fue,fueron,fui,será,serán,sería,serían,sea,sean,fuera,fueran,sido,siendo
estar:está,están,estoy,estaba,estaban,estuvo,estuvieron,estará,estarán,estaría,esté,estén,estado?
tener:tiene,tienen,tengo,tenía,tenían,tuvo,tuvieron,tendrá,tendrán,tendría,tenga,tengan,tenido,teniendo
haber:hay,ha,han,he,había,habían,hubo,habrá,habría,haya,hayan,hubiera
poder:puede,pueden,puedo,podía,podían,pudo,pudieron,podrá,podrán,podría,pueda,puedan
hacer:hace,hacen,hago,hacía,hizo,hicieron,hará,harán,haría,haga,hagan,hecho,haciendo
ir:va,van,voy,iba,iban,irá,irán,iría,vaya,vayan,yendo
decir:dice,dicen,digo,decía,dijo,dijeron,dirá,diría,diga,dicho,diciendo
dar:da,dan,doy,daba,dio,dieron,dará,daría,dé,dado?
ver:ve,ven,veo,veía,vio,vieron,verá,vería,vea,visto
querer:quiere,quieren,quiero,quería,quiso,quisieron,querrá,quiera`,
  fr: `être:est,sont,suis,sommes,êtes,était,étaient,fut,furent,sera,seront,serait,seraient,soit,soient,été
avoir:ai,as,a,avons,avez,ont,avait,avaient,eut,eurent,aura,auront,aurait,auraient,ait,aient,eu
pouvoir:peut,peuvent,peux,pouvait,pouvaient,put,pourra,pourront,pourrait,pourraient,puisse,puissent,pu
faire:fais,font,faisait,faisaient,fit,firent,fera,feront,ferait,feraient,fasse,fassent
aller:va,vont,vais,allait,allaient,alla,ira,iront,irait,iraient,aille,aillent,allé
devoir:doit,doivent,dois,devait,devaient,dut,devra,devront,devrait,devraient,doive,dû
dire:dit,disent,disait,disaient,dira,diront,dirait,dise
vouloir:veut,veulent,veux,voulait,voulaient,voulut,voudra,voudront,voudrait,voudraient,veuille,voulu
savoir:sait,savent,sais,savait,savaient,sut,saura,sauront,saurait,sache,su
voir:voit,voient,vois,voyait,vit,virent,verra,verront,verrait,voie,vu
prendre:prend,prennent,prenait,prit,prendra,prendrait,prenne,pris`,
};

/** Endings of finite verb forms that nouns of the language almost never have, longest first. */
const ENDINGS: Record<string, [suffix: string, replace: string, minLength: number][]> = {
  pt: [
    ['aram', 'ar', 6],
    ['eram', 'er', 6],
    ['iram', 'ir', 6],
    ['arão', 'ar', 6],
    ['erão', 'er', 6],
    ['irão', 'ir', 6],
    ['avam', 'ar', 6],
    ['ará', 'ar', 5],
    ['erá', 'er', 5],
    ['irá', 'ir', 5],
    ['ou', 'ar', 5],
    ['ei', 'ar', 5],
    ['iu', 'ir', 5],
  ],
  es: [
    ['aron', 'ar', 6],
    ['arán', 'ar', 6],
    ['erán', 'er', 6],
    ['irán', 'ir', 6],
    ['aban', 'ar', 6],
    ['ará', 'ar', 5],
    ['erá', 'er', 5],
    ['irá', 'ir', 5],
    ['ó', 'ar', 5],
  ],
  fr: [
    ['eraient', 'er', 9],
    ['èrent', 'er', 7],
    ['eront', 'er', 7],
    ['erait', 'er', 7],
    ['era', 'er', 6],
  ],
};

const CORE = new Set(['ser', 'estar', 'ter', 'haver', 'tener', 'haber', 'être', 'avoir', 'poder', 'pouvoir']);

const tables = new Map<string, Map<string, string>>();

function irregular(base: string): Map<string, string> {
  let t = tables.get(base);
  if (!t) {
    t = new Map();
    for (const line of (IRREGULAR[base] ?? '').split('\n')) {
      const [inf = '', forms = ''] = line.split(':');
      // A trailing "?" marks a form that is more often a noun ("estado", "dado"): not mapped.
      for (const f of forms.split(',')) if (f && !f.endsWith('?')) t.set(f.trim(), inf.trim());
    }
    tables.set(base, t);
  }
  return t;
}

/** The dictionary form of a lowercase word of `lang`, when a safe rule applies; else the word. */
export function lemmatize(word: string, lang: string): Lemma {
  const base = baseLang(lang);
  const w = word.toLowerCase();
  const irr = irregular(base).get(w);
  if (irr) return { lemma: irr, verb: true, core: CORE.has(irr) };
  for (const [suffix, replace, min] of ENDINGS[base] ?? []) {
    if (w.length >= min && w.endsWith(suffix)) {
      const lemma = `${w.slice(0, -suffix.length)}${replace}`;
      return { lemma, verb: true, core: CORE.has(lemma) };
    }
  }
  return { lemma: w, verb: false, core: false };
}
