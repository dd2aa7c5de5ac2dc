import type { CaseSortField } from './caseIndexEntry.ts';

/** How a page is ordered: key expressions over `c` (and `score`), then `c.seq`, one direction. */
export interface SortPlan {
  readonly field: CaseSortField;
  readonly direction: 'asc' | 'desc';
  readonly keys: readonly string[];
}

const defaultDirection: Record<CaseSortField, 'asc' | 'desc'> = {
  registeredAt: 'desc',
  dueDate: 'asc',
  state: 'asc',
  relevance: 'asc',
};

/**
 * The order of a query: by default relevance with a search, else newest registration first.
 * Cases without a due date come last in both directions; the state sort follows the workflow,
 * then registration; relevance is bm25 (lower is better, so ascending). All keys run in one
 * direction, with `seq` last, so that one row-value comparison resumes after a cursor.
 */
export function sortPlan(
  field: CaseSortField | undefined,
  direction: 'asc' | 'desc' | undefined,
  hasSearch: boolean,
): SortPlan {
  const chosen = field ?? (hasSearch ? 'relevance' : 'registeredAt');
  const dir = direction ?? defaultDirection[chosen];
  switch (chosen) {
    case 'registeredAt':
      return { field: chosen, direction: dir, keys: ['c.registered_at'] };
    case 'dueDate':
      return {
        field: chosen,
        direction: dir,
        keys: [
          dir === 'asc' ? "ifnull(c.next_due_date, '9999-12-31')" : "ifnull(c.next_due_date, '')",
        ],
      };
    case 'state':
      return { field: chosen, direction: dir, keys: ['c.state_rank', 'c.registered_at'] };
    case 'relevance':
      return { field: chosen, direction: dir, keys: ['score'] };
  }
}
