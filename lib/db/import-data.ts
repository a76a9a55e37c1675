import type { Table } from 'dexie';
import {
  EXPORT_FORMAT,
  EXPORT_TABLES,
  EXPORT_VERSION,
  type ExportDocument,
  type ExportTable,
  exportDocumentSchema,
} from '@/lib/data/export-format';
import { isHttpUrl } from '@/lib/data/http-url';
import { MAX_IMPORT_CHARS } from '@/lib/data/import-limit';
import { forgetNameFilter } from '@/lib/db/concept-names';
import { CURRENT_SCHEMA_VERSION, redactSettings } from '@/lib/db/export-data';
import { forgetLearnerSnapshot } from '@/lib/db/learner-snapshot';
import { asStorageFullError, type DeriveMastery } from '@/lib/db/record-attempt';
import type { RungDatabase } from '@/lib/db/schema';
import { conceptNameKeys } from '@/lib/graph/infer/name-keys';
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

/** A file that cannot be imported. The message is for the learner; nothing was changed. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

export const IMPORT_STORAGE_FULL_MESSAGE =
  'Rung ran out of storage space while importing, so nothing was imported. Free up disk space and try again.';

/** 256 MiB of text: years of study. Bigger is either not ours or would exhaust the tab's memory. */

export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  tables: Record<ExportTable, TableCounts>;
  /** Mastery rows re-derived from the merged attempts. */
  rederived: number;
  /** The file's settings (secrets removed) for the caller to merge into extension storage. */
  settings: Record<string, unknown>;
  exportedAt: number;
  /**
   * Rows left out because they name a concept that is neither in the file nor in the database
   * (an attempt for it would leave a review due that can never be asked), and addresses that are
   * not http(s) (a page dropped, a `nextUrl` or `readOn` link removed).
   */
  dropped: { unknownConcept: number; unsafeUrl: number };
}

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const shown = issues.slice(0, 3).map((issue) => {
    const path = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
      .join('');
    return `${path || '(top level)'}: ${issue.message}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
  return `${shown.join('; ')}${more}`;
}

/** No Rung record nests deeper than this; anything deeper is hostile or damaged. */
export const MAX_NESTING = 64;

/**
 * The deepest bracket nesting in JSON text, strings skipped. JSON.parse accepts any depth, but
 * cloning such a value into IndexedDB or stringifying it overflows the stack, so a deep file is
 * refused before it is parsed.
 */
export function jsonNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      depth++;
      if (depth > max) max = depth;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return max;
}

/** Parses and validates an export file's text; throws ImportError with a clear reason. */
export function parseExport(text: string, maxChars = MAX_IMPORT_CHARS): ExportDocument {
  if (typeof text !== 'string') throw new ImportError('This file could not be read as text.');
  if (text.length > maxChars) {
    const mb = (n: number) => Math.round(n / (1024 * 1024));
    throw new ImportError(
      `This file is too large to import (${mb(text.length)} MB; the limit is ${mb(maxChars)} MB).`,
    );
  }
  if (jsonNesting(text) > MAX_NESTING) {
    throw new ImportError(
      `This export file is damaged or was edited: it nests deeper than ${MAX_NESTING} levels.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not a Rung export: it is not valid JSON.');
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ImportError('This file is not a Rung export (it has no "format": "rung-export").');
  }
  const { version, schemaVersion } = raw as { version?: unknown; schemaVersion?: unknown };
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    throw new ImportError(
      `This export was made by a newer version of Rung (format ${version}). Update Rung, then import it.`,
    );
  }
  if (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new ImportError(
      `This export was made by a newer version of Rung (database version ${schemaVersion}). Update Rung, then import it.`,
    );
  }
  const parsed = exportDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ImportError(
      `This export file is damaged or was edited: ${describeIssues(parsed.error.issues)}.`,
    );
  }
  // The schema is the stored shapes with open string unions (a question type added by a later
  // build is kept); otherwise the validated document is exactly an ExportDocument.
  return { ...(parsed.data as unknown as ExportDocument), settings: redactSettings(parsed.data.settings) };
}

