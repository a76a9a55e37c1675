import Dexie, { type Table } from 'dexie';
import type { DictionaryTerm } from '@/lib/dictionary/yomitan-archive';
import type { QuizSession } from '@/lib/quiz/types';
import type {
  Attempt,
  GapRecord,
  LlmCacheEntry,
  LlmLogEntry,
  MasteryRecord,
  Occurrence,
  PrereqEdge,
  SecretRecord,
  StoredConcept,
  StoredPage,
} from '@/lib/types';

export const DB_NAME = 'rung';

/** An imported dictionary, as the settings page lists it. */
export interface StoredDictionary {
  title: string;
  revision: string;
  sourceLanguage?: string;
  targetLanguage?: string;
  terms: number;
  /** Size of the imported file, in bytes. */
  bytes: number;
  importedAt: number;
}

/**
 * The schema is a list of versions that only grows (as Yomitan does it): a profile made by any
 * older build upgrades step by step. Every version added here needs a migration test in
 * tests/lib/db/ that opens a database made by the previous version with real rows.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}> = [
  {
    version: 1,
    stores: {
      pages: 'url, readAt, lang, pageKind',
      concepts: 'key, kind, lang, label',
      occurrences: '[pageUrl+conceptKey], pageUrl, conceptKey',
      edges: '[from+to], from, to',
      attempts: 'id, conceptKey, at, pageUrl',
      mastery: 'conceptKey, status, due',
      quizzes: 'id, pageUrl, updatedAt',
    },
  },
  {
    // v2: LLM response cache and the log of what was sent (issue 8), persistent gaps (issue 7).
    version: 2,
    stores: {
      llmCache: 'key, createdAt',
      llmLog: '++id, at, feature',
      gaps: '[conceptKey+behind], conceptKey, behind, pageUrl, createdAt',
    },
  },
  {
    // v3: the LLM API key, moved out of storage.local (issue 17): this database lives in the
    // extension's origin, which no content script can open, in Chrome and in Firefox alike.
    version: 3,
    stores: {
      secrets: 'name',
    },
  },
  {
    // v4: imported Yomitan dictionaries and their terms, looked up by folded headword (issue 14).
    version: 4,
    stores: {
      dictionaries: 'title, importedAt',
      dictionaryTerms: '++id, dictionary, key',
    },
  },
];

export class RungDatabase extends Dexie {
  pages!: Table<StoredPage, string>;
  concepts!: Table<StoredConcept, string>;
  occurrences!: Table<Occurrence, [string, string]>;
  edges!: Table<PrereqEdge, [string, string]>;
  attempts!: Table<Attempt, string>;
  mastery!: Table<MasteryRecord, string>;
  quizzes!: Table<QuizSession, string>;
  llmCache!: Table<LlmCacheEntry, string>;
  llmLog!: Table<LlmLogEntry, number>;
  gaps!: Table<GapRecord, [string, string]>;
  secrets!: Table<SecretRecord, string>;
  dictionaries!: Table<StoredDictionary, string>;
  dictionaryTerms!: Table<DictionaryTerm & { id?: number }, number>;

  /** `upTo` opens the schema as an older build had it (migration tests). */
  constructor(
    name = DB_NAME,
    options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; upTo?: number },
  ) {
    super(
      name,
      options?.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined,
    );
    for (const step of SCHEMA_VERSIONS) {
      if (options?.upTo !== undefined && step.version > options.upTo) break;
      const v = this.version(step.version).stores(step.stores);
      if (step.upgrade) v.upgrade(step.upgrade);
    }
  }
}
