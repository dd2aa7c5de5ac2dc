import type { CaseState } from './caseState.ts';

/** The units that hold the case in its current state: the ones whose staff may move it on. */
export function unitsInCharge(state: CaseState): readonly string[] {
  const only = (unitId: string | null | undefined): readonly string[] =>
    unitId === null || unitId === undefined ? [] : [unitId];
  switch (state.status) {
    case 'REGISTERED':
    case 'OBJECTED':
      return only(state.routingUnitId);
    case 'TRANSFERRED':
    case 'ASSIGNED':
    case 'ACCEPTED':
    case 'IN_PROGRESS':
    case 'EXTENDED':
    case 'REPLIED':
      return only(state.leadUnitId);
    case 'HEARING':
      return only(state.hearings.at(-1)?.unitId);
    case 'IN_REVIEW':
    case 'REVIEW_DECIDED':
      return only(state.review?.unitId);
    case 'IN_REEXAM':
      return only(state.reexam?.unitId);
    default:
      return [];
  }
}
