import type { CaseState, ClockView } from '@lianban/case-model';
import { type Accessor, createMemo, createSignal, onCleanup } from 'solid-js';
import type { CaseRecord } from '../../../api/recordTypes.ts';
import type { CaseDetail } from '../../../api/types.ts';
import { acquireDocument, releaseDocument } from '../../../sync/documentRegistry.ts';
import type { SyncedDocument } from '../../../sync/openSyncedDocument.ts';
import { evaluateClocks, foldTimeline } from './projectState.ts';
import { readRecordDocument, recordOfDetail } from './readRecord.ts';

/** The case's official record on this page, live and offline. */
export interface CaseRecordView {
  readonly document: SyncedDocument;
  /** The record: from the `record` document, or the server's answer if that knows more. */
  readonly record: Accessor<CaseRecord | null>;
  /** The workflow state folded from the record's timeline (for what may be done next). */
  readonly state: Accessor<CaseState | null>;
  /** Every clock, evaluated now on this device, with its owner. */
  readonly clocks: Accessor<readonly ClockView[]>;
}

/**
 * Opens the case's `record` document (the server writes it on every act; the device keeps a
 * copy, so the record shows offline and changes live as others act). Call in an owner.
 */
export function createCaseRecord(
  caseId: string,
  detail: Accessor<CaseDetail | null | undefined>,
): CaseRecordView {
  const room = `case/${caseId}/record`;
  const document = acquireDocument(room);
  const [fromDocument, setFromDocument] = createSignal(readRecordDocument(document.doc));
  const update = () => setFromDocument(readRecordDocument(document.doc));
  document.doc.on('update', update);
  void document.whenLoaded.then(update);
  const [now, setNow] = createSignal(new Date().toISOString());
  const timer = setInterval(() => setNow(new Date().toISOString()), 60_000);
  onCleanup(() => {
    clearInterval(timer);
    document.doc.off('update', update);
    releaseDocument(room);
  });

  const record = createMemo(() => {
    const live = fromDocument();
    const answered = recordOfDetail(detail());
    if (!live || !answered) return live ?? answered;
    return answered.timeline.length > live.timeline.length ? answered : live;
  });
  const state = createMemo(() => {
    const current = record();
    try {
      return current ? foldTimeline(current.timeline) : null;
    } catch {
      return null;
    }
  });
  const clocks = createMemo(() => {
    const current = record();
    const folded = state();
    if (!current) return [];
    try {
      return folded ? evaluateClocks(folded, current.clocks, now()) : current.clocks;
    } catch {
      return current.clocks;
    }
  });
  return { document, record, state, clocks };
}
