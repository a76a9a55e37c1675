import { describe, expect, it } from 'vitest';
import { budgetAllows, budgetDay, recordBudgetUsage, summarizeBudget } from '@/lib/llm/daily-budget';

const limits = { dailyRequestBudget: 3, dailyTokenBudget: 1000 };
const t0 = Date.UTC(2026, 2, 14, 23, 30);

describe('daily budget', () => {
  it('counts requests and tokens, and refuses once either is spent', () => {
    let s = recordBudgetUsage(undefined, { requests: 1, tokens: 400 }, t0);
    expect(budgetAllows(s, limits, t0)).toBe(true);
    s = recordBudgetUsage(s, { requests: 1, tokens: 700 }, t0);
    expect(s).toEqual({ day: '2026-03-14', requests: 2, tokens: 1100 });
    expect(budgetAllows(s, limits, t0)).toBe(false);
    const r = recordBudgetUsage(undefined, { requests: 3 }, t0);
    expect(budgetAllows(r, limits, t0)).toBe(false);
  });

  it("resets at the learner's midnight, not UTC's", () => {
    const s = recordBudgetUsage(undefined, { requests: 3 }, t0, 0);
    expect(budgetAllows(s, limits, t0 + 40 * 60_000, 0)).toBe(true);
    // At UTC-5 both instants are the same evening.
    const w = recordBudgetUsage(undefined, { requests: 3 }, t0, -300);
    expect(budgetAllows(w, limits, t0 + 40 * 60_000, -300)).toBe(false);
    expect(budgetDay(t0, 120)).toBe('2026-03-15');
  });

  it('a zero budget allows nothing', () => {
    expect(budgetAllows(undefined, { dailyRequestBudget: 0, dailyTokenBudget: 10 }, t0)).toBe(false);
  });

  it('summarizes what is left', () => {
    const s = recordBudgetUsage(undefined, { requests: 1, tokens: 1500 }, t0);
    expect(summarizeBudget(s, limits, t0)).toMatchObject({ requestsLeft: 2, tokensLeft: 0, requestLimit: 3 });
  });
});
