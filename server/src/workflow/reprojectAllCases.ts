import { foldEvents } from '@lianban/case-model';
import { caseClocks } from './caseClocks.ts';
import { caseEntryUpdateOf } from './caseEntryUpdateOf.ts';
import type { CaseServiceDeps } from './caseServiceDeps.ts';
import { refreshProjections } from './refreshProjections.ts';

/**
 * Rebuilds everything derived from the event logs, case by case: the case directory's state,
 * units and request window, the `record` document and the case index. Run at boot after a
 * schema change left the derived tables behind (the index is dropped and refilled, never
 * migrated). Answers how many cases were rebuilt.
 */
export async function reprojectAllCases(
  deps: CaseServiceDeps,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> {
  const caseIds = deps.cases.caseIds();
  let done = 0;
  let failed = 0;
  for (const caseId of caseIds) {
    try {
      const state = foldEvents(deps.events.list(caseId));
      const clocks = caseClocks(state, deps.now().toISOString());
      deps.cases.update(caseId, caseEntryUpdateOf(state, clocks));
      await refreshProjections(deps, caseId);
    } catch (error) {
      // One case that cannot be rebuilt must not keep the server from starting: it is logged,
      // and its next event rebuilds it.
      failed++;
      deps.log.error('reproject.case-failed', { caseId, error: String(error) });
    }
    onProgress(++done, caseIds.length);
  }
  return done - failed;
}
