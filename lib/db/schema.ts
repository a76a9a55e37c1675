import Dexie, { type Table, type Transaction } from 'dexie';
import type { LearnerSnapshotRow } from '@/lib/db/learner-snapshot';
import type { NameFilterRow } from '@/lib/db/name-filter';
import type { DictionaryTerm } from '@/lib/dictionary/yomitan-archive';
import { conceptNameKeys } from '@/lib/graph/infer/name-keys';
import { compareOrder, normalizeUrl, orderAfter } from '@/lib/graph/infer/page-sequence';
import type { QuizSession } from '@/lib/quiz/types';
import type {
  Attempt,
  GapRecord,
  LlmCacheEntry,
  LlmLogEntry,
  MasteryRecord,
  Occurrence,
  PageOrder,
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
  upgrade?: (tx: Transaction) => Promise<void> | void;
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
  {
    // v5 (issue 16): a page read touches its neighbours through indexes instead of loading every
    // page. Pages: the URL and next link without fragment (the "next" chain) and the place in the
    // reading order; concepts: the page where each is first met.
    version: 5,
    stores: {
      pages: 'url, readAt, lang, pageKind, urlKey, nextKey',
    },
    upgrade: upgradeToV5,
  },
  {
    // v6 (issue 16): concepts indexed by the names inference looks them up by, and a filter of
    // those names (lib/db/name-filter.ts), so a read loads the concepts its page names, not all.
    // The filter is built at the first read after the upgrade.
    version: 6,
    stores: {
      concepts: 'key, kind, lang, label, *names',
      nameFilter: 'id',
    },
    upgrade: async (tx) => {
      await tx
        .table<StoredConcept, string>('concepts')
        .toCollection()
        .modify((c) => {
          c.names = conceptNameKeys(c);
        });
    },
  },
  {
    // v7 (issue 16): the learner model's state after the attempt log (lib/db/learner-snapshot.ts),
    // so the popup does not replay the whole log per request. Derived: the first request after
    // the upgrade makes it. The name filter's rows change shape too (stages, lib/db/name-filter.ts):
    // a v6 one-row filter is rebuilt at the first read, as when there is none.
    version: 7,
    stores: {
      learnerSnapshot: 'id',
    },
  },
];

/** Fills the v5 fields on the rows an older build stored: one pass over pages and concepts. */
async function upgradeToV5(tx: Transaction): Promise<void> {
  const pages = tx.table<StoredPage, string>('pages');
  const all = await pages.toArray();
  for (const p of all) {
    p.urlKey = normalizeUrl(p.url) ?? p.url;
    p.nextKey = p.nextUrl ? normalizeUrl(p.nextUrl, p.url) : undefined;
  }
  // Places as if each page had been saved by this version (lib/db/page-order.ts).
  const before = new Map<string, StoredPage[]>();
  for (const p of all) if (p.nextKey) before.set(p.nextKey, [...(before.get(p.nextKey) ?? []), p]);
  const placed = new Map<string, PageOrder>();
  const place = (p: StoredPage, path: Set<string>): PageOrder => {
    const done = placed.get(p.url);
    if (done) return done;
    path.add(p.urlKey!);
    const preds = (before.get(p.urlKey!) ?? []).filter((q) => q.url !== p.url && !path.has(q.urlKey!));
    const order = orderAfter(
      p.readAt,
      preds.map((q) => place(q, path)),
    );
    placed.set(p.url, order);
    return order;
  };
  for (const p of [...all].sort((a, b) => a.readAt - b.readAt)) p.order = place(p, new Set());
  await pages.bulkPut(all);
  const byUrl = new Map(all.map((p) => [p.url, p]));
  const intro = new Map<string, { url: string; order: PageOrder }>();
  await tx.table<Occurrence, [string, string]>('occurrences').each((o) => {
    const order = byUrl.get(o.pageUrl)?.order;
    if (!order) return;
    const old = intro.get(o.conceptKey);
    if (!old || compareOrder(order, old.order) < 0) intro.set(o.conceptKey, { url: o.pageUrl, order });
  });
  await tx
    .table<StoredConcept, string>('concepts')
    .toCollection()
    .modify((c) => {
      const first = intro.get(c.key);
      if (first) c.intro = first;
    });
}

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
  nameFilter!: Table<NameFilterRow, string>;
  learnerSnapshot!: Table<LearnerSnapshotRow, string>;

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
