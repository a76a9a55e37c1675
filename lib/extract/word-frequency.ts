import { baseLang } from '@/lib/text/stopwords';

// Compact frequency lists, written from general knowledge of each language (not from any corpus
// here): the most common content words, most frequent first. Function words are covered by the
// stopword lists and rank below these. Rank = position + 1 + OFFSET (function words come first).

const OFFSET = 100;

const LISTS: Record<string, string> = {
  en: `time year people way day man thing woman life child world school state family student group country problem hand
part place case week company system program question work government number night point home water room mother area money
story fact month lot right study book eye job word business issue side kind head house service friend father power hour
game line end member law car city community name president team minute idea kid body information back parent face others
level office door health person art war history party result change morning reason research girl guy moment air teacher
force education
road street car bus train plane ship boat phone computer screen window wall floor table chair bed kitchen garden tree
flower plant grass field river sea lake mountain hill island beach sky sun moon rain snow wind weather fire colour color
picture photo paper letter card box bag bottle cup glass plate food meal breakfast lunch dinner bread meat fruit coffee
tea milk drink shop store market price cost sale deal trade bank bill salary staff worker customer client brand product
industry economy report media press magazine newspaper interview author editor writer reader audience fan player coach
match season club league race sport music song film movie show episode star hero character book chapter language voice
sound noise dance party event meeting conference trip travel holiday vacation visit tour hotel restaurant building
apartment gate bridge town village nation region land ground earth nature environment animal dog cat horse bird heart
blood skin hair mind brain doctor hospital patient disease care medicine police officer crime court judge rule vote
election campaign leader minister official policy plan goal effort attempt chance risk decision choice opinion view
thought feeling sense experience knowledge skill ability strength piece middle edge corner hole platform web internet
design style print copy shoe clothes shirt dress dollar peace army soldier attack death birth age past future period
century decade weekend summer winter spring autumn beginning support success failure problem trouble truth lie love
fear hope dream job career owner boss neighbour neighbor guest stranger crowd public society culture church street
confident happy sad angry afraid aware likely unlikely ready willing proud worried excited interested serious popular
famous rich poor young strong weak beautiful nice fine dark bright hot cold warm cool heavy cheap expensive quick slow
fast difficult impossible recent modern national international local global social political economic financial
personal human natural huge tiny amazing great interesting wonderful terrible awesome men women children
data process test set structure tax cash measure accuracy spending trick need piece update increase decrease growth
search challenge response request record generation habit target control interest joy fun deal activity approach
access account address amount base chance choice cost difference direction energy experience figure focus impact lack
loss matter message mind note offer opportunity pair pressure range rate relationship rest review safety scale score
series shape share sign sort space speed standard stock strategy subject supply surface talk topic total training trend
unit weight stuff everything something anything nothing everyone someone anyone lots plenty best worst better worse okay
happen seem remain stay walk play pay buy sell build grow lose win save serve sit stand fall rise hold carry leave live
die reach raise appear continue listen agree argue wish like love hate hear watch wait separate
code output input command module program script file library software computer text concept concepts app apps
email online website device devices developer developers resource resources traffic setting settings performance bug
bugs length`,
  es: `año vez tiempo día cosa hombre parte vida mundo país casa forma caso gobierno momento lugar persona trabajo mujer
ciudad historia nombre agua hijo padre madre noche punto grupo problema ejemplo mano manera política guerra presidente
familia semana empresa sistema número idea palabra calle libro amigo tierra hora razón niño dinero cuenta nivel proyecto
muerte fin orden ley información guerra servicio centro programa cambio estado`,
  fr: `an année temps jour homme chose vie fois monde pays femme main part enfant moment place gouvernement famille ville
travail nom histoire eau question façon politique guerre président groupe semaine entreprise système nombre idée mot rue
livre ami terre heure raison argent compte niveau projet mort fin ordre loi information service centre programme
changement état père mère nuit point problème exemple`,
  pt: `ano vez tempo dia coisa homem parte vida mundo país casa forma caso governo momento lugar pessoa trabalho mulher
cidade história nome água filho pai mãe noite ponto grupo problema exemplo mão maneira política guerra presidente
família semana empresa sistema número ideia palavra rua livro amigo terra hora razão criança dinheiro conta nível projeto
morte fim ordem lei informação serviço centro programa mudança estado`,
  de: `jahr zeit mann frau tag kind welt land haus leben teil stadt hand weg arbeit frage geld schule familie woche name
wasser regierung geschichte monat stunde problem gruppe beispiel buch freund vater mutter nacht grund system zahl idee
wort straße unternehmen präsident krieg politik ende recht`,
  it: `anno tempo giorno uomo cosa vita mondo paese casa parte donna volta modo caso governo momento luogo persona lavoro
città storia nome acqua figlio padre madre notte punto gruppo problema esempio mano politica guerra presidente famiglia
settimana azienda sistema numero idea parola strada libro amico terra ora ragione`,
  zh: `中国 时候 问题 工作 国家 发展 社会 经济 政府 人民 世界 学生 公司 朋友 时间 地方 今天 记者 生活 孩子 城市 学校 市场 企业 活动 情况 方面
技术 文化 历史 教育 关系 美国 北京 老师 医院 电话 电脑 手机 家庭 新闻 工人 父亲 母亲 事情 国际 政策 经验 研究 政治 文章`,
  ja: `日本 時間 今日 仕事 会社 学校 先生 学生 世界 自分 問題 社会 政府 経済 東京 子供 国際 関係 情報 場合 必要 記者 結果 生活 大学 病院 電話
家族 友達 時代 地域 技術 文化 歴史 教育 市場 企業 活動 状況 今年 去年 毎日 以上 以下`,
};

const cache = new Map<string, Map<string, number>>();

function table(lang: string): Map<string, number> | undefined {
  const base = baseLang(lang);
  const src = LISTS[base];
  if (!src) return undefined;
  let t = cache.get(base);
  if (!t) {
    t = new Map();
    src
      .split(/\s+/)
      .filter(Boolean)
      .forEach((w, i) => {
        if (!t!.has(w)) t!.set(w, i + 1 + OFFSET);
      });
    cache.set(base, t);
  }
  return t;
}

/** Rank of `word` (lowercase) among the common words of `lang`, or undefined when not listed. */
export function frequencyRank(word: string, lang: string): number | undefined {
  return table(lang)?.get(word.toLowerCase());
}
