import {
  type Actor,
  type CaseState,
  type ClockView,
  calendarContext,
  clockKindLabels,
  clockRuns,
  cnMainlandCalendar,
  decide,
  evaluateClock,
  eventLog,
  foldEvents,
  type TimelineEntry,
  type WorkflowCommand,
  type WorkflowEvent,
} from '@lianban/case-model';
import type { OutboxEntry } from '../../../offline/outboxTypes.ts';

/** The deadline windows, as the server computes them (mainland calendar). */
export const workflowContext = calendarContext(cnMainlandCalendar);

/** The case's workflow state folded from its recorded timeline (an event's id is its key). */
export function foldTimeline(timeline: readonly TimelineEntry[]): CaseState {
  const events = timeline.map(
    (entry) =>
      ({
        id: entry.id,
        type: entry.type,
        at: entry.at,
        actor: entry.actor,
        payload: entry.payload,
        basis: entry.basis,
        causedBy: entry.id,
      }) as WorkflowEvent,
  );
  return foldEvents(events);
}

/**
 * The state as it will be once this device's waiting acts are recorded, if the server agrees:
 * each pending act is decided in turn and folded in. Used for what the user may do next and
 * the basis of the next act, never shown as the record.
 */
export function projectPending(
  state: CaseState,
  pending: readonly OutboxEntry[],
  actor: Actor,
): CaseState {
  let projected = state;
  for (const entry of pending) {
    const command = { ...entry.command, actor } as unknown as WorkflowCommand;
    const result = decide(projected, command, workflowContext);
    if (result.ok && result.events.length > 0) {
      projected = foldEvents([...eventLog(projected), ...result.events]);
    }
  }
  return projected;
}

/**
 * Every clock of the case evaluated now on this device, the way the server does (so warnings
 * stay current offline), with each clock's owner as the server last gave it.
 */
export function evaluateClocks(
  state: CaseState,
  serverClocks: readonly ClockView[],
  now: string,
): ClockView[] {
  const owners = new Map(serverClocks.map((clock) => [clock.id, clock]));
  return clockRuns(state).map((run) => {
    const evaluation = evaluateClock(run, { calendar: cnMainlandCalendar, now });
    const server = owners.get(run.id);
    return {
      id: run.id,
      kind: run.kind,
      label: clockKindLabels[run.kind],
      startedAt: run.startedAt,
      dueDate: evaluation.dueDate,
      state: evaluation.state,
      warning: evaluation.warning,
      elapsedRatio: evaluation.elapsedRatio,
      stoppedOnTime: evaluation.stoppedOnTime ?? null,
      explanation: evaluation.explanation,
      missingCalendarYears: evaluation.missingCalendarYears,
      ownerUnitId: server?.ownerUnitId ?? null,
      ownerUserId: server?.ownerUserId ?? null,
      subjectId: server?.subjectId ?? null,
    };
  });
}

/**
 * The instant to date a new act at: now, or just after the latest act on the (projected) record
 * when this device's clock is behind it — an act is always decided after what it follows.
 */
export function actInstant(state: CaseState, now: Date = new Date()): string {
  const latest = Math.max(
    Number.NEGATIVE_INFINITY,
    ...state.timeline.map((event) => Date.parse(event.at)).filter((ms) => !Number.isNaN(ms)),
  );
  return new Date(Math.max(now.getTime(), latest + 1)).toISOString();
}
