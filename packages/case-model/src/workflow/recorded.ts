import type { Recorded } from './caseState.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/** The event id, instant and acting unit of an event, as kept in the state. */
export function recorded(event: WorkflowEvent): Recorded {
  return { eventId: event.id, at: event.at, unitId: event.actor.unitId };
}
