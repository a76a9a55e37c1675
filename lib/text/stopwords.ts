// Function words per language, written out by hand (no corpus data). They split keyphrase
// candidates, keep vocabulary lists free of "the"/"de", and their frequencies profile a language
// for detection. Lists are space-separated so they stay compact in the content-script bundle.

const LISTS: Record<string, string> = {
  en: `inside outside later earlier way ways one two three four five six seven eight nine ten hundred thousand million first second third results result recent recently paper papers study studies method methods approach approaches work works problem problems give gives explain explains explained describes propose proposes consider considers a about above across after afterwards again against all almost alone along already also although always am
among amongst an and another any anyhow anyone anything anyway anywhere are aren't around as at back be became because
become becomes becoming been before beforehand behind being below beside besides between beyond both but by can cannot
could couldn't did didn't do does doesn't doing don't done down due during each either else elsewhere enough especially
etc even ever every everyone everything everywhere except few first for former formerly from further furthermore get gets
getting give given gives go goes going gone got had hadn't has hasn't have haven't having he he'd he'll he's hence her
here hereby herein hers herself him himself his how however i i'd i'll i'm i've ie if in indeed instead into is isn't it
it's its itself just keep kept last latter least less let like likely made make makes making many may maybe me meanwhile
might mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none nor not
nothing now nowhere of off often on once one ones only onto or other others otherwise our ours ourselves out over own
per perhaps please put quite rather really said same say says see seem seemed seeming seems several shall she she'd
she'll she's should shouldn't show shown shows since so some somehow someone something sometime sometimes somewhere
still such take taken than that that's the their theirs them themselves then thence there there's thereafter thereby
therefore therein thereupon these they they'd they'll they're they've this those though through throughout thru thus
to together too toward towards under unless until up upon us use used uses using very via was wasn't we we'd we'll
we're we've well were weren't what what's whatever when whence whenever where whereas whereby wherein whether which while
whither who who's whoever whole whom whose why will with within without won't would wouldn't yet you you'd you'll you're
you've your yours yourself yourselves also can't e.g i.e new various different several certain based paper propose
proposed present presented presents describe described describes discuss discussed approach obtained obtain show showed
thus within without around among able allow allows allowed provide provides provided including include includes
included consider considered considering become within shall often usually generally recently already example examples
way ways well whether two three four five six seven eight nine ten lot lots thing things mr mrs ms dr prof`,
  fr: `son ses sa leurs lui cette ces ceux celles un deux trois quatre cinq six sept huit neuf dix cent mille premier première deuxième dernier dernière plus moins bien aussi fait faits dit selon lors puis encore déjà ainsi notamment après avant depuis contre mardi lundi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain a à afin ai aie aient ainsi alors après as au aucun aucune aujourd'hui auprès aussi autre autres aux avaient avait
avant avec avoir ayant c c' ça car ce ceci cela celle celles celui cependant certain certaines certains ces cet cette
ceux chacun chaque chez ci comme comment d d' dans de depuis des dès donc dont du elle elles en encore entre es est et
étaient était été être eu eux fait faire fois font hors il ils j j' je jusqu jusqu'à l l' la là le les leur leurs lors
lorsque lui m m' ma mais me même mêmes mes moi moins mon n n' ne ni non nos notre nous on ont or ou où par parce parmi
pas peu peut peuvent plus plusieurs pour pourquoi pourrait qu qu' quand que quel quelle quelles quels qui quoi s s' sa
sans se selon ses si sien sont sous suis sur t t' ta tandis te tel telle tes toi ton tous tout toute toutes très tu un
une vers via vos votre vous y déjà aussi été selon également alors tout avoir aura auront serait seront sera fut
cet leurs dit a-t-il c'est n'est qu'il qu'elle d'un d'une l'on va vont allait allaient
doit doivent devait devrait`,
  es: `dos tres cuatro cinco seis siete ocho nueve diez cien mil primero primera segundo segunda último última ahora aquí allí hoy ayer mañana vez veces muy mucho mucha muchos muchas poco poca mi mis tu tus su sus nuestro nuestra este esta estos estas ese esa esos esas a al algo algunas algunos ante antes aquel aquella aquellas aquellos aquí así aunque cada como con contra cual
cuales cuando cuanto de del desde donde dos durante e el él ella ellas ellos en entre era eran es esa esas ese eso esos
esta está están estas este esto estos fue fueron ha había han hasta hay la las le les lo los más me mi mientras muy nada
ni no nos nosotros o os otra otras otro otros para pero poco por porque que qué quien quienes se sea según ser si sí sido
siempre sin sino sobre su sus también tan tanto te tiene tienen todo todos tras tu tus u un una unas uno unos usted ya
yo será sería han hacer hace puede pueden estaba estaban cual dijo además sólo solo ser son donde mismo misma`,
  pt: `dois duas três quatro cinco seis sete oito nove dez cem mil primeiro primeira segundo segunda último última neste nesta nestes nestas nesse nessa deste desta desse dessa daquele daquela agora aqui ali momento hoje ontem amanhã vez vezes boa tarde noite muito muita muitos muitas pouco pouca meu minha seu sua dele dela está estão estamos tinha tinham vai vão ir foi portanto porém contudo entanto aliás certamente precisamente ainda então depois antes sobre cerca mais menos também já isso isto aquilo coisa algo alguém algum alguma alguns algumas cada todo toda todos todas outro outra outros outras mesmo mesma mesmos mesmas lo la los las a à ao aos aquela aquelas aquele aqueles aquilo as às até com como contra da das de dela dele deles depois do dos e
é ela elas ele eles em entre era eram essa essas esse esses esta está estão estas este estes eu foi foram há isso isto já
lhe lhes mais mas me mesmo meu minha muito na nas não nem no nos nós num numa o os ou para pela pelas pelo pelos por
porque quando que quem se sem ser seu seus si sobre sua suas também te tem têm ter teve toda todas todo todos tu um uma
umas uns vai vão você vocês foi será seria pode podem onde ainda sido sendo estava disse cerca além apenas assim bem
desde então durante hoje lá sempre só tal tão outro outra outros outras qual quais tudo nada dentro fora
temos tenho estar estou estive fazer faz fazem feito devido embora sobretudo sei sabe acho`,
  it: `a ad al alla alle allo agli ai anche ancora avere aveva c che chi ci come con contro cui da dal dalla dalle dei del
della delle dello degli di dove e è ed era erano essere fa fino gli ha hanno i il in io la le lei lo loro lui ma mi molto
ne nei nel nella nelle non noi o per perché più poi quale quando quella quelle quello questa queste questo quindi se
sei si sia siamo sono sta stato su sua sue suo suoi sul sulla tra tu tutti tutto un una uno voi già solo così dopo anni`,
  de: `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei bin bis bist da damit dann
das dass dein deine dem den der des dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine
einem einen einer eines er es etwas euch euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm
ihn ihnen ihr ihre ihrem ihren ihrer im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine können
könnte machen man manche mehr mein meine mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine
seinem seinen seiner sich sie sind so solche soll sollte sondern sonst über um und uns unser unter viel vom von vor
wann war waren warum was weil weiter welche wenn wer werde werden wie wieder will wir wird wo wollen würde zu zum zur
zwar zwischen wurde wurden worden schon`,
  nl: `aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen
geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met
mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel
voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou`,
  cs: `a aby ale ani asi až bez bude budou by byl byla byli bylo být co či další do ho i já jak jako je jeho jej její jen
ještě jsem jsme jsou k kde když ke která které který kteří ma má mají mezi mi mít mu my na nad není než nebo o od on ona
oni ono pak po pod podle pokud pro proto před při s se si sice tak také tam ten tento to tohoto tom tu tuto ty u už v ve
však všech z za ze že těch těchto tím těm té tou tyto této tomto toho tomu jí jim jejich nich něj nás vás nám vám svůj své svého svou`,
  pl: `i w z na się nie do to że jest o a jak po co tak za od ale przez dla czy już jego jej ich są był była było były
może można tylko też także ten ta te tego tej tym temu który która które których którzy oraz przy pod nad bardzo jeszcze
gdy kiedy jednak bo więc lub albo będzie będą mnie mi go sobie tu tam gdzie został została zostały według roku bez u we
ze co jako już też ja ty on ona ono my wy oni one nas was nam wam jako aby żeby tych tymi ponad wśród między przed po`,
  sv: `och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när år
säger hon under också efter eller nu sina där vid mot ska skulle kommer ut får finns vara hade alla andra mycket än här
då sedan över bara vad hur blir blev dem detta dessa sin sitt hans hennes deras vår våra min mitt dig mig oss ni någon
något några inga ingen mellan utan hos samt enligt redan`,
  tr: `ve bir bu da de için ile olarak çok daha gibi ne ama en o şu ki mi mı mu mü var yok olan oldu olduğu olduğunu kadar
sonra önce her göre ise değil veya hem bile diye üzere tarafından ancak şey ben sen biz siz onlar bunu bunun şimdi artık
ya yani ayrıca fakat çünkü eğer hiç nasıl neden kendi olan olması büyük yeni ilk iki üç`,
  vi: `và của là có không được trong cho với các những một người này đã sẽ đang từ khi để như về theo tại ra vào lại cũng
thì nhưng nên bị rất nhiều đó sau trên năm đến làm hay hơn vì nếu mà cả chỉ còn nào do bởi gì ông bà họ chúng tôi ở`,
  ru: `а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее если есть
еще же за здесь и из или им их к как ко когда кто ли либо мне может мы на над нам нас не него нее нет ни них но ну о об
однако он она они оно от очень по под при с со так также такой там те тем то того тоже той только том ты у уже хотя чего
чей чем что чтобы чье чья эта эти это я`,
  zh: `的 了 是 在 和 有 我 他 她 它 这 那 也 就 都 而 及 与 着 或 一个 没有 我们 你们 他们 她们 不 人 上 中 个 为 以 到 说 要 会 对 从 被 把
让 给 但 还 又 很 之 于 其 将 等 并 由 向 已 所 此 该 这个 那个 这些 那些 因为 所以 如果 虽然 但是 可以 已经 自己 什么 没 吗 呢 吧 啊`,
  ja: `の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ ない この ため その あっ よう また
もの という あり まで られ なる へ か だ これ によって により おり より による ず なり られる において ば なかっ なく しかし について せ
だっ その後 できる それ う ので なお のみ でき き つ における および いう さらに でも ら たり その他 に関する たち ます ん なら です
でし ました ません`,
  ar: `في من على إلى عن مع هذا هذه ذلك التي الذي الذين أن إن كان كانت لم لن ما لا هو هي هم نحن أو ثم قد كل بعد قبل بين حتى عند`,
  he: `של את על עם זה זו הוא היא הם הן אני אנחנו לא כי גם או אם כל מה יש אין היה הייתה אבל רק עוד כמו אחרי לפני בין`,
  hi: `का की के में है हैं और को से पर यह वह भी था थी थे ने कि एक लिए तो ही या जो कर रहे गया हो नहीं इस उस`,
};

const cache = new Map<string, Set<string>>();

/** Base language of a BCP-47 tag ("pt-BR" → "pt"). */
export function baseLang(lang: string): string {
  return (lang || 'und').toLowerCase().split(/[-_]/)[0] || 'und';
}

/** Lowercased function words of `lang` (empty set for a language without a list). */
export function stopwords(lang: string): ReadonlySet<string> {
  const base = baseLang(lang);
  let set = cache.get(base);
  if (!set) {
    set = new Set((LISTS[base] ?? '').split(/\s+/).filter(Boolean));
    cache.set(base, set);
  }
  return set;
}

export function isStopword(word: string, lang: string): boolean {
  return stopwords(lang).has(word.toLowerCase().replace(/’/g, "'"));
}

/** Languages that have a stopword profile (used by the language detector). */
export const STOPWORD_LANGS = Object.keys(LISTS);
