import { z } from 'zod';
import { MAX_IMPORT_CHARS } from '@/lib/data/import-limit';
import type { ImportSummary } from '@/lib/db/import-data';
import type { StoredDictionary } from '@/lib/db/schema';
import type { MapData } from '@/lib/graph/map-model';
import {
  apiSymbolKindSchema,
  type ConceptKind,
  conceptKindSchema,
  type MasteryStatus,
  memberKindSchema,
  pageKindSchema,
} from '@/lib/kinds';
import type { BudgetSummary } from '@/lib/llm/daily-budget';
import { type LlmSettings, llmSettingsSchema } from '@/lib/llm/llm-settings';
import type { ConnectionVerdict } from '@/lib/llm/test-connection';
import { MAX_SNAPSHOT_CHARS } from '@/lib/page/serialize-document';
import { themeSchema } from '@/lib/settings';
import type { LlmLogEntry, MasteryRecord, StoredConcept } from '@/lib/types';

/**
 * The one message protocol between content script, background, popup and extension pages. Every
 * request is validated at the receiving side: the sender may be a hostile page (or a bug).
 * Replies are produced by our own background code and typed, not re-validated.
 */

const MAX_TEXT = 20_000;
const url = z.string().max(4096);
const text = z.string().max(MAX_TEXT);

const conceptSchema = z.object({
  key: z.string().min(1).max(600),
  label: z.string().min(1).max(500),
  kind: conceptKindSchema,
  score: z.number().finite(),
  lemma: z.string().max(500).optional(),
  definition: text.optional(),
  frequencyRank: z.number().finite().optional(),
  signature: z.string().max(2000).optional(),
  symbolKind: apiSymbolKindSchema.optional(),
  owner: z.string().max(500).optional(),
  memberKind: memberKindSchema.optional(),
  uses: z.array(z.string().max(500)).max(50).optional(),
  implements: z.array(z.string().max(500)).max(50).optional(),
  summary: text.optional(),
  aliases: z.array(z.string().max(500)).max(50).optional(),
  section: z.number().int().min(0).optional(),
  firstOffset: z.number().int().min(0).optional(),
});

export const extractResultSchema = z.object({
  title: z.string().max(2000),
  lang: z.string().max(35),
  dir: z.enum(['ltr', 'rtl']).optional(),
  pageKind: pageKindSchema,
  concepts: z.array(conceptSchema).max(2000),
  sentences: z.array(text).max(5000),
  headings: z
    .array(z.object({ level: z.number().int().min(1).max(6), text: z.string().max(2000) }))
    .max(2000),
  links: z
    .array(z.object({ href: url, text: z.string().max(2000), rel: z.string().max(100).optional() }))
    .max(5000),
  nextUrl: url.optional(),
  wordCount: z.number().int().min(0),
});

/**
 * The largest dictionary file Rung takes, as base64 text: Chrome refuses runtime messages over
 * 64 MiB, so files up to 45 MiB (JMdict and CC-CEDICT are well under) fit with room to spare.
 */
export const MAX_DICTIONARY_BYTES = 45 * 1024 * 1024;
const MAX_DICTIONARY_BASE64 = Math.ceil(MAX_DICTIONARY_BYTES / 3) * 4;

