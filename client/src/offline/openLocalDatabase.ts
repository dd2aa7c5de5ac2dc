import indexedDbAdapter from 'pouchdb-adapter-indexeddb';
import PouchDB from 'pouchdb-core';
import type { LocalDatabase } from './localDatabase.ts';

PouchDB.plugin(indexedDbAdapter);

const open = new Map<string, LocalDatabase>();

/**
 * The user's local database in IndexedDB: Yjs update logs, the case cache. One per user, so
 * that people sharing a device never see each other's offline copies in the app.
 */
export function openLocalDatabase(userId: string): LocalDatabase {
  const name = `lianban-${userId}`;
  let database = open.get(name);
  if (!database) {
    database = new PouchDB(name, { adapter: 'indexeddb', auto_compaction: true });
    open.set(name, database);
  }
  return database;
}
