import type Database from 'better-sqlite3';
import type { DocumentMeta } from './documentStore.ts';
import { rowFramingBytes } from './rowUpdates.ts';

/** Row written by a drain, one per document it holds appends of. */
export interface SqliteDrainRow {
  name: string;
  lastSeq: number;
  count: number;
  bytes: number;
  createdAt: string;
  updatedAt: string;
}

/** A row of `updates`: the updates through `seq`, `count` of them (see `rowUpdates.ts`). */
export interface SqliteUpdateRow {
  seq: number;
  count: number;
  data: Buffer;
}

/** Row written by a compaction. */
export interface SqliteSnapshotRow {
  name: string;
  snapshot: Uint8Array;
  throughSeq: number;
  removedCount: number;
  removedBytes: number;
}

/** Bounds of a `list` query; `upper` is omitted by the statement that has no upper bound. */
export interface SqliteListRange {
  prefix: string;
  after: string;
  upper?: string;
  limit: number;
}

const metaColumns = `name, created_at AS createdAt, updated_at AS updatedAt,
  snapshot_seq AS snapshotSeq, last_seq AS lastSeq, tail_count AS tailCount,
  tail_bytes AS tailBytes, snapshot_bytes AS snapshotBytes`;

/** The prepared statements of one connection; `pluck` ones return their single column. */
export interface SqliteStatements {
  selectLastSeq: Database.Statement<[string], number>;
  insertRow: Database.Statement<[string, number, number, Uint8Array]>;
  upsertAfterDrain: Database.Statement<[SqliteDrainRow]>;
  selectMeta: Database.Statement<[string], DocumentMeta>;
  selectSnapshot: Database.Statement<[string], Buffer | null>;
  selectTail: Database.Statement<[string, number], SqliteUpdateRow>;
  selectStraddling: Database.Statement<[string, number, number], SqliteUpdateRow>;
  measureHead: Database.Statement<[string, number], { count: number; bytes: number }>;
  deleteRow: Database.Statement<[string, number]>;
  deleteHead: Database.Statement<[string, number]>;
  updateSnapshot: Database.Statement<[SqliteSnapshotRow]>;
  writeSnapshot: Database.Statement<[{ name: string; snapshot: Uint8Array }]>;
  deleteSnapshot: Database.Statement<[string]>;
  deleteUpdates: Database.Statement<[string]>;
  deleteDocument: Database.Statement<[string]>;
  listBounded: Database.Statement<[Required<SqliteListRange>], string>;
  listOpen: Database.Statement<[SqliteListRange], string>;
}

/** Prepares, once per connection, every statement the SQLite document store runs. */
export function prepareSqliteStatements(db: Database.Database): SqliteStatements {
  return {
    selectLastSeq: db
      .prepare<[string], number>('SELECT last_seq FROM documents WHERE name = ?')
      .pluck(),
    insertRow: db.prepare<[string, number, number, Uint8Array]>(
      'INSERT INTO updates (name, seq, count, data) VALUES (?, ?, ?, ?)',
    ),
    upsertAfterDrain: db.prepare<[SqliteDrainRow]>(
      `INSERT INTO documents (name, snapshot_seq, last_seq, tail_count, tail_bytes, snapshot_bytes, created_at, updated_at)
       VALUES (@name, 0, @lastSeq, @count, @bytes, 0, @createdAt, @updatedAt)
       ON CONFLICT (name) DO UPDATE SET last_seq = excluded.last_seq,
         tail_count = tail_count + excluded.tail_count, tail_bytes = tail_bytes + excluded.tail_bytes,
         updated_at = excluded.updated_at`,
    ),
    selectMeta: db.prepare<[string], DocumentMeta>(
      `SELECT ${metaColumns} FROM documents WHERE name = ?`,
    ),
    selectSnapshot: db
      .prepare<[string], Buffer | null>('SELECT data FROM snapshots WHERE name = ?')
      .pluck(),
    selectTail: db.prepare<[string, number], SqliteUpdateRow>(
      'SELECT seq, count, data FROM updates WHERE name = ? AND seq > ? ORDER BY seq',
    ),
    selectStraddling: db.prepare<[string, number, number], SqliteUpdateRow>(
      'SELECT seq, count, data FROM updates WHERE name = ? AND seq > ? AND seq - count < ?',
    ),
    measureHead: db.prepare<[string, number], { count: number; bytes: number }>(
      `SELECT coalesce(sum(count), 0) AS count,
         coalesce(sum(length(data) - CASE WHEN count > 1 THEN ${rowFramingBytes} * count ELSE 0 END), 0) AS bytes
       FROM updates WHERE name = ? AND seq <= ?`,
    ),
    deleteRow: db.prepare<[string, number]>('DELETE FROM updates WHERE name = ? AND seq = ?'),
    deleteHead: db.prepare<[string, number]>('DELETE FROM updates WHERE name = ? AND seq <= ?'),
    writeSnapshot: db.prepare<[{ name: string; snapshot: Uint8Array }]>(
      'INSERT INTO snapshots (name, data) VALUES (@name, @snapshot) ON CONFLICT (name) DO UPDATE SET data = excluded.data',
    ),
    deleteSnapshot: db.prepare<[string]>('DELETE FROM snapshots WHERE name = ?'),
    updateSnapshot: db.prepare<[SqliteSnapshotRow]>(
      `UPDATE documents SET snapshot_seq = @throughSeq,
         snapshot_bytes = length(@snapshot), tail_count = tail_count - @removedCount,
         tail_bytes = tail_bytes - @removedBytes
       WHERE name = @name`,
    ),
    deleteUpdates: db.prepare<[string]>('DELETE FROM updates WHERE name = ?'),
    deleteDocument: db.prepare<[string]>('DELETE FROM documents WHERE name = ?'),
    listBounded: db
      .prepare<[Required<SqliteListRange>], string>(
        'SELECT name FROM documents WHERE name >= @prefix AND name > @after AND name < @upper ORDER BY name LIMIT @limit',
      )
      .pluck(),
    listOpen: db
      .prepare<[SqliteListRange], string>(
        'SELECT name FROM documents WHERE name >= @prefix AND name > @after ORDER BY name LIMIT @limit',
      )
      .pluck(),
  };
}
