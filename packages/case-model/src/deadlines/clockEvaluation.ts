import type { CivilDate } from '../calendar/civilDate.ts';
import type { Label } from '../enums/label.ts';
import type { ClockKind } from './clockRun.ts';

/** Whether a clock is counting, paused (an open pause) or stopped. */
export type ClockState = 'running' | 'paused' | 'stopped';

/** The warning level of a clock: by elapsed fraction, or overdue once `now` is past the due date. */
export type ClockWarning = 'none' | 'warn75' | 'warn90' | 'overdue';

/** One sentence of the due-date explanation, with what it explains. */
export interface ExplanationStep extends Label {
  readonly step: 'start' | 'fixed' | 'extension' | 'pause' | 'restDay' | 'missingCalendar';
}

/** The state of one clock at a given `now`, with how its due date was computed. */
export interface ClockEvaluation {
  readonly id: string;
  readonly kind: ClockKind;
  readonly dueDate: CivilDate;
  readonly state: ClockState;
  /** Counted days elapsed over counted days allowed; above 1 once past the due date. */
  readonly elapsedRatio: number;
  readonly warning: ClockWarning;
  /** For a stopped clock: stopped on or before the due date (Shanghai dates). */
  readonly stoppedOnTime?: boolean;
  /** Years the computation touched that have no holiday data: rest days there are weekends only. */
  readonly missingCalendarYears: readonly number[];
  readonly explanation: readonly ExplanationStep[];
}
