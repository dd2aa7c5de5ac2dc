import type { ClockView, StateView } from '@lianban/case-model';
import type * as Y from 'yjs';
import type { CaseRecord } from '../../../api/recordTypes.ts';
import type { CaseDetail } from '../../../api/types.ts';

const byStart = (a: ClockView, b: ClockView) =>
  a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : 1;

/**
 * Reads a case's `record` document (written by the server only: Y.Map `state`, Y.Array
 * `timeline`, Y.Map `clocks` by id, Y.Array `conflicts`); `null` until it holds a state.
 */
export function readRecordDocument(doc: Y.Doc): CaseRecord | null {
  const state = doc.getMap('state').toJSON() as Partial<StateView>;
  if (typeof state.status !== 'string') return null;
  const clocks = Object.values(doc.getMap('clocks').toJSON()) as ClockView[];
  return {
    state: state as StateView,
    timeline: doc.getArray('timeline').toJSON() as CaseRecord['timeline'],
    clocks: clocks.sort(byStart),
    conflicts: doc.getArray('conflicts').toJSON() as CaseRecord['conflicts'],
  };
}

/** The record as `GET /api/cases/:id` answered it, for before the document has arrived. */
export function recordOfDetail(detail: CaseDetail | null | undefined): CaseRecord | null {
  const state = detail?.state;
  if (!detail || typeof state !== 'object' || typeof state.status !== 'string') return null;
  return {
    state: state as StateView,
    timeline: detail.timeline ?? [],
    clocks: detail.clocks ?? [],
    conflicts: detail.conflicts ?? [],
  };
}
