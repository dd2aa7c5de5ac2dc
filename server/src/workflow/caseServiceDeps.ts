import type { Label, RefusalCode } from '@lianban/case-model';
import type { DocumentStore } from '@lianban/storage';
import type { AuditEntryInput } from '../audit/auditRecord.ts';
import type { CaseIndex } from '../caseIndex/createCaseIndex.ts';
import type { CaseDirectory } from '../cases/caseDirectory.ts';
import type { PeopleDirectory } from '../cases/peopleDirectory.ts';
import type { UnitDirectory } from '../cases/unitDirectory.ts';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import type { Logger } from '../observability/logger.ts';
import type { ClockTable } from './clockTable.ts';
import type { DocumentWriter } from './documentWriter.ts';
import type { EventStore } from './eventStore.ts';
import type { KeyedQueue } from './keyedQueue.ts';
import type { PetitionerKeyTable } from './petitionerKeyTable.ts';

/** Where audit records go; the audit log, or nothing for the demo seed (not a user's act). */
export interface AuditSink {
  record(entry: AuditEntryInput): unknown;
}

/** The part of the case index the workflow uses: re-index after each event, read titles. */
export type CaseIndexSink = Pick<CaseIndex, 'upsert' | 'get'>;

/** Everything the case service is built from. */
export interface CaseServiceDeps {
  readonly db: AppDatabase;
  readonly cases: CaseDirectory;
  readonly units: UnitDirectory;
  readonly people: PeopleDirectory;
  readonly events: EventStore;
  readonly clocks: ClockTable;
  readonly keys: PetitionerKeyTable;
  readonly writer: DocumentWriter;
  readonly store: DocumentStore;
  readonly index: CaseIndexSink;
  readonly audit: AuditSink;
  readonly log: Logger;
  /** Serialises the projections (record mirror, index) of one case. */
  readonly projections: KeyedQueue;
  readonly now: () => Date;
}

/** Where a request came from, for the audit log. */
export interface RequestMeta {
  readonly sourceAddress: string | null;
}

/** A refusal by the workflow's rules, with decide's reason (or the server's, in the same form). */
export interface WorkflowRefusal {
  readonly ok: false;
  readonly kind: 'refused';
  readonly code: RefusalCode;
  readonly reason: Label;
  readonly conflictsWith?: string;
  /** The act was kept on the record as a conflict, for the unit head to see. */
  readonly recordedAsConflict?: boolean;
}

/** The case does not exist or the user may not know that it does: answered as not found. */
export interface HiddenCase {
  readonly ok: false;
  readonly kind: 'hidden';
}

/** What a service call answers. */
export type ServiceResult<T> =
  | { readonly ok: true; readonly body: T; readonly created?: boolean }
  | WorkflowRefusal
  | HiddenCase;

/** The one hidden answer. */
export const hiddenCase: HiddenCase = { ok: false, kind: 'hidden' };

/** Builds a refusal. */
export function refusal(
  code: RefusalCode,
  reason: Label,
  extra: { conflictsWith?: string; recordedAsConflict?: boolean } = {},
): WorkflowRefusal {
  return { ok: false, kind: 'refused', code, reason, ...extra };
}
