import type { CaseState } from '@lianban/case-model';
import type { CaseEntryUpdate } from '../cases/caseDirectory.ts';

/**
 * The units a review (复查) or re-examination (复核) of the case was lodged with: they hold the
 * case from the request on (they decide it), and keep it afterwards for the record.
 */
export function reviewingUnitIds(state: CaseState): string[] {
  const units = [state.review?.unitId, state.reexam?.unitId];
  return [...new Set(units.filter((unitId): unitId is string => typeof unitId === 'string'))];
}

/** What the case directory keeps of a case's state: its status and the units holding it. */
export function caseEntryUpdateOf(state: CaseState): CaseEntryUpdate {
  return {
    state: state.status,
    leadUnitId: state.leadUnitId,
    coHandlingUnitIds: state.coUnitIds,
    reviewingUnitIds: reviewingUnitIds(state),
  };
}
