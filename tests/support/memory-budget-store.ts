import type { BudgetState, BudgetStore } from '@/lib/llm/daily-budget';

/** The daily LLM budget kept in memory (the background keeps it in extension storage). */
export function memoryBudgetStore(initial?: BudgetState): BudgetStore & { state: BudgetState | undefined } {
  const store = {
    state: initial,
    get: () => store.state,
    set: (s: BudgetState) => {
      store.state = s;
    },
  };
  return store;
}
