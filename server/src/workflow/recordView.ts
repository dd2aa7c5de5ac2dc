import {
  type CaseState,
  type ClockView,
  type ConflictEntry,
  commandLabels,
  type Label,
  type RecordView,
  type TimelineEntry,
  type WorkflowEvent,
} from '@lianban/case-model';
import { stateView } from './stateView.ts';

const labelOf = (type: string): Label =>
  commandLabels[type as keyof typeof commandLabels] ?? { zh: type, en: type };

/** A timeline entry of an event, labelled in zh and en. */
export function timelineEntry(event: WorkflowEvent): TimelineEntry {
  return {
    id: event.id,
    type: event.type,
    label: labelOf(event.type),
    at: event.at,
    actor: { userId: event.actor.userId, unitId: event.actor.unitId, role: event.actor.role },
    basis: event.basis,
    payload: event.payload,
  };
}

/** The conflicts of a state, each with the event it conflicts with and the reason. */
export function conflictEntries(state: CaseState): ConflictEntry[] {
  return state.conflicts.map((conflict) => ({
    eventId: conflict.event.id,
    type: conflict.event.type,
    label: labelOf(conflict.event.type),
    at: conflict.event.at,
    actor: conflict.event.actor,
    code: conflict.code,
    reason: conflict.reason,
    conflictsWith: conflict.conflictsWith?.id ?? null,
  }));
}

/** The record of a case: state, timeline, clocks and conflicts, as plain JSON (no undefined). */
export function recordView(state: CaseState, clocks: readonly ClockView[]): RecordView {
  const view: RecordView = {
    state: stateView(state),
    timeline: state.timeline.map(timelineEntry),
    clocks,
    conflicts: conflictEntries(state),
  };
  return JSON.parse(JSON.stringify(view)) as RecordView;
}
