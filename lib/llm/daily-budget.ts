import type { LlmSettings } from '@/lib/llm/llm-settings';

/** Requests and tokens spent on one day. Plain data, so the background can keep it in storage. */
export interface BudgetState {
  /** The day the counters belong to, `YYYY-MM-DD` in the learner's time zone. */
  day: string;
  requests: number;
  tokens: number;
}

export interface BudgetSummary extends BudgetState {
  requestLimit: number;
  tokenLimit: number;
  requestsLeft: number;
  tokensLeft: number;
}

/** `offsetMinutes` is the zone's offset east of UTC (minus `Date#getTimezoneOffset()`), so a day is the learner's day. */
export function budgetDay(now: number, offsetMinutes = 0): string {
  return new Date(now + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Counters roll over at midnight: yesterday's spending does not count today. */
export function currentBudget(state: BudgetState | undefined, now: number, offsetMinutes = 0): BudgetState {
  const day = budgetDay(now, offsetMinutes);
  return state && state.day === day ? state : { day, requests: 0, tokens: 0 };
}

/** Whether one more request may be sent today (a limit of 0 means none). */
export function budgetAllows(
  state: BudgetState | undefined,
  settings: Pick<LlmSettings, 'dailyRequestBudget' | 'dailyTokenBudget'>,
  now: number,
  offsetMinutes = 0,
): boolean {
  const s = currentBudget(state, now, offsetMinutes);
  return s.requests < settings.dailyRequestBudget && s.tokens < settings.dailyTokenBudget;
}

/** Adds what one request cost (a failed request still counts as a request). Returns a new state. */
export function recordBudgetUsage(
  state: BudgetState | undefined,
  usage: { requests?: number; tokens?: number },
  now: number,
  offsetMinutes = 0,
): BudgetState {
  const s = currentBudget(state, now, offsetMinutes);
  return {
    day: s.day,
    requests: s.requests + Math.max(0, usage.requests ?? 1),
    tokens: s.tokens + Math.max(0, usage.tokens ?? 0),
  };
}

/** What settings shows: spent and left today. */
export function summarizeBudget(
  state: BudgetState | undefined,
  settings: Pick<LlmSettings, 'dailyRequestBudget' | 'dailyTokenBudget'>,
  now: number,
  offsetMinutes = 0,
): BudgetSummary {
  const s = currentBudget(state, now, offsetMinutes);
  return {
    ...s,
    requestLimit: settings.dailyRequestBudget,
    tokenLimit: settings.dailyTokenBudget,
    requestsLeft: Math.max(0, settings.dailyRequestBudget - s.requests),
    tokensLeft: Math.max(0, settings.dailyTokenBudget - s.tokens),
  };
}

/** Where the running state lives; the background backs it with extension storage. */
export interface BudgetStore {
  get(): BudgetState | undefined | Promise<BudgetState | undefined>;
  set(state: BudgetState): void | Promise<void>;
}
