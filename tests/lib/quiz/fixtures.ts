import type { ConceptKind, StoredConcept, StoredPage } from '@/lib/types';

// Small pages written the way real pages in each language read: a Python tutorial, a library
// reference, Spanish and French news, Chinese and Japanese tutorials, Arabic and Hebrew articles.

export function concept(
  lang: string,
  kind: ConceptKind,
  label: string,
  extra: Partial<StoredConcept> = {},
): StoredConcept {
  return {
    key: `${kind}:${lang}:${label.toLowerCase()}`,
    label,
    kind,
    lang,
    aliases: [],
    firstSeenAt: 0,
    ...extra,
  };
}

export function page(
  url: string,
  lang: string,
  sentences: string[],
  extra: Partial<StoredPage> = {},
): StoredPage {
  return {
    url,
    title: url,
    lang,
    pageKind: 'tutorial',
    readAt: 0,
    conceptKeys: [],
    sentences,
    headings: [],
    links: [],
    wordCount: sentences.join(' ').length,
    ...extra,
  };
}

export interface Fixture {
  name: string;
  page: StoredPage;
  concepts: StoredConcept[];
}

function definedTerms(lang: string, kind: ConceptKind, defs: [string, string][]): StoredConcept[] {
  return defs.map(([label, definition], i) =>
    concept(lang, kind, label, { definition, frequencyRank: 1000 + i * 50 }),
  );
}

const enTerms: [string, string][] = [
  ['closure', 'A closure is a function that remembers the variables of the scope in which it was created.'],
  ['iterator', 'An iterator is an object representing a stream of data, returned one item at a time.'],
  ['generator', 'A generator is a function which returns a generator iterator and uses the yield statement.'],
  [
    'decorator',
    'A decorator is a function returning another function, usually applied with the @wrapper syntax.',
  ],
  [
    'list comprehension',
    'A list comprehension is a compact way to process all or part of the elements in a sequence.',
  ],
];
const enSentences = [
  ...enTerms.map(([, d]) => d),
  'Closures are often used to build callbacks without defining a class.',
  'Every for loop in Python asks its object for an iterator behind the scenes.',
  'Step 1: Create a virtual environment for the project.',
  'Step 2: Activate the virtual environment in your shell.',
  'Step 3: Install the packages with pip inside the virtual environment.',
];

const esTerms: [string, string][] = [
  ['inflación', 'La inflación es el aumento generalizado y sostenido de los precios de bienes y servicios.'],
  [
    'tipo de interés',
    'El tipo de interés es el precio que se paga por utilizar dinero prestado durante un tiempo.',
  ],
  ['desempleo', 'El desempleo es la situación de las personas que buscan trabajo y no lo encuentran.'],
  ['deuda pública', 'La deuda pública es el conjunto de obligaciones financieras contraídas por el Estado.'],
];
const frTerms: [string, string][] = [
  ['gouvernement', 'Le gouvernement est l’organe qui détermine et conduit la politique de la nation.'],
  ['assemblée', "L'assemblée vote les lois et contrôle l'action du gouvernement chaque semaine."],
  ['circonscription', 'Une circonscription est une division du territoire qui élit un député.'],
  ['scrutin', 'Le scrutin désigne le vote par lequel les citoyens choisissent leurs représentants.'],
  ['parlement', 'Le parlement est l’ensemble des deux chambres qui votent les lois.'],
];
const zhTerms: [string, string][] = [
  ['闭包', '闭包是能够读取其他函数内部变量的函数。'],
  ['迭代器', '迭代器是一个可以记住遍历位置的对象。'],
  ['生成器', '生成器是一种使用yield语句逐个返回值的特殊函数。'],
  ['装饰器', '装饰器本质上是一个返回函数的高阶函数。'],
];
const jaTerms: [string, string][] = [
  ['クロージャ', 'クロージャとは、外側のスコープの変数を捕捉する関数のことです。'],
  ['イテレータ', 'イテレータは要素を一つずつ順番に取り出すためのオブジェクトです。'],
  ['ジェネレータ', 'ジェネレータはyield文で値を一つずつ返す関数です。'],
  ['デコレータ', 'デコレータは関数を受け取って別の関数を返す仕組みです。'],
];
const arTerms: [string, string][] = [
  ['الخوارزمية', 'الخوارزمية هي مجموعة من الخطوات المحددة لحل مشكلة ما.'],
  ['المتغير', 'المتغير هو اسم يشير إلى مكان في الذاكرة يحفظ قيمة يمكن تغييرها.'],
  ['الدالة', 'الدالة هي كتلة من التعليمات البرمجية تنفذ مهمة محددة عند استدعائها.'],
  ['المصفوفة', 'المصفوفة هي بنية بيانات تخزن عناصر من النوع نفسه بشكل متتال.'],
];
const heTerms: [string, string][] = [
  ['אלגוריתם', 'אלגוריתם הוא סדרה סופית של צעדים לפתרון בעיה מוגדרת.'],
  ['משתנה', 'משתנה הוא שם המצביע על מקום בזיכרון שבו נשמר ערך.'],
  ['פונקציה', 'פונקציה היא קטע קוד שמבצע משימה מוגדרת כאשר קוראים לו.'],
];