export const requests = {
  /** Content script → background: the concepts of the page just read. */
  'page/read': z.object({ url, result: extractResultSchema }),
  /**
   * Content script → background: the page's document, serialised in slices (lib/page). The
   * background parses and extracts it away from the page's main thread, then stores it as
   * 'page/read' does. The markup is untrusted data: it is parsed inert (DOMParser), never rendered.
   */
  'page/document': z.object({
    url,
    html: z.string().max(MAX_SNAPSHOT_CHARS + 100_000),
    /**
     * The overlay is to be shown on this page: the background loads its code into the page and
     * answers with its concepts, as 'overlay/load' and 'overlay/concepts' would, in this one round
     * trip (each message costs the page's main thread too).
     */
    overlay: z.boolean().optional(),
  }),
  /**
   * Content script → background: this page is being read (its document follows as 'page/document'
   * once the page is idle and serialised), so a popup opened meanwhile says so instead of "not read".
   */
  'page/reading': z.object({ url }),
  /**
   * Content script → background: load the overlay's code into this page (only when it is shown);
   * part 'ui', its panel and cards (only when the learner first opens one).
   */
  'overlay/load': z.object({ url, part: z.literal('ui').optional() }),
  /** Content script → background: may Rung read this page, and show its overlay? */
  'site/status': z.object({
    url,
    /**
     * Asked by a content script as it starts on the page: with the answer "read", the page is
     * being read from now on, as 'page/reading' says (one message fewer on the page's thread).
     */
    reading: z.boolean().optional(),
  }),
  /** Content script → background: concept statuses for the overlay's underlines. */
  'overlay/concepts': z.object({ url }),
  /** Content script (overlay) → background: open a quiz on one concept of this page. */
  'overlay/open-quiz': z.object({ url, conceptKey: z.string().min(1).max(600) }),
  /**
   * Content script (overlay) → background: the model's gloss of one vocabulary concept of this
   * page, asked when its card opens. The background makes the LLM call; the key stays there.
   */
  'overlay/gloss': z.object({ url, conceptKey: z.string().min(1).max(600) }),
  /**
   * Popup → background: everything the popup shows for a page. With `waitForRead`, a page not yet
   * stored is answered at the next change of its read (started, stored, failed) or after a few
   * seconds, so a popup opened while the page is read (or just reloaded) fills itself in without
   * polling.
   */
  'page/state': z.object({ url, waitForRead: z.boolean().optional() }),
  /** Popup → background: start (or resume) a quiz on a page, or on one concept. */
  'quiz/start': z.object({
    url,
    conceptKey: z.string().max(600).optional(),
    fresh: z.boolean().optional(),
    /** A short mixed check that, passed, marks the page's concepts mastered at once. */
    testOut: z.boolean().optional(),
    /** A review session over the concepts due for review, from whichever pages they were read on. */
    review: z.boolean().optional(),
  }),
  /** Popup → background: the unfinished quiz for a page, if any (after a restart). */
  'quiz/current': z.object({ url }),
  /** Popup → background: one answer. `attemptId` makes a retried send count once. */
  'quiz/answer': z.object({
    quizId: z.string().min(1).max(200),
    questionId: z.string().min(1).max(2000),
    answer: z.string().max(2000),
    attemptId: z.string().min(8).max(100),
    responseMs: z.number().int().min(0).max(86_400_000).optional(),
  }),
  /** Popup → background: mark the page done and say what comes next. */
  'page/advance': z.object({ url }),
  /** Popup → background: number of concepts due for review (also drives the badge). */
  'review/due': z.object({}),
  // The LLM tutor: extension pages only (never in dispatch's content-script list), since the
  // settings carry the API key and the log carries what was sent.
  /** Settings page → background: the provider settings, the API key masked. */
  'llm/settings/get': z.object({}),
  /** Settings page → background: save; an API key equal to the mask keeps the stored key. */
  'llm/settings/save': z.object({ settings: llmSettingsSchema }),
  /** Settings page → background: "Test connection" with these (maybe unsaved) settings. */
  'llm/test': z.object({ settings: llmSettingsSchema }),
  /** Settings page → background: "What was sent", newest first. */
  'llm/log/list': z.object({ limit: z.number().int().min(1).max(500).optional() }),
  'llm/log/clear': z.object({}),
  /** Settings page → background: today's requests and tokens against the budget. */
  'llm/budget': z.object({}),
  /** Popup → background: is the LLM on, and may this page's text be sent? */
  'llm/status': z.object({ url }),
  // The learner's data: extension pages only. The background owns the database; the map and the
  // settings page read and write it through these.
  /** Map page → background: everything the map shows. */
  'map/data': z.object({}),
  /** Settings page → background: the whole database as an export file's text (no API key). */
  'data/export': z.object({}),
  /** Settings page → background: merge an export file; replies what changed. */
  'data/import': z.object({ text: z.string().max(MAX_IMPORT_CHARS) }),
  /** Settings page → background: the concepts and their mastery, for the Anki and CSV exports. */
  'data/cards': z.object({}),
  /** Settings page → background: "Delete all data". */
  'data/delete': z.object({}),
  /** Popup → background: the learner's answer to "use the LLM on this site?" (remembered). */
  'llm/site/consent': z.object({ url, allow: z.boolean() }),
  /** Settings page → background: the imported dictionaries, with their sizes. */
  'dict/list': z.object({}),
  /** Settings page → background: a Yomitan dictionary file, as base64 (runtime messages carry JSON). */
  'dict/import': z.object({ name: z.string().max(500), base64: z.string().max(MAX_DICTIONARY_BASE64) }),
  /** Settings page → background: remove a dictionary and its terms. */
  'dict/remove': z.object({ title: z.string().min(1).max(500) }),
} as const;

