import type { CaseState, ClockView } from '@lianban/case-model';
import type { CaseIndexEntry } from '../caseIndex/caseIndexEntry.ts';
import type { CaseFileIndexFields } from '../caseIndex/indexFromDocuments.ts';
import type { Unit } from '../cases/unitDirectory.ts';
import { reviewingUnitIds } from './caseEntryUpdateOf.ts';

/**
 * The case index entry of a case: the case file's fields, then the workflow's (state, units,
 * level of the lead unit, the owned clock that falls due first, overdue, repeat links).
 */
export function caseIndexEntryOf(
  caseId: string,
  file: CaseFileIndexFields,
  state: CaseState,
  clocks: readonly ClockView[],
  leadUnit: Unit | null,
): CaseIndexEntry {
  const duties = clocks
    .filter((clock) => clock.state !== 'stopped' && (clock.ownerUnitId || clock.ownerUserId))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const next = duties[0];
  return {
    caseId,
    ...file,
    state: state.status,
    level: leadUnit?.level ?? null,
    leadUnitId: state.leadUnitId,
    coHandlingUnitIds: [...state.coUnitIds],
    reviewingUnitIds: reviewingUnitIds(state),
    nextDueDate: next?.dueDate ?? null,
    nextDueClock: next?.kind ?? null,
    overdue: duties.some((clock) => clock.warning === 'overdue'),
    repeatLinked: [...state.repeatLinks],
  };
}
