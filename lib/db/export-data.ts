import { EXPORT_FORMAT, EXPORT_TABLES, EXPORT_VERSION, type ExportDocument } from '@/lib/data/export-format';
import { type RungDatabase, SCHEMA_VERSIONS } from '@/lib/db/schema';

// A setting whose name looks like a secret never leaves the browser in an export file, at any
// depth (the LLM provider's API key today; a token or password some later feature adds).
const SECRET_NAME = /api[-_]?key|secret|token|password|passwd|authorization|credential/i;

/** A copy of `settings` without secrets, and without anything that is not plain JSON data. */
export function redactSettings(settings: unknown): Record<string, unknown> {
  const clean = (value: unknown, depth: number): unknown => {
    if (depth > 20) return undefined;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
    if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1) ?? null);
    if (typeof value !== 'object') return undefined;
    const out: Record<string, unknown> = {};
    for (const [name, v] of Object.entries(value)) {
      // __proto__ as an own key (JSON.parse makes those) would set the copy's prototype.
      if (SECRET_NAME.test(name) || name === '__proto__') continue;
      const c = clean(v, depth + 1);
      if (c !== undefined) out[name] = c;
    }
    return out;
  };
  const result = clean(settings, 0);
  return result && typeof result === 'object' && !Array.isArray(result)
    ? (result as Record<string, unknown>)
    : {};
}

export const CURRENT_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((s) => s.version));

/**
 * Everything the learner has (see EXPORT_TABLES), read in one transaction so the file is a
 * consistent snapshot even while the background keeps recording answers.
 */
export async function exportData(
  db: RungDatabase,
  options: { now: number; settings?: unknown },
): Promise<ExportDocument> {
  const tables = await db.transaction(
    'r',
    EXPORT_TABLES.map((name) => db.table(name)),
    async () => {
      const [pages, concepts, occurrences, edges, attempts, mastery, gaps, quizzes] = await Promise.all([
        db.pages.toArray(),
        db.concepts.toArray(),
        db.occurrences.toArray(),
        db.edges.toArray(),
        db.attempts.toArray(),
        db.mastery.toArray(),
        db.gaps.toArray(),
        db.quizzes.toArray(),
      ]);
      // A concept's look-up names are derived (lib/db/concept-names.ts): an import derives them again.
      const bare = concepts.map(({ names: _names, ...c }) => c);
      return { pages, concepts: bare, occurrences, edges, attempts, mastery, gaps, quizzes };
    },
  );
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: options.now,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    tables,
    settings: redactSettings(options.settings ?? {}),
  };
}

/** The file's text. Compact: a year of study is tens of megabytes, indentation would add a third. */
export function serializeExport(doc: ExportDocument): string {
  return JSON.stringify(doc);
}

/** A file name that sorts by date: rung-export-2026-03-01.json. */
export function exportFileName(now: number, extension = 'json'): string {
  return `rung-export-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}