export type RequestType = keyof typeof requests;
export type RequestOf<K extends RequestType> = z.infer<(typeof requests)[K]>;

// Background or popup → content script: declared in their own module, checked without zod so
// the content script stays small.
export {
  type ContentEnvelope,
  type ContentReplies,
  type ContentRequestOf,
  type ContentRequestType,
  contentRequests,
} from '@/lib/messaging/content-protocol';

// ---- replies ----

export interface ConceptView {
  key: string;
  label: string;
  kind: ConceptKind;
  status: MasteryStatus;
  definition?: string;
  pCorrect: number;
}

export interface GapView {
  key: string;
  label: string;
  behind: string[];
  /** Where to read about it: the passage and the page it came from. */
  source?: string;
  pageUrl?: string;
  pageTitle?: string;
}

/** A read of a page not yet stored: running (announced or parsing), or failed and why. */
export type ReadProgress = { status: 'reading' } | { status: 'failed'; reason: string };

export interface PageStateReply {
  known: boolean;
  allowed: boolean;
  /** Only for a page not yet stored: whether a read of it is running or failed (absent: none known). */
  reading?: ReadProgress;
  title?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  pageKind?: string;
  concepts: ConceptView[];
  required: string[];
  gaps: GapView[];
  advance: { enabled: boolean; reason: string | null; nextUrl?: string; done: boolean };
  readiness: number;
  dueCount: number;
  quizInProgress: boolean;
}

export interface QuestionView {
  id: string;
  conceptKey: string;
  conceptLabel: string;
  type: string;
  prompt: string;
  choices?: string[];
}

export interface QuizView {
  quizId: string;
  /** The page the quiz draws on (for a quiz on one concept, the page it was read on). */
  pageUrl: string;
  question: QuestionView | null;
  answered: number;
  /** 0..1 toward the criterion for the quiz's concepts. */
  progress: number;
  finished: boolean;
  mode?: 'practice' | 'test-out' | 'review';
  /** Set for a quiz on one concept (the learner chose it: its label may be shown with every question). */
  conceptKey?: string;
  /** For a finished test-out check: whether it passed and how many concepts it marked mastered. */
  testOut?: { passed: boolean; mastered: number };
  /** Set when the LLM is on but could not write questions: the quiz uses Rung's own. */
  notice?: string;
}

export interface FeedbackReply {
  correct: boolean;
  expected: string;
  source: string;
  conceptLabel: string;
  status: ConceptView['status'];
  /** Set when the answer had already been recorded (a retry after a restart). */
  duplicate: boolean;
  /** The right word in another form ("argentina" for argentino): its own verdict, not "Correct". */
  wrongForm?: boolean;
  next: QuizView;
  /** Why the answer is right or wrong, from the LLM (a typed answer, or a model-written option). */
  reason?: string;
  /** Set when the LLM was asked to grade and could not: Rung's own verdict stands. */
  notice?: string;
}

