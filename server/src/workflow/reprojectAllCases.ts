import { foldEvents } from '@lianban/case-model';
import { caseEntryUpdateOf } from './caseEntryUpdateOf.ts';
import type { CaseServiceDeps } from './caseServiceDeps.ts';
import { refreshProjections } from './refreshProjections.ts';

/**
 * Rebuilds everything derived from the event logs, case by case: the case directory's state and
 * units, the `record` document and the case index. Run at boot after a schema change left the
 * derived tables behind (the index is dropped and refilled, never migrated).
 */
export async function reprojectAllCases(
  deps: CaseServiceDeps,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> {
  const caseIds = deps.cases.caseIds();
  let done = 0;
  for (const caseId of caseIds) {
    deps.cases.update(caseId, caseEntryUpdateOf(foldEvents(deps.events.list(caseId))));
    await refreshProjections(deps, caseId);
    onProgress(++done, caseIds.length);
  }
  return done;
}
