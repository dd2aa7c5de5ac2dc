import type { Label } from '../enums/label.ts';
import type { RefusalCode } from './refusal.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/**
 * An event that was not applied because it is not valid in the state reached when it is folded,
 * e.g. a second transfer made offline on the same basis. Shown to the unit head, never hidden.
 */
export interface Conflict {
  readonly event: WorkflowEvent;
  /** The applied event that made it invalid, when there is one. */
  readonly conflictsWith: WorkflowEvent | null;
  readonly code: RefusalCode;
  readonly reason: Label;
}
