import { type CaseState, foldEvents } from '@lianban/case-model';
import { caseClocks } from './caseClocks.ts';
import { caseEntryUpdateOf } from './caseEntryUpdateOf.ts';
import type { CaseServiceDeps } from './caseServiceDeps.ts';
import type { NewEvent } from './eventStore.ts';

/**
 * Appends events to a case's log and, in the same transaction, brings the case directory
 * (state, lead, co-handling and reviewing units; the accused never change) and the clock projection up to
 * the new state. `before` runs first inside the transaction (e.g. creating the directory entry).
 */
export function recordEvents(
  deps: CaseServiceDeps,
  caseId: string,
  events: readonly NewEvent[],
  before?: () => void,
): CaseState {
  const now = deps.now().toISOString();
  return deps.db.transaction(() => {
    before?.();
    deps.events.append(caseId, events, now);
    const state = foldEvents(deps.events.list(caseId));
    const clocks = caseClocks(state, now);
    deps.cases.update(caseId, caseEntryUpdateOf(state, clocks));
    deps.clocks.replace(caseId, clocks);
    return state;
  })();
}
