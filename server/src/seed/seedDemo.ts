import { createCaseFile, type Registration, roomName } from '@lianban/case-model';
import type { DocumentStore } from '@lianban/storage';
import * as Y from 'yjs';
import type { UserDirectory } from '../auth/userDirectory.ts';
import type { CaseDirectory } from '../cases/caseDirectory.ts';
import type { UnitDirectory } from '../cases/unitDirectory.ts';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import type { Logger } from '../observability/logger.ts';
import { demoCases } from './demoCases.ts';
import { demoOrganisationSeed } from './demoOrganisationSeed.ts';

/** Seeds the demo organisation, accounts and cases into an empty database. */
export async function seedDemo(deps: {
  db: AppDatabase;
  users: UserDirectory;
  units: UnitDirectory;
  cases: CaseDirectory;
  store: DocumentStore;
  log: Logger;
}): Promise<void> {
  await demoOrganisationSeed(deps.units, deps.users);
  for (const demo of demoCases) {
    deps.cases.create(demo.entry, new Date(demo.registration.registeredAt));
    await deps.store.append(
      roomName({ caseId: demo.entry.caseId, kind: 'file' }),
      caseFileUpdate(demo.registration),
    );
  }
  deps.log.info('seed.demo', { cases: demoCases.length });
}

function caseFileUpdate(registration: Registration): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  createCaseFile(doc, registration);
  return Y.encodeStateAsUpdate(doc);
}
