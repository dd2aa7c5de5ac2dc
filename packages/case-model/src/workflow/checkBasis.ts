import type { CaseState } from './caseState.ts';
import { isLater } from './isLater.ts';
import type { Refusal } from './refusal.ts';
import { refusals } from './refusals.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/**
 * Checks that an act meets the case as its actor saw it. It must be dated after its basis (the
 * latest event the actor had seen, normally `statusEventId`). An act that changes the status
 * conflicts when its basis is not on record or when the status changed after the basis: another
 * act got there first, and the refusal names it.
 */
export function checkBasis(
  state: CaseState,
  event: WorkflowEvent,
  isTransition: (event: WorkflowEvent) => boolean,
): Refusal | undefined {
  const basisIndex =
    event.basis === null ? -1 : state.timeline.findIndex((item) => item.id === event.basis);
  const basisEvent = state.timeline[basisIndex];
  if (basisEvent !== undefined && !isLater(event.at, basisEvent.at)) {
    return refusals.timeOrder(event.type, basisEvent.id);
  }
  if (!isTransition(event) || event.basis === state.statusEventId) return undefined;
  if (event.basis !== null && basisEvent === undefined) {
    return refusals.unknownBasis(event.type, state.statusEventId ?? undefined);
  }
  const superseding = state.timeline.slice(basisIndex + 1).find(isTransition);
  return superseding === undefined
    ? undefined
    : refusals.staleBasis(event.type, { type: superseding.type, id: superseding.id });
}
