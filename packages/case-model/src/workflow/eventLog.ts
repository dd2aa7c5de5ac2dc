import type { CaseState } from './caseState.ts';
import { sortEvents } from './sortEvents.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/** The events a state was folded from, applied and conflicting, in canonical order. */
export function eventLog(state: CaseState): WorkflowEvent[] {
  return sortEvents([...state.timeline, ...state.conflicts.map((conflict) => conflict.event)]);
}
