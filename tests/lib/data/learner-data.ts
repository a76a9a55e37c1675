import type { ExportDocument } from '@/lib/data/export-format';
import { seededRandom } from '@/lib/random';
import type { Attempt, ConceptKind, StoredConcept } from '@/lib/types';

export type Tables = ExportDocument['tables'];

// Labels and definitions of the kinds pages really carry, including the awkward ones: quotes,
// commas and line breaks (CSV), markup (Anki/HTML), formula-looking text (spreadsheets), RTL and
// non-Latin scripts, emoji.
const SEEDS: Array<[ConceptKind, string, string, string]> = [
  [
    'term',
    'en',
    'list comprehension',
    'A list comprehension consists of brackets containing an expression followed by a for clause.',
  ],
  ['api', 'py', 'dict.get', 'Return the value for key if key is in the dictionary, else default.'],
  ['vocab', 'es', 'perro', 'dog; "el perro ladra" — the dog barks'],
  ['term', 'en', 'Hermitian matrix', 'A complex square matrix that is equal to its own conjugate transpose.'],
  [
    'term',
    'fr',
    'mémoire',
    'Faculté de conserver et de rappeler des états de conscience passés, «souvenirs».',
  ],
  [
    'term',
    'en',
    '<script>alert(1)</script>',
    'Pages are untrusted: <img src=x onerror="alert(1)"> & "quotes", commas\nand lines',
  ],
  ['term', 'en', '=HYPERLINK("http://evil.example","x")', '+SUM(A1:A9) or -2+3 or @cmd'],
  ['vocab', 'ja', '記憶', 'きおく: memory; 💡 remembrance'],
  ['term', 'ar', 'ذاكرة', 'القدرة على حفظ المعلومات'],
];

const T0 = Date.UTC(2025, 8, 1);
const DAY = 86_400_000;

/** A learner's database of the given size, deterministic from `seed`. */
export function makeLearnerTables(
  size: { concepts: number; attempts: number; pages?: number },
  seed = 7,
): Tables {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const pageCount = size.pages ?? Math.max(1, Math.ceil(size.concepts / 40));
  const pageUrls = Array.from(
    { length: pageCount },
    (_, i) => `https://docs.python.org/3/library/page-${i}.html`,
  );

  const concepts: StoredConcept[] = Array.from({ length: size.concepts }, (_, i) => {
    const [kind, lang, label, definition] = SEEDS[i % SEEDS.length] as (typeof SEEDS)[number];
    const lab = i < SEEDS.length ? label : `${label} ${i}`;
    return {
      key: `${kind}:${lang}:${lab.toLowerCase()}`,
      label: lab,
      kind,
      lang,
      definition: i % 11 === 10 ? undefined : definition,
      aliases: i % 5 === 0 ? [`${lab}s`] : [],
      firstSeenAt: T0 + Math.floor(random() * 90) * DAY,
      ...(kind === 'api' ? { signature: `get(key, default=None)`, symbolKind: 'method' as const } : {}),
      ...(kind === 'vocab' ? { frequencyRank: 1 + Math.floor(random() * 5000) } : {}),
    };
  });

  const pages = pageUrls.map((url, p) => ({
    url,
    title: `Page ${p} — Python documentation`,
    lang: 'en',
    pageKind: 'docs' as const,
    readAt: T0 + p * DAY,
    conceptKeys: concepts.filter((_, i) => i % pageCount === p).map((c) => c.key),
    sentences: [`Sentence one of page ${p}.`, 'A second sentence, with "quotes".'],
    headings: [{ level: 1, text: `Page ${p}` }],
    links: [{ href: `${url}#next`, text: 'Next', rel: 'next' }],
    wordCount: 400 + p,
    ...(p % 3 === 0 ? { doneAt: T0 + (p + 2) * DAY } : {}),
  }));

  const occurrences = concepts.map((c, i) => ({
    pageUrl: pageUrls[i % pageCount] as string,
    conceptKey: c.key,
    score: Math.round(random() * 1000) / 1000,
    sentence: c.definition,
    section: i % 7,
  }));

  const edges = concepts.slice(1).map((c, i) => ({
    from: (concepts[i] as StoredConcept).key,
    to: c.key,
    confidence: Math.round(random() * 100) / 100,
    evidence: [{ source: 'order', detail: 'defined earlier on the page', pageUrl: pageUrls[i % pageCount] }],
  }));

  const attempts: Attempt[] = Array.from({ length: size.attempts }, (_, i) => {
    const c = pick(concepts);
    const correct = random() < 0.7;
    return {
      id: `att-${seed}-${i}`,
      conceptKey: c.key,
      pageUrl: pageUrls[i % pageCount],
      questionId: `q-${i % 997}`,
      questionType: pick(['cloze', 'multiple-choice', 'typed', 'true-false']),
      correct,
      answer: correct ? c.label : 'not sure, "really"',
      at: T0 + i * 37_000,
      ...(i % 4 === 0 ? { responseMs: 800 + Math.floor(random() * 9000) } : {}),
      ...(i % 50 === 0 ? { usedHint: true } : {}),
    };
  });

  const gaps = concepts.slice(0, Math.min(50, concepts.length)).map((c, i) => ({
    conceptKey: c.key,
    behind: (concepts[(i + 1) % concepts.length] as StoredConcept).key,
    pageUrl: pageUrls[0],
    createdAt: T0 + i * DAY,
    ...(i % 2 === 0 ? { closedAt: T0 + (i + 3) * DAY } : {}),
  }));

  const quizzes = pageUrls.slice(0, 3).map((url, i) => ({
    id: `quiz-${i}`,
    pageUrl: url,
    createdAt: T0 + i * DAY,
    updatedAt: T0 + i * DAY + 60_000,
    questions: concepts.slice(0, 2).map((c, j) => ({
      id: `qq-${i}-${j}`,
      conceptKey: c.key,
      type: 'cloze' as const,
      prompt: `_____ is defined as: ${c.definition ?? ''}`,
      answer: c.label,
      source: c.definition ?? c.label,
      generatedBy: 'offline' as const,
    })),
    answered: [],
    currentQuestionId: `qq-${i}-0`,
  }));

  return { pages, concepts, occurrences, edges, attempts, mastery: [], gaps, quizzes };
}
