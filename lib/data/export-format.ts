import { z } from 'zod';
import {
  apiSymbolKindSchema,
  conceptKindSchema,
  masteryStatusSchema,
  memberKindSchema,
  pageKindSchema,
} from '@/lib/kinds';
import type { QuizSession } from '@/lib/quiz/types';
import type {
  Attempt,
  GapRecord,
  MasteryRecord,
  Occurrence,
  PrereqEdge,
  StoredConcept,
  StoredPage,
} from '@/lib/types';

/**
 * The export file format. Rows are validated field by field on import because an export file is
 * untrusted input (it may come from someone else, or be edited by hand). Objects are "loose": a
 * field this build does not know (added by a later build) is kept rather than silently dropped,
 * so a round trip through an older build loses nothing.
 */
export const EXPORT_FORMAT = 'rung-export';
export const EXPORT_VERSION = 1;

/** The tables an export carries. llmCache (regenerable) and llmLog (a debugging record) stay out. */
export const EXPORT_TABLES = [
  'pages',
  'concepts',
  'occurrences',
  'edges',
  'attempts',
  'mastery',
  'gaps',
  'quizzes',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const SHORT = 2_000;
const LONG = 100_000;
const text = (max = SHORT) => z.string().max(max);
const key = text(1_000).min(1);
const time = z.number().finite();
const count = z.number().int().min(0);
const optional = <T extends z.ZodType>(schema: T) => schema.optional();

const page = z.looseObject({
  url: key,
  title: text(),
  lang: text(50),
  dir: optional(z.enum(['ltr', 'rtl'])),
  pageKind: pageKindSchema,
  readAt: time,
  nextUrl: optional(text()),
  conceptKeys: z.array(key).max(100_000),
  sentences: z.array(text(LONG)).max(200_000),
  headings: z.array(z.looseObject({ level: z.number().int().min(1).max(6), text: text() })).max(10_000),
  links: z.array(z.looseObject({ href: text(), text: text(), rel: optional(text(200)) })).max(100_000),
  wordCount: count,
  doneAt: optional(time),
});

const concept = z.looseObject({
  key,
  label: text(),
  kind: conceptKindSchema,
  lang: text(50),
  lemma: optional(text()),
  definition: optional(text(LONG)),
  frequencyRank: optional(count),
  signature: optional(text(LONG)),
  symbolKind: optional(apiSymbolKindSchema),
  owner: optional(text()),
  memberKind: optional(memberKindSchema),
  uses: optional(z.array(text()).max(1_000)),
  implements: optional(z.array(text()).max(1_000)),
  summary: optional(text(LONG)),
  aliases: z.array(text()).max(1_000),
  firstSeenAt: time,
});

const occurrence = z.looseObject({
  pageUrl: key,
  conceptKey: key,
  score: z.number().finite(),
  sentence: optional(text(LONG)),
  section: optional(count),
  firstOffset: optional(count),
});

const edge = z.looseObject({
  from: key,
  to: key,
  confidence: z.number().min(0).max(1),
  evidence: z
    .array(z.looseObject({ source: text(200), detail: text(LONG), pageUrl: optional(text()) }))
    .max(1_000),
});

const attempt = z.looseObject({
  id: key,
  conceptKey: key,
  pageUrl: optional(text()),
  questionId: text(1_000),
  questionType: text(100),
  correct: z.boolean(),
  answer: text(LONG),
  at: time,
  responseMs: optional(z.number().finite().min(0)),
  usedHint: optional(z.boolean()),
  usedLlm: optional(z.boolean()),
});

const mastery = z.looseObject({
  conceptKey: key,
  status: masteryStatusSchema,
  attempts: count,
  correct: count,
  streak: count,
  pCorrect: z.number().min(0).max(1),
  lastAt: optional(time),
  due: optional(time),
  stability: optional(z.number().finite()),
  difficulty: optional(z.number().finite()),
});

const gap = z.looseObject({
  conceptKey: key,
  behind: key,
  pageUrl: optional(text()),
  createdAt: time,
  closedAt: optional(time),
  readOn: optional(text()),
});

const question = z.looseObject({
  id: key,
  conceptKey: key,
  type: text(100),
  prompt: text(LONG),
  choices: optional(z.array(text(LONG)).max(100)),
  answer: text(LONG),
  accepted: optional(z.array(text(LONG)).max(1_000)),
  source: text(LONG),
  pageUrl: optional(text()),
  explanation: optional(text(LONG)),
  generatedBy: z.enum(['offline', 'llm']),
});

const quiz = z.looseObject({
  id: key,
  pageUrl: text(),
  createdAt: time,
  updatedAt: time,
  questions: z.array(question).max(1_000),
  answered: z
    .array(
      z.looseObject({
        questionId: text(1_000),
        attemptId: text(1_000),
        correct: z.boolean(),
        answer: text(LONG),
      }),
    )
    .max(10_000),
  currentQuestionId: optional(text(1_000)),
  conceptKey: optional(key),
  finishedAt: optional(time),
});

const MAX_ROWS = 5_000_000;
const rows = <T extends z.ZodType>(row: T) => z.array(row).max(MAX_ROWS);

export const exportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: time,
  schemaVersion: z.number().int().min(1),
  tables: z.object({
    pages: rows(page),
    concepts: rows(concept),
    occurrences: rows(occurrence),
    edges: rows(edge),
    attempts: rows(attempt),
    mastery: rows(mastery),
    // Optional so a file from before a table existed still imports.
    gaps: rows(gap).default([]),
    quizzes: rows(quiz).default([]),
  }),
  settings: z.record(z.string(), z.unknown()).default({}),
});

/** The document as written: the rows have exactly the shapes stored in the database. */
export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: number;
  schemaVersion: number;
  tables: {
    pages: StoredPage[];
    concepts: StoredConcept[];
    occurrences: Occurrence[];
    edges: PrereqEdge[];
    attempts: Attempt[];
    mastery: MasteryRecord[];
    gaps: GapRecord[];
    quizzes: QuizSession[];
  };
  /** Learner settings, secrets removed. */
  settings: Record<string, unknown>;
}
