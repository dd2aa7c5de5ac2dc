import {
  type CaseState,
  type ClockState,
  type ClockWarning,
  clockKindLabels,
  clockRuns,
  cnMainlandCalendar,
  type ExplanationStep,
  evaluateClock,
  type Label,
} from '@lianban/case-model';
import { clockOwner } from './clockOwner.ts';

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

/**
 * Every clock of a case evaluated at `now` against the mainland calendar: due date with its
 * explanation, state, warning (75 %, 90 %, overdue) and owner. Recomputed on every event.
 */
export function caseClocks(state: CaseState, now: string): ClockView[] {
  return clockRuns(state).map((run) => {
    const evaluation = evaluateClock(run, { calendar: cnMainlandCalendar, now });
    const owner = clockOwner(state, run);
    const subjectId =
      (run.kind === 'supervision' || run.kind === 'improvementAnswer') && run.id.includes(':')
        ? run.id.slice(run.id.indexOf(':') + 1)
        : null;
    return {
      id: run.id,
      kind: run.kind,
      label: clockKindLabels[run.kind],
      startedAt: run.startedAt,
      dueDate: evaluation.dueDate,
      state: evaluation.state,
      warning: evaluation.warning,
      elapsedRatio: Math.round(evaluation.elapsedRatio * 1000) / 1000,
      stoppedOnTime: evaluation.stoppedOnTime ?? null,
      explanation: evaluation.explanation,
      missingCalendarYears: evaluation.missingCalendarYears,
      ownerUnitId: owner.unitId,
      ownerUserId: owner.userId,
      subjectId,
    };
  });
}
