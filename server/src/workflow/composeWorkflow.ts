import type { DocumentStore } from '@lianban/storage';
import type { CaseDirectory } from '../cases/caseDirectory.ts';
import type { PeopleDirectory } from '../cases/peopleDirectory.ts';
import type { UnitDirectory } from '../cases/unitDirectory.ts';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import type { Logger } from '../observability/logger.ts';
import type { RoomRegistry } from '../sync/roomRegistry.ts';
import type { AuditSink, CaseIndexSink, CaseServiceDeps } from './caseServiceDeps.ts';
import { createClockTable } from './clockTable.ts';
import { createDocumentWriter } from './documentWriter.ts';
import { createEventStore } from './eventStore.ts';
import { createKeyedQueue } from './keyedQueue.ts';
import { createPetitionerKeyTable } from './petitionerKeyTable.ts';

/** The server parts the workflow is built on. */
export interface WorkflowParts {
  readonly db: AppDatabase;
  readonly cases: CaseDirectory;
  readonly units: UnitDirectory;
  readonly people: PeopleDirectory;
  readonly store: DocumentStore;
  readonly rooms: RoomRegistry;
  readonly index: CaseIndexSink;
  readonly audit: AuditSink;
  readonly log: Logger;
  readonly now: () => Date;
  /** The HMAC secret of petitioner keys (see `resolvePetitionerKeySecret`). */
  readonly petitionerKeySecret: Uint8Array;
}

/** Creates the workflow's own tables and parts (event store, clock projection, keys, writer). */
export function composeWorkflow(parts: WorkflowParts): CaseServiceDeps {
  const { petitionerKeySecret, rooms, ...shared } = parts;
  return {
    ...shared,
    events: createEventStore(parts.db),
    clocks: createClockTable(parts.db),
    keys: createPetitionerKeyTable(parts.db, petitionerKeySecret),
    writer: createDocumentWriter(rooms),
    projections: createKeyedQueue(),
  };
}
