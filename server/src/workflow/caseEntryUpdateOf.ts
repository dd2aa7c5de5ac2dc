import type { CaseState, ClockView } from '@lianban/case-model';
import type { CaseEntryUpdate } from '../cases/caseDirectory.ts';

/**
 * The units a review (复查) or re-examination (复核) of the case was lodged with: they hold the
 * case from the request on (they decide it), and keep it afterwards for the record.
 */
export function reviewingUnitIds(state: CaseState): string[] {
  const units = [state.review?.unitId, state.reexam?.unitId];
  return [...new Set(units.filter((unitId): unitId is string => typeof unitId === 'string'))];
}

/** Clocks that measure the petitioner's time to ask for a review or a re-examination. */
const requestWindows: ReadonlySet<string> = new Set(['reviewWindow', 'reexamWindow']);

/**
 * What the case directory keeps of a case's state: its status, the units holding it, and the
 * last day of a running request window (which lets a unit above record the request).
 */
export function caseEntryUpdateOf(state: CaseState, clocks: readonly ClockView[]): CaseEntryUpdate {
  const window = clocks.find(
    (clock) => requestWindows.has(clock.kind) && clock.state !== 'stopped',
  );
  return {
    state: state.status,
    leadUnitId: state.leadUnitId,
    coHandlingUnitIds: state.coUnitIds,
    reviewingUnitIds: reviewingUnitIds(state),
    requestWindowDue: window?.dueDate ?? null,
  };
}
