import type { RecordView, StateView } from '@lianban/case-model';

/**
 * The official record of a case as the client reads it from the `record` document: what the
 * server writes there (`RecordView`), with no state until the document has synced one.
 */
export interface CaseRecord extends Omit<RecordView, 'state'> {
  readonly state: StateView | null;
}
