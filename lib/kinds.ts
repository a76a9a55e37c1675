import { z } from 'zod';

// Each list of kinds is written once, here: its TypeScript type and its validator (used by the
// message protocol and the export format) are derived from the array, so they cannot drift apart.

export const CONCEPT_KINDS = ['term', 'api', 'vocab'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];
export const conceptKindSchema = z.enum(CONCEPT_KINDS);

export const PAGE_KINDS = [
  'docs',
  'api-reference',
  'tutorial',
  'article',
  'foreign-language',
  'empty',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
export const pageKindSchema = z.enum(PAGE_KINDS);

export const API_SYMBOL_KINDS = [
  'module',
  'class',
  'function',
  'method',
  'property',
  'constant',
  'exception',
  'type',
  'other',
] as const;
export type ApiSymbolKind = (typeof API_SYMBOL_KINDS)[number];
export const apiSymbolKindSchema = z.enum(API_SYMBOL_KINDS);

/** What a documented API item is to its owner. */
export const MEMBER_KINDS = [
  'module',
  'type',
  'function',
  'method',
  'constructor',
  'property',
  'constant',
  'event',
] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];
export const memberKindSchema = z.enum(MEMBER_KINDS);

export const MASTERY_STATUSES = ['new', 'learning', 'mastered', 'gap'] as const;
export type MasteryStatus = (typeof MASTERY_STATUSES)[number];
export const masteryStatusSchema = z.enum(MASTERY_STATUSES);
