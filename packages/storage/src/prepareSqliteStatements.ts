import type Database from 'better-sqlite3';
import type { DocumentMeta } from './documentStore.ts';

/** Counters of a document that an append batch advances. */
export interface SqliteCounters {
  lastSeq: number;
  tailCount: number;
  tailBytes: number;
}

/** Row written after an append batch, one per document the batch touched. */
export interface SqliteAppendRow extends SqliteCounters {
  name: string;
  at: string;
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
  selectCounters: Database.Statement<[string], SqliteCounters>;
  insertUpdate: Database.Statement<[string, number, Uint8Array]>;
  upsertAfterAppend: Database.Statement<[SqliteAppendRow]>;
  selectMeta: Database.Statement<[string], DocumentMeta>;
  selectSnapshot: Database.Statement<[string], Buffer | null>;
  selectTail: Database.Statement<[string, number], Buffer>;
  measureHead: Database.Statement<[string, number], { count: number; bytes: number }>;
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
    selectCounters: db.prepare<[string], SqliteCounters>(
      'SELECT last_seq AS lastSeq, tail_count AS tailCount, tail_bytes AS tailBytes FROM documents WHERE name = ?',
    ),
    insertUpdate: db.prepare<[string, number, Uint8Array]>(
      'INSERT INTO updates (name, seq, data) VALUES (?, ?, ?)',
    ),
    upsertAfterAppend: db.prepare<[SqliteAppendRow]>(
      `INSERT INTO documents (name, snapshot_seq, last_seq, tail_count, tail_bytes, snapshot_bytes, created_at, updated_at)
       VALUES (@name, 0, @lastSeq, @tailCount, @tailBytes, 0, @at, @at)
       ON CONFLICT (name) DO UPDATE SET last_seq = excluded.last_seq, tail_count = excluded.tail_count,
         tail_bytes = excluded.tail_bytes, updated_at = excluded.updated_at`,
    ),
    selectMeta: db.prepare<[string], DocumentMeta>(
      `SELECT ${metaColumns} FROM documents WHERE name = ?`,
    ),
    selectSnapshot: db
      .prepare<[string], Buffer | null>('SELECT data FROM snapshots WHERE name = ?')
      .pluck(),
    selectTail: db
      .prepare<[string, number], Buffer>(
        'SELECT data FROM updates WHERE name = ? AND seq > ? ORDER BY seq',
      )
      .pluck(),
    measureHead: db.prepare<[string, number], { count: number; bytes: number }>(
      'SELECT count(*) AS count, coalesce(sum(length(data)), 0) AS bytes FROM updates WHERE name = ? AND seq <= ?',
    ),
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
