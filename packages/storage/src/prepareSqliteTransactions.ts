import type Database from 'better-sqlite3';
import { checkThroughSeq } from './checkThroughSeq.ts';
import { createSqliteCounterCache } from './createSqliteCounterCache.ts';
import type { DocumentMeta, StoredDocument } from './documentStore.ts';
import type { NormalizedListOptions } from './normalizeListOptions.ts';
import { prefixUpperBound } from './prefixUpperBound.ts';
import type { SqliteCounters } from './prepareSqliteStatements.ts';
import { prepareSqliteStatements } from './prepareSqliteStatements.ts';

/** One queued append: a validated name and a private copy of the update. */
export interface SqliteAppend {
  name: string;
  data: Uint8Array;
}

/** The synchronous operations of the SQLite store, each one transaction. */
export interface SqliteTransactions {
  /** Writes a batch of appends in one write transaction; returns their seqs in batch order. */
  writeAppends(batch: SqliteAppend[]): number[];
  /** Snapshot and tail of a document, read in one transaction. */
  load(name: string): StoredDocument | null;
  /** Replaces updates through `throughSeq` by `snapshot`, unless stale or unknown. */
  compact(name: string, snapshot: Uint8Array, throughSeq: number): void;
  /** Names in byte order within the normalized list options. */
  list(options: NormalizedListOptions): string[];
  /** Deletes the document row and all its updates. */
  delete(name: string): void;
  /** Bookkeeping of the document (no snapshot bytes read), or null. */
  meta(name: string): DocumentMeta | null;
}

// better-sqlite3 returns Buffers; callers get plain Uint8Array views of the same memory.
const view = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/**
 * Prepares the statements and transactions of the SQLite document store on `db`; `now` stamps
 * appends. Writes take the write lock up front (`BEGIN IMMEDIATE`) so they never fail midway on
 * a lock upgrade when another process shares the file.
 */
export function prepareSqliteTransactions(
  db: Database.Database,
  now: () => Date,
): SqliteTransactions {
  const sql = prepareSqliteStatements(db);
  const counters = createSqliteCounterCache(db, sql.selectCounters);

  const appendBatch = db.transaction((batch: SqliteAppend[]) => {
    counters.revalidate();
    const touched = new Map<string, SqliteCounters>();
    const seqs = batch.map(({ name, data }) => {
      const before = touched.get(name) ?? counters.get(name);
      const after = {
        lastSeq: before.lastSeq + 1,
        tailCount: before.tailCount + 1,
        tailBytes: before.tailBytes + data.byteLength,
      };
      touched.set(name, after);
      sql.insertUpdate.run(name, after.lastSeq, data);
      return after.lastSeq;
    });
    const at = now().toISOString();
    for (const [name, after] of touched) sql.upsertAfterAppend.run({ name, at, ...after });
    return { seqs, touched };
  });

  // The cache only learns counters once their transaction has committed.
  const writeAppends = (batch: SqliteAppend[]): number[] => {
    try {
      const { seqs, touched } = appendBatch.immediate(batch);
      for (const [name, after] of touched) counters.set(name, after);
      return seqs;
    } catch (error) {
      counters.clear();
      throw error;
    }
  };

  const compact = db.transaction((name: string, snapshot: Uint8Array, throughSeq: number) => {
    const meta = sql.selectMeta.get(name);
    if (!meta || throughSeq <= meta.snapshotSeq) return;
    checkThroughSeq(throughSeq, meta.lastSeq);
    const { count, bytes } = sql.measureHead.get(name, throughSeq) ?? { count: 0, bytes: 0 };
    sql.deleteHead.run(name, throughSeq);
    sql.writeSnapshot.run({ name, snapshot });
    sql.updateSnapshot.run({
      name,
      snapshot,
      throughSeq,
      removedCount: count,
      removedBytes: bytes,
    });
  });

  // A read transaction, so another process cannot compact between the two reads.
  const load = db.transaction((name: string): StoredDocument | null => {
    const meta = sql.selectMeta.get(name);
    if (!meta) return null;
    const snapshot = sql.selectSnapshot.get(name);
    const updates = sql.selectTail.all(name, meta.snapshotSeq).map(view);
    const { snapshotSeq, lastSeq } = meta;
    return { snapshot: snapshot ? view(snapshot) : null, updates, snapshotSeq, lastSeq };
  });

  const remove = db.transaction((name: string) => {
    sql.deleteUpdates.run(name);
    sql.deleteSnapshot.run(name);
    sql.deleteDocument.run(name);
  });

  return {
    writeAppends,
    load: (name) => load(name),
    compact: (name, snapshot, throughSeq) => {
      // Compaction moves the tail counters in SQL; the next append reads them back.
      counters.forget(name);
      compact.immediate(name, snapshot, throughSeq);
    },
    list: ({ prefix, after, limit }) => {
      const range = { prefix, after, limit: limit === Number.POSITIVE_INFINITY ? -1 : limit };
      const upper = prefixUpperBound(prefix);
      return upper === null ? sql.listOpen.all(range) : sql.listBounded.all({ ...range, upper });
    },
    delete: (name) => {
      counters.forget(name);
      remove.immediate(name);
    },
    meta: (name) => sql.selectMeta.get(name) ?? null,
  };
}
