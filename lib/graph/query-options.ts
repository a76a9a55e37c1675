/**
 * Edges below this confidence are shown on the map but do not gate anything: an inferred edge
 * that learner evidence has worn down should stop blocking the frontier.
 */
export const GATING_CONFIDENCE = 0.2;

export interface QueryOptions {
  /** Ignore edges weaker than this (default GATING_CONFIDENCE). */
  minConfidence?: number;
}

export type IsMastered = (conceptKey: string) => boolean;
