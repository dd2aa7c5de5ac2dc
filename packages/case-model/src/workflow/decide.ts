import type { Label } from '../enums/label.ts';
import { actRoles } from './actRoles.ts';
import type { ActSpec } from './actSpec.ts';
import { specOf } from './actSpecs.ts';
import type { CaseState } from './caseState.ts';
import { checkBasis } from './checkBasis.ts';
import { checkSafely } from './checkSafely.ts';
import { clockRuns } from './clockRuns.ts';
import { eventLog } from './eventLog.ts';
import { foldEvents } from './foldEvents.ts';
import { parseInstant } from './parseInstant.ts';
import type { Refusal, RefusalCode } from './refusal.ts';
import { refusals } from './refusals.ts';
import type { CommandType, WorkflowCommand } from './workflowCommand.ts';
import type { WorkflowContext } from './workflowContext.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/**
 * What `decide` answers: the events to append, or a refusal with a stable code and a reason.
 * A refused conflict carries `event` when appending it would only record it as a conflict, so
 * that the server can keep it on the record for the unit head to see.
 */
export type DecideResult =
  | { readonly ok: true; readonly events: readonly WorkflowEvent[] }
  | {
      readonly ok: false;
      readonly code: RefusalCode;
      readonly reason: Label;
      readonly conflictsWith?: string;
      readonly event?: WorkflowEvent;
    };

const refused = (refusal: Refusal, event?: WorkflowEvent): DecideResult => ({
  ok: false,
  ...refusal,
  ...(event === undefined ? {} : { event }),
});

function windowRefusal(
  state: CaseState,
  spec: ActSpec<CommandType>,
  event: WorkflowEvent,
  context: WorkflowContext,
): Refusal | undefined {
  const window = spec.window?.(event);
  if (window === undefined) return undefined;
  const run = clockRuns(state).findLast(
    (item) => item.kind === window.kind && item.stoppedAt === undefined,
  );
  if (run === undefined) return undefined;
  const open = context.windowOpen(run, event.at);
  if (window.mustBe === 'open' && !open) return refusals.windowClosed(window.kind);
  if (window.mustBe === 'closed' && open) return refusals.windowOpen(window.kind);
  return undefined;
}

/** Folds the event onto the log: it must be applied and leave every earlier outcome as it was. */
function historyRefusal(state: CaseState, event: WorkflowEvent): Refusal | undefined {
  // An event dated after every other one folds last, onto this very state, where it was checked.
  const instant = parseInstant(event.at) ?? Number.NEGATIVE_INFINITY;
  const recorded = [...state.timeline, ...state.conflicts.map((conflict) => conflict.event)];
  const isLast = recorded.every((item) => (parseInstant(item.at) ?? Infinity) < instant);
  if (isLast) return undefined;
  const after = foldEvents([...eventLog(state), event]);
  const own = after.conflicts.find((conflict) => conflict.event === event);
  if (own !== undefined) {
    return own.conflictsWith === null
      ? { code: own.code, reason: own.reason }
      : { code: own.code, reason: own.reason, conflictsWith: own.conflictsWith.id };
  }
  const before = new Set(state.conflicts.map((conflict) => conflict.event.id));
  const changed = after.conflicts.find((conflict) => !before.has(conflict.event.id));
  if (changed === undefined && after.conflicts.length === state.conflicts.length) return undefined;
  return refusals.rewritesHistory(event.type, changed?.event.id);
}

/** True when appending the event would record it as a conflict and change nothing else. */
function recordsOnlyAsConflict(state: CaseState, event: WorkflowEvent): boolean {
  const after = foldEvents([...eventLog(state), event]);
  return (
    after.timeline.length === state.timeline.length &&
    after.conflicts.length === state.conflicts.length + 1 &&
    after.conflicts.some((conflict) => conflict.event === event)
  );
}

/**
 * The guard of the workflow: checks a command against the state (idempotency, instant, role,
 * basis, state, unit, payload, deadline windows through `context`) and returns the events it
 * produces. Pure: the same state, command and context always give the same answer. A retry of
 * an applied command (same idempotency key and type) succeeds with no new events.
 */
export function decide(
  state: CaseState,
  command: WorkflowCommand,
  context: WorkflowContext,
): DecideResult {
  const key = command.idempotencyKey;
  const done = state.timeline.find((event) => event.causedBy === key);
  if (done !== undefined) {
    return done.type === command.type
      ? { ok: true, events: [] }
      : refused(refusals.duplicateKey(done.id));
  }
  const conflicted = state.conflicts.find((conflict) => conflict.event.causedBy === key);
  if (conflicted !== undefined) {
    const { code, reason, conflictsWith } = conflicted;
    return refused(
      conflictsWith === null ? { code, reason } : { code, reason, conflictsWith: conflictsWith.id },
    );
  }
  const spec = specOf(command.type);
  if (spec === undefined) return refused(refusals.unknownAct(command.type));
  if (parseInstant(command.at) === undefined) return refused(refusals.invalidTime(command.at));
  if (!actRoles[command.type].includes(command.actor.role)) {
    return refused(refusals.wrongRole(command.actor.role, command.type));
  }

  const event = {
    id: key,
    type: command.type,
    at: command.at,
    actor: command.actor,
    payload: command.payload,
    causedBy: key,
    basis: command.basis === undefined ? state.statusEventId : command.basis,
  } as WorkflowEvent;
  const isTransition = (item: WorkflowEvent): boolean => specOf(item.type)?.transition ?? false;
  const basis = checkBasis(state, event, isTransition);
  if (basis !== undefined) {
    return refused(
      basis,
      basis.code === 'conflict' && recordsOnlyAsConflict(state, event) ? event : undefined,
    );
  }
  const refusal = checkSafely(
    () =>
      spec.check(state, event) ??
      windowRefusal(state, spec, event, context) ??
      historyRefusal(state, event),
  );
  return refusal === undefined ? { ok: true, events: [event] } : refused(refusal);
}
