// The page side of the persistence bench: bundled by `bundlePersistenceHarness.ts` (Vite, the
// client's own resolution) with the client's real persistence module and its IndexedDB database.
// Plain JavaScript: it imports client sources, which the test project does not type-check.
import * as Y from 'yjs';
import { createPouchPersistence } from '../../../client/src/offline/createPouchPersistence.ts';
import { openLocalDatabase } from '../../../client/src/offline/openLocalDatabase.ts';
import { readLog } from '../../../client/src/offline/updateLog.ts';
import { runPersistenceWorkload } from './persistenceWorkload.ts';

window.runPersistenceBench = async (updates) => {
  const databases = [];
  const figures = await runPersistenceWorkload(
    {
      Y,
      createPersistence: createPouchPersistence,
      logLength: async (db, name) => (await readLog(db, name)).length,
      openDatabase: () => {
        const db = openLocalDatabase(`bench-${Math.random().toString(36).slice(2)}`);
        databases.push(db);
        return db;
      },
      now: () => performance.now(),
    },
    updates,
  );
  const adapter = databases[0]?.adapter;
  await Promise.all(databases.map((db) => db.destroy()));
  return { ...figures, adapter, webLocks: Boolean(navigator.locks) };
};