/** Key order-independent JSON, to tell a merged row that changed from one that did not. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** `incoming` with every field the local row has laid over it: local data wins, gaps are filled. */
function fill<T extends object>(existing: T, incoming: T): T {
  const out: Record<string, unknown> = { ...(incoming as Record<string, unknown>) };
  for (const [k, v] of Object.entries(existing)) if (v !== undefined) out[k] = v;
  return out as T;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
const minDefined = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

type Merge<T> = (existing: T, incoming: T) => T;

const mergeConcept: Merge<StoredConcept> = (e, i) => {
  const aliases = union(e.aliases, i.label !== e.label ? [...i.aliases, i.label] : i.aliases);
  return { ...fill(e, i), aliases, firstSeenAt: Math.min(e.firstSeenAt, i.firstSeenAt) };
};
const mergePage: Merge<StoredPage> = (e, i) => ({
  ...fill(e, i),
  conceptKeys: union(e.conceptKeys, i.conceptKeys),
  readAt: Math.min(e.readAt, i.readAt),
  doneAt: minDefined(e.doneAt, i.doneAt),
});
const mergeEdge: Merge<PrereqEdge> = (e, i) => {
  const seen = new Set(e.evidence.map(canonical));
  return {
    ...fill(e, i),
    confidence: Math.max(e.confidence, i.confidence),
    evidence: [...e.evidence, ...i.evidence.filter((ev) => !seen.has(canonical(ev)))],
  };
};
const mergeQuiz: Merge<QuizSession> = (e, i) => (i.updatedAt > e.updatedAt ? i : e);
// An answer is a fact: a stored attempt is never rewritten by an import.
const keepExisting = <T>(e: T) => e;

interface Plan<T, K> {
  table: Table<T, K>;
  rows: T[];
  primaryKey: (row: T) => K;
  merge: Merge<T>;
  /** Derives what a stored row carries beyond the file's fields (a concept's names). */
  prepare?: (row: T) => T;
}

const keyString = (key: unknown) => (typeof key === 'string' ? key : JSON.stringify(key));

/** Writes one table's rows; returns the counts and, for attempts, the rows actually added. */
async function applyPlan<T, K>(plan: Plan<T, K>): Promise<{ counts: TableCounts; added: T[] }> {
  // Duplicates inside the file itself are merged first, so bulkAdd never sees the same key twice.
  const byKey = new Map<string, T>();
  for (const row of plan.rows) {
    const k = keyString(plan.primaryKey(row));
    const prior = byKey.get(k);
    byKey.set(k, prior === undefined ? row : plan.merge(prior, row));
  }
  const counts: TableCounts = { added: 0, updated: 0, unchanged: 0 };
  if (byKey.size === 0) return { counts, added: [] };
  // All local keys in one getAllKeys request: per-row lookups cost a request each, which on a
  // 100,000-row table is most of an import's time.
  const present = new Set((await plan.table.toCollection().primaryKeys()).map(keyString));
  const added: T[] = [];
  const clashing: T[] = [];
  for (const [k, row] of byKey) (present.has(k) ? clashing : added).push(row);
  const updated: T[] = [];
  if (plan.merge === keepExisting) counts.unchanged = clashing.length;
  else if (clashing.length > 0) {
    const local = await plan.table.bulkGet(clashing.map(plan.primaryKey));
    clashing.forEach((row, i) => {
      const mine = local[i] as T;
      const merged = plan.merge(mine, row);
      if (canonical(merged) === canonical(mine)) counts.unchanged++;
      else updated.push(merged);
    });
  }
  counts.added = added.length;
  counts.updated = updated.length;
  const prepare = plan.prepare ?? ((row: T) => row);
  if (added.length > 0) await plan.table.bulkAdd(added.map(prepare));
  if (updated.length > 0) await plan.table.bulkPut(updated.map(prepare));
  return { counts, added };
}

/**
 * Merges an export file into the database without duplicates, in one transaction: a damaged or
 * hostile file, or a full disk, changes nothing. Attempts merge by id (a stored answer is never
 * rewritten), concepts merge their aliases, pages/edges/gaps fill in what the local row lacks,
 * the newer copy of a quiz wins; the mastery rows of every concept that gained attempts are
 * re-derived from all of its attempts, as recordAttempt would have written them.
 */
export async function importData(
  db: RungDatabase,
  text: string,
  options: { deriveMastery: DeriveMastery; maxChars?: number },
): Promise<ImportSummary> {
  const doc = parseExport(text, options.maxChars);
  try {
    return await db.transaction(
      'rw',
      [...EXPORT_TABLES.map((name) => db.table(name)), db.nameFilter, db.learnerSnapshot],
      async () => {
        const known = new Set<string>(doc.tables.concepts.map((c) => c.key));
        for (const key of await db.concepts.toCollection().primaryKeys()) known.add(key);
        const { tables: t, dropped } = checkReferences(doc.tables, known);
        const hadAttempts = (await db.attempts.count()) > 0;
        const pages = await applyPlan<StoredPage, string>({
          table: db.pages,
          rows: t.pages,
          primaryKey: (r) => r.url,
          merge: mergePage,
        });
        const concepts = await applyPlan<StoredConcept, string>({
          table: db.concepts,
          rows: t.concepts,
          primaryKey: (r) => r.key,
          merge: mergeConcept,
          // Found by name like saved concepts (lib/db/concept-names.ts); a file's own names are not trusted.
          prepare: (c) => ({ ...c, names: conceptNameKeys(c) }),
        });
        // The name filter is rebuilt from the concepts at the next read.
        if (concepts.counts.added + concepts.counts.updated > 0) await forgetNameFilter(db);
        const occurrences = await applyPlan<Occurrence, [string, string]>({
          table: db.occurrences,
          rows: t.occurrences,
          primaryKey: (r): [string, string] => [r.pageUrl, r.conceptKey],
          merge: fill,
        });
        const edges = await applyPlan<PrereqEdge, [string, string]>({
          table: db.edges,
          rows: t.edges,
          primaryKey: (r): [string, string] => [r.from, r.to],
          merge: mergeEdge,
        });
        const attempts = await applyPlan<Attempt, string>({
          table: db.attempts,
          rows: t.attempts,
          primaryKey: (r) => r.id,
          merge: keepExisting,
        });
        // Attempts in the past change the history the learner model's kept state was made from.
        if (attempts.added.length > 0) await forgetLearnerSnapshot(db);
        const gaps = await applyPlan<GapRecord, [string, string]>({
          table: db.gaps,
          rows: t.gaps,
          primaryKey: (r): [string, string] => [r.conceptKey, r.behind],
          merge: fill,
        });
        const quizzes = await applyPlan<QuizSession, string>({
          table: db.quizzes,
          rows: t.quizzes,
          primaryKey: (r) => r.id,
          merge: mergeQuiz,
        });

        // Mastery follows from attempts; the file's mastery rows are not trusted for any concept
        // that has attempts. Only a row for a concept with no attempts at all (a placeholder
        // saying "new") is taken over, and only where there is no local row.
        // The learner model reads the whole history, so new attempts re-derive every answered concept.
        const every0 =
          attempts.added.length > 0 && hadAttempts ? await db.attempts.toArray() : attempts.added;
        const touched = new Set(every0.map((a) => a.conceptKey));
        const candidates = t.mastery.filter((m) => m.attempts === 0 && !touched.has(m.conceptKey));
        // Whole-table reads (one getAll request each) rather than per-concept index queries.
        const every =
          hadAttempts && attempts.added.length === 0 && candidates.length > 0
            ? await db.attempts.toArray()
            : every0;
        const answered = new Set(every.map((a) => a.conceptKey));
        const derived: MasteryRecord[] = [...touched].map((key) => ({
          ...options.deriveMastery(key, every),
          conceptKey: key,
        }));
        const local = new Map((await db.mastery.toArray()).map((m) => [m.conceptKey, m] as const));
        const newPlaceholders = dedupe(
          candidates.filter((m) => !answered.has(m.conceptKey) && !local.has(m.conceptKey)),
        );
        const before = derived.map((m) => local.get(m.conceptKey));
        await db.mastery.bulkPut([...derived, ...newPlaceholders]);
        const mastery: TableCounts = { added: newPlaceholders.length, updated: 0, unchanged: 0 };
        derived.forEach((row, i) => {
          const prior = before[i];
          if (prior === undefined) mastery.added++;
          else if (canonical(prior) === canonical(row)) mastery.unchanged++;
          else mastery.updated++;
        });

        return {
          tables: {
            pages: pages.counts,
            concepts: concepts.counts,
            occurrences: occurrences.counts,
            edges: edges.counts,
            attempts: attempts.counts,
            mastery,
            gaps: gaps.counts,
            quizzes: quizzes.counts,
          },
          rederived: derived.length,
          settings: doc.settings,
          exportedAt: doc.exportedAt,
          dropped,
        };
      },
    );
  } catch (error) {
    throw asStorageFullError(error, IMPORT_STORAGE_FULL_MESSAGE);
  }
}

/**
 * An import file is untrusted: rows about concepts that exist nowhere are dropped, pages whose
 * address is not http(s) are dropped, and non-http(s) `nextUrl` / `readOn` links are removed
 * (the rest of the row is kept). Returns the tables to write and what was left out.
 */
function checkReferences(
  tables: ExportDocument['tables'],
  known: ReadonlySet<string>,
): { tables: ExportDocument['tables']; dropped: ImportSummary['dropped'] } {
  const dropped = { unknownConcept: 0, unsafeUrl: 0 };
  const keep = <T>(rows: readonly T[], ok: (row: T) => boolean): T[] =>
    rows.filter((row) => {
      if (ok(row)) return true;
      dropped.unknownConcept++;
      return false;
    });
  const pages = tables.pages.flatMap((p) => {
    if (!isHttpUrl(p.url)) {
      dropped.unsafeUrl++;
      return [];
    }
    if (p.nextUrl === undefined || isHttpUrl(p.nextUrl)) return [p];
    dropped.unsafeUrl++;
    const { nextUrl: _unsafe, ...rest } = p;
    return [rest];
  });
  const gaps = keep(tables.gaps, (g) => known.has(g.conceptKey) && known.has(g.behind)).map((g) => {
    if (g.readOn === undefined || isHttpUrl(g.readOn)) return g;
    dropped.unsafeUrl++;
    const { readOn: _unsafe, ...rest } = g;
    return rest;
  });
  return {
    tables: {
      pages,
      concepts: tables.concepts,
      occurrences: keep(tables.occurrences, (o) => known.has(o.conceptKey)),
      edges: keep(tables.edges, (e) => known.has(e.from) && known.has(e.to)),
      attempts: keep(tables.attempts, (a) => known.has(a.conceptKey)),
      mastery: keep(tables.mastery, (m) => known.has(m.conceptKey)),
      gaps,
      quizzes: keep(tables.quizzes, (q) => q.questions.every((question) => known.has(question.conceptKey))),
    },
    dropped,
  };
}

function dedupe(rows: MasteryRecord[]): MasteryRecord[] {
  return [...new Map(rows.map((r) => [r.conceptKey, r] as const)).values()];
}
