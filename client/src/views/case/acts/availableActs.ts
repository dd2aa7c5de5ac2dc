import {
  type Actor,
  actRoles,
  type CaseState,
  type CommandType,
  commandTypes,
  decide,
  shanghaiDate,
  type WorkflowCommand,
} from '@lianban/case-model';
import { workflowContext } from '../record/projectState.ts';
import { actSamples } from './actSamples.ts';

/**
 * The workflow acts the user may take on the case now, in case-model's order: their role may
 * (`actRoles`) and case-model's `decide` accepts a well-formed sample of the act from them at
 * `now` — state, unit, deadline windows, acts already done. The server decides for real.
 */
export function availableActs(state: CaseState, actor: Actor, now: string): CommandType[] {
  const today = shanghaiDate(now);
  return commandTypes.filter((type) => {
    if (!actRoles[type].includes(actor.role)) return false;
    return actSamples(type, state, actor.unitId, today).some((payload) => {
      const command = {
        type,
        idempotencyKey: 'probe',
        at: now,
        actor,
        payload,
      } as unknown as WorkflowCommand;
      return decide(state, command, workflowContext).ok;
    });
  });
}
