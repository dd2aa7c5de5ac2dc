import Database from 'better-sqlite3';
import { StorageError } from './storageError.ts';

/** Schema version this code writes, kept in `PRAGMA user_version`. */
export const sqliteSchemaVersion = 3;

// Version 1 kept the snapshot as the last column of `documents`.
const fromVersion1 = `
CREATE TABLE snapshots (
  name TEXT PRIMARY KEY NOT NULL,
  data BLOB NOT NULL
) STRICT;
INSERT INTO snapshots (name, data) SELECT name, snapshot FROM documents WHERE snapshot IS NOT NULL;
ALTER TABLE documents DROP COLUMN snapshot;
`;

// Version 2 held one update per row of `updates`.
const fromVersion2 = 'ALTER TABLE updates ADD COLUMN count INTEGER NOT NULL DEFAULT 1;';

// Snapshots live in their own table: SQLite rewrites a whole row on UPDATE, so a snapshot kept
// beside the counters was rewritten by every append (5x slower appends at a 2 MB snapshot).
const schema = `
CREATE TABLE documents (
  name TEXT PRIMARY KEY NOT NULL,
  snapshot_seq INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  tail_count INTEGER NOT NULL,
  tail_bytes INTEGER NOT NULL,
  snapshot_bytes INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE snapshots (
  name TEXT PRIMARY KEY NOT NULL,
  data BLOB NOT NULL
) STRICT;
CREATE TABLE updates (
  name TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  count INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (name, seq)
) STRICT, WITHOUT ROWID;
`;

/**
 * Opens (creating if needed) a SQLite file for the document store: WAL journal, the given
 * `synchronous` level, schema created on first use. Throws `StorageError('SCHEMA_VERSION')` for
 * a file written by a newer schema.
 */
export function openSqliteDatabase(
  path: string,
  synchronous: 'NORMAL' | 'FULL',
): Database.Database {
  const db = new Database(path);
  try {
    // WAL: readers never block the writer and a commit is one sequential write to the log.
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous}`);
    // Read and create in one write transaction so two processes opening a new file do not race.
    const version = db
      .transaction(() => {
        const found = db.pragma('user_version', { simple: true });
        if (found === 1 || found === 2) {
          if (found === 1) db.exec(fromVersion1);
          db.exec(fromVersion2);
          db.pragma(`user_version = ${sqliteSchemaVersion}`);
          return sqliteSchemaVersion;
        }
        if (found !== 0) return found;
        db.exec(schema);
        db.pragma(`user_version = ${sqliteSchemaVersion}`);
        return sqliteSchemaVersion;
      })
      .immediate();
    if (version !== sqliteSchemaVersion) {
      throw new StorageError(
        'SCHEMA_VERSION',
        `${path} has schema version ${String(version)}; this code knows ${sqliteSchemaVersion}`,
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