export { themeSchema };
export type Theme = z.infer<typeof themeSchema>;

export interface SiteStatusReply {
  read: boolean;
  overlay: boolean;
  nativeLang?: string;
  /** So the overlay matches the popup; the content script never sees the settings themselves. */
  theme?: Theme;
  /** The LLM is on and allowed for this site: the overlay may ask for glosses ('overlay/gloss'). */
  llmGloss?: boolean;
}

/** A gloss for the overlay's card. `off`: nothing was sent, and the card shows nothing more. */
export type GlossReply =
  | { status: 'off' }
  | {
      status: 'ok';
      /** The meaning in the learner's language. */
      gloss: string;
      /** The learner's language (the gloss's `lang`). */
      lang: string;
      /** Who wrote it, for the card's "from …" line: the model, and where it runs. */
      from: string;
      cached: boolean;
    }
  | { status: 'failed'; message: string; from: string };

/**
 * The overlay's words in the learner's language, sent with its concepts: in a content script the
 * first `i18n.getMessage` is a synchronous round trip to the browser process, which would block
 * the page's main thread for as long as a busy browser takes to answer.
 */
export type OverlayStrings = Record<
  | 'ready'
  | 'quizMe'
  | 'concepts'
  | 'close'
  | 'status'
  | 'glossLoading'
  | 'glossFrom'
  | 'glossMeaning'
  | 'glossUnavailable'
  | `status-${ConceptView['status']}`,
  string
>;

export interface Replies {
  'page/read': { stored: number; pageKind: string };
  'page/document': { stored: number; pageKind: string; overlay?: Replies['overlay/concepts'] };
  'page/reading': { ok: true };
  'overlay/load': { ok: boolean };
  'site/status': SiteStatusReply;
  'overlay/concepts': { concepts: ConceptView[]; readiness: number; strings?: OverlayStrings };
  'overlay/open-quiz': { ok: true };
  'overlay/gloss': GlossReply;
  'page/state': PageStateReply;
  'quiz/start': QuizView;
  'quiz/current': QuizView | null;
  'quiz/answer': FeedbackReply;
  'page/advance': { ok: true; nextUrl?: string };
  'review/due': { count: number };
  'llm/settings/get': { settings: LlmSettings; hasKey: boolean };
  /** `message`: the key was dropped because the server changed (a refusal is a thrown failure). */
  'llm/settings/save': { ok: true; hasKey: boolean; message?: string };
  'llm/test': ConnectionVerdict;
  'llm/log/list': { entries: LlmLogEntry[] };
  'llm/log/clear': { ok: true };
  'llm/budget': BudgetSummary;
  /** `site` and `undecided`: the popup asks about this site when the LLM is on and it was never asked. */
  'llm/status': { enabled: boolean; allowed: boolean; site?: string; undecided?: boolean };
  'llm/site/consent': { ok: true };
  'dict/list': { dictionaries: StoredDictionary[] };
  'dict/import': { title: string; terms: number };
  'dict/remove': { ok: true };
  'map/data': MapData;
  'data/export': { json: string; exportedAt: number; concepts: number; attempts: number };
  'data/import': ImportSummary;
  'data/cards': { concepts: StoredConcept[]; mastery: MasteryRecord[] };
  'data/delete': { deleted: Record<string, number> };
}

export { GAP_LESSON_PORT, type GapLessonEvent } from '@/lib/messaging/gap-lesson-port';
export const gapLessonPortRequest = z.object({ url, conceptKey: z.string().min(1).max(600) });

export type Envelope<K extends RequestType = RequestType> = { type: K; payload: RequestOf<K> };

// The one shape of a failure, in both directions (see error-reply.ts); kept in its own module so
// the content script can check replies without bundling the protocol's validators.
export { type ErrorReply, isErrorReply } from '@/lib/messaging/error-reply';

/** Thrown by a handler to refuse a request with a message the learner can act on. */
export class RungFailure extends Error {}
