import { specOf } from './actSpecs.ts';
import { canonicalJson } from './canonicalJson.ts';
import type { CaseState } from './caseState.ts';
import { initialCaseState } from './caseState.ts';
import { checkBasis } from './checkBasis.ts';
import { checkSafely } from './checkSafely.ts';
import { parseInstant } from './parseInstant.ts';
import type { Refusal } from './refusal.ts';
import { refusals } from './refusals.ts';
import { sortEvents } from './sortEvents.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

const isTransition = (event: WorkflowEvent): boolean => specOf(event.type)?.transition ?? false;

function withConflict(
  state: CaseState,
  event: WorkflowEvent,
  refusal: Refusal,
  other?: WorkflowEvent,
): CaseState {
  const otherId =
    refusal.conflictsWith ?? (refusal.code === 'wrong-state' ? state.statusEventId : null);
  const conflictsWith = other ?? state.timeline.find((item) => item.id === otherId) ?? null;
  const conflict = { event, conflictsWith, code: refusal.code, reason: refusal.reason };
  return { ...state, conflicts: [...state.conflicts, conflict] };
}

function step(state: CaseState, event: WorkflowEvent): CaseState {
  const spec = specOf(event.type);
  if (spec === undefined) return withConflict(state, event, refusals.unknownAct(event.type));
  if (parseInstant(event.at) === undefined) {
    return withConflict(state, event, refusals.invalidTime(event.at));
  }
  const refusal = checkSafely(
    () => checkBasis(state, event, isTransition) ?? spec.check(state, event),
  );
  if (refusal !== undefined) return withConflict(state, event, refusal);
  try {
    return { ...spec.apply(state, event), timeline: [...state.timeline, event] };
  } catch {
    return withConflict(state, event, refusals.malformed());
  }
}

/**
 * The workflow state of a case: a fold over its event log, in any arrival order.
 *
 * 1. Events are sorted canonically (`sortEvents`: instant, then id, then content).
 * 2. An event whose idempotency key (or id) was already folded is ignored when it is the same
 *    event, and listed as a `duplicate-key` conflict when it is a different one.
 * 3. Each event is applied only if it is valid in the state reached: dated after its basis, not
 *    based on a status that another act has since changed (for acts that change the status), and
 *    passing its act's state, unit and payload rules. Otherwise it goes to `conflicts` with the
 *    event it conflicts with and the reason. Roles and deadlines are not re-checked: they were
 *    `decide`'s, at the time of the act, and later policy must not rewrite history.
 */
export function foldEvents(events: readonly WorkflowEvent[]): CaseState {
  const folded = new Map<string, WorkflowEvent>();
  let state = initialCaseState;
  for (const event of sortEvents(events)) {
    const first = folded.get(`key:${event.causedBy}`) ?? folded.get(`id:${event.id}`);
    if (first !== undefined) {
      if (first !== event && canonicalJson(first) !== canonicalJson(event)) {
        state = withConflict(state, event, refusals.duplicateKey(first.id), first);
      }
      continue;
    }
    folded.set(`key:${event.causedBy}`, event);
    folded.set(`id:${event.id}`, event);
    state = step(state, event);
  }
  return state;
}
