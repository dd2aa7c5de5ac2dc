/**
 * The workflow states in the order a case usually passes them (domain.md §5), for sorting by
 * state. Mirrors case-model's `caseStatuses`, which the package does not export yet.
 */
const stateOrder = [
  'DRAFT',
  'REGISTERED',
  'NOT_ACCEPTED',
  'TRANSFERRED',
  'ASSIGNED',
  'ACCEPTED',
  'OBJECTED',
  'IN_PROGRESS',
  'EXTENDED',
  'HEARING',
  'REPLIED',
  'IN_REVIEW',
  'REVIEW_DECIDED',
  'IN_REEXAM',
  'TERMINATED',
  'WITHDRAWN',
  'CLOSED',
];

/** The sort rank of a state; an unknown state sorts after all known ones. */
export function caseStateRank(state: string): number {
  const rank = stateOrder.indexOf(state);
  return rank === -1 ? stateOrder.length : rank;
}
