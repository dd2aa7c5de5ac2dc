import {
  type CaseState,
  type ClockView,
  clockKindLabels,
  clockRuns,
  cnMainlandCalendar,
  evaluateClock,
} from '@lianban/case-model';
import { clockOwner } from './clockOwner.ts';

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
