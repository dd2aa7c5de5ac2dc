import { caseStatuses } from '@lianban/case-model';

/** The sort rank of a state: its place in the workflow (domain.md §5); unknown states last. */
export function caseStateRank(state: string): number {
  const rank = (caseStatuses as readonly string[]).indexOf(state);
  return rank === -1 ? caseStatuses.length : rank;
}
