import type Database from 'better-sqlite3';
import type { SqliteCounters } from './prepareSqliteStatements.ts';

/** Per-document counters as this connection last committed them. */
export interface SqliteCounterCache {
  /** Call inside each write transaction, first: forgets everything if another connection wrote. */
  revalidate(): void;
  /** The counters of `name`, read from the file on a miss. The caller must not mutate them. */
  get(name: string): SqliteCounters;
  /** Records counters this connection has just committed. */
  set(name: string, counters: SqliteCounters): void;
  /** Forgets one document (deleted, or changed by a statement that does not know its counters). */
  forget(name: string): void;
  /** Forgets everything (a write transaction failed and rolled back). */
  clear(): void;
}

const none: SqliteCounters = { lastSeq: 0, tailCount: 0, tailBytes: 0 };
// Documents come and go (rooms unload); past this many the cache starts again rather than grow.
const maxEntries = 50_000;

/**
 * Caches the counters an append batch advances, so a batch does not read them back per document.
 * The file may be shared with other processes: `PRAGMA data_version` changes exactly when another
 * connection has committed, and then the whole cache is dropped.
 */
export function createSqliteCounterCache(
  db: Database.Database,
  selectCounters: Database.Statement<[string], SqliteCounters>,
): SqliteCounterCache {
  const known = new Map<string, SqliteCounters>();
  const readDataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let dataVersion: number | undefined;
  return {
    revalidate() {
      const current = readDataVersion.get();
      if (current !== dataVersion) known.clear();
      dataVersion = current;
    },
    get(name) {
      let counters = known.get(name);
      if (!counters) {
        counters = selectCounters.get(name) ?? none;
        if (known.size >= maxEntries) known.clear();
        known.set(name, counters);
      }
      return counters;
    },
    set: (name, counters) => known.set(name, counters),
    forget: (name) => known.delete(name),
    clear: () => known.clear(),
  };
}
