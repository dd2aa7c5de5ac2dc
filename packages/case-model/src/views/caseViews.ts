import type { ClockState, ClockWarning, ExplanationStep } from '../deadlines/clockEvaluation.ts';
import type { Label } from '../enums/label.ts';
import type { Overlay } from '../workflow/activeOverlays.ts';
import type { Actor } from '../workflow/workflowCommand.ts';

// A case as its readers see it: what the server's case API answers and the `record` document
// holds, as plain JSON. The server builds these views; the client reads them.

/** A supervision order (督办) as the record shows it. */
export interface SupervisionOrderView {
  readonly id: string;
  readonly reason: string;
  readonly reasonLabel: Label;
  /** 'YYYY-MM-DD', China time. */
  readonly dueDate: string;
  readonly issuingUnitId: string;
  readonly addressedUnitId: string;
  readonly note: string;
  readonly reported: boolean;
}

/** An improvement proposal (改进建议) as the record shows it. */
export interface ImprovementView {
  readonly id: string;
  readonly addressedUnitId: string;
  readonly text: string;
  readonly answered: boolean;
  readonly adopted: boolean | null;
}

/** The workflow state of a case as the API answers it and the record mirrors it. */
export interface StateView {
  readonly status: string;
  readonly statusLabel: Label;
  /** Send it back as `basis` with the next act that changes the status. */
  readonly statusEventId: string | null;
  readonly overlays: readonly { readonly overlay: Overlay; readonly label: Label }[];
  readonly routingUnitId: string | null;
  readonly leadUnitId: string | null;
  readonly coUnitIds: readonly string[];
  readonly outcome: string | null;
  readonly outcomeLabel: Label | null;
  readonly extension: {
    readonly days: number;
    readonly reason: string;
    readonly at: string;
  } | null;
  readonly leaderUserId: string | null;
  readonly supervisionOrders: readonly SupervisionOrderView[];
  readonly improvements: readonly ImprovementView[];
  readonly repeatLinks: readonly string[];
  readonly eventCount: number;
  readonly conflictCount: number;
}

/** One deadline clock of a case as the API and the record show it. */
export interface ClockView {
  readonly id: string;
  readonly kind: string;
  readonly label: Label;
  readonly startedAt: string;
  /** 'YYYY-MM-DD', China time. */
  readonly dueDate: string;
  readonly state: ClockState;
  readonly warning: ClockWarning;
  readonly elapsedRatio: number;
  readonly stoppedOnTime: boolean | null;
  /** How the due date was computed, sentence by sentence, in zh and en. */
  readonly explanation: readonly ExplanationStep[];
  readonly missingCalendarYears: readonly number[];
  /** The unit (or for 包案 the leader) whose duty the clock measures; null for the petitioner's windows. */
  readonly ownerUnitId: string | null;
  readonly ownerUserId: string | null;
  /** The supervision order or improvement proposal the clock belongs to. */
  readonly subjectId: string | null;
}

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

/** An act kept on the record without effect, with what it conflicts with and why. */
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

/** Everything the `record` document holds: state, timeline, clocks and conflicts. */
export interface RecordView {
  readonly state: StateView;
  readonly timeline: readonly TimelineEntry[];
  readonly clocks: readonly ClockView[];
  readonly conflicts: readonly ConflictEntry[];
}

/** What `POST /api/cases/:id/commands` answers for an applied (or replayed) act. */
export interface CommandAnswer {
  readonly caseId: string;
  readonly eventId: string;
  /** True when this idempotency key had already been applied: nothing new was recorded. */
  readonly replayed: boolean;
  readonly state: StateView;
  readonly clocks: readonly ClockView[];
}
