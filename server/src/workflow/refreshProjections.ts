import {
  type CaseState,
  type ClockView,
  foldEvents,
  hasCaseFile,
  roomName,
} from '@lianban/case-model';
import { indexFromDocuments } from '../caseIndex/indexFromDocuments.ts';
import { caseClocks } from './caseClocks.ts';
import { caseIndexEntryOf } from './caseIndexEntryOf.ts';
import type { CaseServiceDeps } from './caseServiceDeps.ts';
import { readStoredDocument } from './readStoredDocument.ts';
import { recordView } from './recordView.ts';
import { writeRecord } from './writeRecord.ts';

/** A case's state and clocks, as the projections were brought to. */
export interface RefreshedCase {
  readonly state: CaseState;
  readonly clocks: ClockView[];
}

/**
 * Brings the derived views of a case up to its event log, one case at a time: the `record`
 * document (through its room, so connected clients see it) and the case index. Each is derived
 * from the whole log, so a view missed after a failure is repaired by the next refresh; failures
 * are logged, never thrown: the events are already the record.
 */
export function refreshProjections(deps: CaseServiceDeps, caseId: string): Promise<RefreshedCase> {
  return deps.projections.run(caseId, async () => {
    const state = foldEvents(deps.events.list(caseId));
    const clocks = caseClocks(state, deps.now().toISOString());
    try {
      await deps.writer.write({ caseId, kind: 'record' }, (doc) =>
        writeRecord(doc, recordView(state, clocks)),
      );
    } catch (error) {
      deps.log.error('workflow.record-failed', { caseId, error: String(error) });
    }
    try {
      await reindex(deps, caseId, state, clocks);
    } catch (error) {
      deps.log.error('workflow.index-failed', { caseId, error: String(error) });
    }
    return { state, clocks };
  });
}

async function reindex(
  deps: CaseServiceDeps,
  caseId: string,
  state: CaseState,
  clocks: readonly ClockView[],
): Promise<void> {
  const file = await readStoredDocument(deps.store, roomName({ caseId, kind: 'file' }));
  if (!file || !hasCaseFile(file)) return;
  const lead = state.leadUnitId ? deps.units.get(state.leadUnitId) : null;
  // The one call into the case index: the whole entry, rebuilt from the file and the record.
  deps.index.upsert(caseIndexEntryOf(caseId, indexFromDocuments(file), state, clocks, lead));
  file.destroy();
}
