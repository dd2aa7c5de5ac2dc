import {
  type Actor,
  type CaseState,
  commandLabels,
  type Label,
  type WorkflowEvent,
} from '@lianban/case-model';
import type { ClockView } from './caseClocks.ts';
import { type StateView, stateView } from './stateView.ts';

/** One applied event on the record's timeline. */
export interface TimelineEntry {
  readonly id: string;
  readonly type: string;
  readonly label: Label;
  readonly at: string;
  readonly actor: Actor;
  readonly basis: string | null;
  readonly payload: unknown;
}

/** An act that was not applied, shown to the unit head with what it conflicts with and why. */
export interface ConflictEntry {
  readonly eventId: string;
  readonly type: string;
  readonly label: Label;
  readonly at: string;
  readonly actor: Actor;
  readonly code: string;
  readonly reason: Label;
  readonly conflictsWith: string | null;
}

/** Everything the `record` document holds, as plain JSON. */
export interface RecordView {
  readonly state: StateView;
  readonly timeline: readonly TimelineEntry[];
  readonly clocks: readonly ClockView[];
  readonly conflicts: readonly ConflictEntry[];
}

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
