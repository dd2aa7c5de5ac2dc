import type { CaseState } from './caseState.ts';
import type { CaseStatus } from './caseStatus.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/** The state moved to `status` by `event`, which becomes the basis of the next act. */
export function moveTo(state: CaseState, status: CaseStatus, event: WorkflowEvent): CaseState {
  return { ...state, status, statusEventId: event.id };
}