const apiConcepts = [
  concept('en', 'api', 'json.dumps', {
    signature: 'json.dumps(obj, *, skipkeys=False, ensure_ascii=True, indent=None)',
    summary: 'Serialize obj to a JSON formatted str using this conversion table.',
    symbolKind: 'function',
  }),
  concept('en', 'api', 'json.loads', {
    signature: 'json.loads(s, *, encoding=None, cls=None, object_hook=None)',
    summary: 'Deserialize s (a str instance containing a JSON document) to a Python object.',
    symbolKind: 'function',
  }),
  concept('en', 'api', 'json.dump', {
    signature: 'json.dump(obj, fp, *, skipkeys=False, ensure_ascii=True)',
    summary: 'Serialize obj as a JSON formatted stream to fp (a .write()-supporting file-like object).',
    symbolKind: 'function',
  }),
  concept('en', 'api', 'json.load', {
    signature: 'json.load(fp, *, cls=None, object_hook=None, parse_float=None)',
    summary:
      'Deserialize fp (a .read()-supporting file-like object containing a JSON document) to a Python object.',
    symbolKind: 'function',
  }),
  concept('en', 'api', 'json.JSONDecodeError', {
    signature: 'json.JSONDecodeError(msg, doc, pos, end=None)',
    summary: 'Subclass of ValueError with the following additional attributes: msg, doc, pos.',
    symbolKind: 'exception',
  }),
];

const esVocab = [
  concept('es', 'vocab', 'subida', { summary: 'rise, increase', lemma: 'subida' }),
  concept('es', 'vocab', 'precios', { summary: 'prices', lemma: 'precio', aliases: ['precio'] }),
  concept('es', 'vocab', 'encuesta', { summary: 'survey, poll' }),
  concept('es', 'vocab', 'vivienda', { summary: 'housing, dwelling' }),
];

export const FIXTURES: Fixture[] = [
  {
    name: 'en Python tutorial',
    page: page('https://docs.python.org/3/tutorial/classes.html', 'en', enSentences),
    concepts: [...definedTerms('en', 'term', enTerms), concept('en', 'term', 'virtual environment')],
  },
  {
    name: 'en library reference',
    page: page(
      'https://docs.python.org/3/library/json.html',
      'en',
      [
        'The json module exposes an API familiar to users of the standard library marshal and pickle modules.',
        'If indent is a non-negative integer or string, then dumps() will pretty-print the JSON output.',
        'The loads() function raises JSONDecodeError if the data being deserialized is not a valid JSON document.',
      ],
      { pageKind: 'api-reference' },
    ),
    concepts: apiConcepts,
  },
  {
    name: 'es news',
    page: page('https://elpais.com/economia/ipc.html', 'es', [
      ...esTerms.map(([, d]) => d),
      'La subida de los precios de la vivienda preocupa a las familias jóvenes.',
      'Según la última encuesta, el desempleo bajó en casi todas las regiones.',
      'El Banco Central Europeo decidió mantener el tipo de interés hasta el otoño.',
      'Los precios de la energía siguen muy por encima de los del año pasado.',
    ]),
    concepts: [...definedTerms('es', 'term', esTerms), ...esVocab],
  },
  {
    name: 'fr news',
    page: page('https://www.lemonde.fr/politique/article.html', 'fr', [
      ...frTerms.map(([, d]) => d),
      'Le gouvernement a présenté mardi son projet de budget pour l’année prochaine.',
    ]),
    concepts: definedTerms('fr', 'term', frTerms),
  },
  {
    name: 'zh tutorial',
    page: page('https://www.runoob.com/python3/python3-iterator-generator.html', 'zh-CN', [
      ...zhTerms.map(([, d]) => d),
      '在Python中，闭包常用于实现回调函数。',
      '第一步：安装Python解释器。',
      '第二步：创建一个虚拟环境。',
      '第三步：在虚拟环境中安装依赖包。',
    ]),
    concepts: [...definedTerms('zh-CN', 'term', zhTerms), concept('zh-CN', 'term', '虚拟环境')],
  },
  {
    name: 'ja tutorial',
    page: page(
      'https://docs.python.org/ja/3/tutorial/classes.html',
      'ja',
      jaTerms.map(([, d]) => d),
    ),
    concepts: definedTerms('ja', 'term', jaTerms),
  },
  {
    name: 'ar article',
    page: page(
      'https://ar.wikipedia.org/wiki/خوارزمية',
      'ar',
      arTerms.map(([, d]) => d),
      { dir: 'rtl' },
    ),
    concepts: definedTerms('ar', 'term', arTerms),
  },
  {
    name: 'he article',
    page: page(
      'https://he.wikipedia.org/wiki/אלגוריתם',
      'he',
      heTerms.map(([, d]) => d),
      { dir: 'rtl' },
    ),
    concepts: definedTerms('he', 'term', heTerms),
  },
];

export function fixture(name: string): Fixture {
  const f = FIXTURES.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
}
