// Domain records shared by every context. Plain data only: these cross message boundaries and
// are stored in IndexedDB as they are.

import type { ApiSymbolKind, ConceptKind, MasteryStatus, MemberKind, PageKind } from '@/lib/kinds';

// The kinds are declared once, in lib/kinds.ts, with their validators.
export type { ApiSymbolKind, ConceptKind, MasteryStatus, MemberKind, PageKind };

/** One concept as the extractor sees it on one page. */
export interface ExtractedConcept {
  /** Stable identity across pages and sites: kind + language + normalized label. */
  key: string;
  label: string;
  kind: ConceptKind;
  score: number;
  lemma?: string;
  /** The sentence that defines or first explains the concept on this page. */
  definition?: string;
  frequencyRank?: number;
  signature?: string;
  symbolKind?: ApiSymbolKind;
  /** API items: the type or module the item belongs to, as the page names it (`Vec`, `fs`). */
  owner?: string;
  memberKind?: MemberKind;
  /**
   * API items: other documented items this one is built on, by label (supertypes, implemented
   * traits, Deref targets, types linked from its signature). The prerequisite map reads these.
   */
  uses?: string[];
  /**
   * API types: traits the type implements whose methods are documented with the trait (rustdoc's
   * trait implementations). Prerequisites of the type, not of its own methods.
   */
  implements?: string[];
  summary?: string;
  /** Other surface forms seen for the same concept. */
  aliases?: string[];
  /** Index of the section (heading order) where it first occurs; used by the prerequisite map. */
  section?: number;
  /** Character offset of the first mention in the page's main text. */
  firstOffset?: number;
}

export interface PageLink {
  href: string;
  text: string;
  rel?: string;
}

export interface PageHeading {
  level: number;
  text: string;
}

/** What the extractor returns for one page. */
export interface ExtractResult {
  title: string;
  lang: string;
  dir?: 'ltr' | 'rtl';
  pageKind: PageKind;
  concepts: ExtractedConcept[];
  /** Main-text sentences, in reading order (quizzes and feedback quote these). */
  sentences: string[];
  headings: PageHeading[];
  links: PageLink[];
  /** The page's own "next" link (rel=next, or a link labelled Next). */
  nextUrl?: string;
  /** Running words of the main text (for vocabulary coverage). */
  wordCount: number;
}

export interface StoredConcept {
  key: string;
  label: string;
  kind: ConceptKind;
  lang: string;
  lemma?: string;
  definition?: string;
  frequencyRank?: number;
  signature?: string;
  symbolKind?: ApiSymbolKind;
  owner?: string;
  memberKind?: MemberKind;
  uses?: string[];
  implements?: string[];
  summary?: string;
  aliases: string[];
  firstSeenAt: number;
  /**
   * Meanings from the learner's imported dictionaries, looked up when questions are made (never
   * stored with the concept: removing a dictionary removes them).
   */
  glosses?: string[];
  /** The page where it is first met in the reading order, kept as pages are read. */
  intro?: { url: string; order: PageOrder };
  /** The keys inference finds it by (lib/graph/infer/name-keys.ts), indexed; set when it is saved. */
  names?: string[];
}

/**
 * A page's place in the reading order (lib/graph/infer/page-sequence.ts): the read time of the
 * first page of its "next" chain, then the steps along the chain. Compared as a pair.
 */
export type PageOrder = [head: number, depth: number];

export interface StoredPage {
  url: string;
  title: string;
  lang: string;
  dir?: 'ltr' | 'rtl';
  pageKind: PageKind;
  readAt: number;
  nextUrl?: string;
  /** Concept keys in the page's order of importance. */
  conceptKeys: string[];
  sentences: string[];
  headings: PageHeading[];
  links: PageLink[];
  wordCount: number;
  doneAt?: number;
  /** The URL without its fragment, and the same for the next link: both indexed (the chain). */
  urlKey?: string;
  nextKey?: string;
  order?: PageOrder;
}

export interface Occurrence {
  pageUrl: string;
  conceptKey: string;
  score: number;
  sentence?: string;
  section?: number;
  firstOffset?: number;
}

export interface EdgeEvidence {
  source: string;
  detail: string;
  pageUrl?: string;
}

/** `from` is a prerequisite of `to`. */
export interface PrereqEdge {
  from: string;
  to: string;
  confidence: number;
  evidence: EdgeEvidence[];
}

/** One answer. Append-only: never updated, never deleted except by an explicit wipe. */
export interface Attempt {
  /** Client-generated id: writing the same attempt twice is a no-op (exactly-once). */
  id: string;
  conceptKey: string;
  pageUrl?: string;
  questionId: string;
  questionType: string;
  correct: boolean;
  answer: string;
  at: number;
  /**
   * Arrival number among this learner's attempts, stamped when it is stored (absent on rows from
   * older builds and imports): the order of the history, whatever the clock said.
   */
  seq?: number;
  /** Seconds the learner took, when known. */
  responseMs?: number;
  usedHint?: boolean;
  usedLlm?: boolean;
}

/** Derived from attempts; can be rebuilt from them exactly. */
export interface MasteryRecord {
  conceptKey: string;
  status: MasteryStatus;
  attempts: number;
  correct: number;
  streak: number;
  pCorrect: number;
  /** A passed test-out vouched for this concept and no wrong answer on it came since. */
  testedOut?: true;
  lastAt?: number;
  /** Next review time (ms since epoch) from the memory model. */
  due?: number;
  stability?: number;
  difficulty?: number;
}

/** An unmastered prerequisite (`conceptKey`) found behind a failure on `behind`. */
export interface GapRecord {
  conceptKey: string;
  behind: string;
  pageUrl?: string;
  createdAt: number;
  /** Set when the learner has since mastered it. */
  closedAt?: number;
  /**
   * Where to read about and practise it, when that is another page than `pageUrl` (a prerequisite
   * met on an earlier chapter).
   */
  readOn?: string;
}

export interface LlmCacheEntry {
  /** Hash of feature + model + prompt. */
  key: string;
  feature: string;
  response: unknown;
  createdAt: number;
}

/** What was sent to the learner's LLM endpoint, viewable and clearable in settings. */
export interface LlmLogEntry {
  id?: number;
  at: number;
  feature: string;
  endpoint: string;
  model: string;
  pageUrl?: string;
  /** The exact text sent (the passage, never the whole page). */
  sent: string;
  promptTokens?: number;
  completionTokens?: number;
  ok: boolean;
  error?: string;
}

/**
 * A secret the background keeps (today only the LLM API key), bound to the origin it was given
 * for: it is used only while the Base URL has that origin.
 */
export interface SecretRecord {
  name: string;
  value: string;
  origin: string;
}
