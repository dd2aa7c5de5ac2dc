import type Database from 'better-sqlite3';
import { checkThroughSeq } from './checkThroughSeq.ts';
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

  const writeAppends = db.transaction((batch: SqliteAppend[]): number[] => {
    const touched = new Map<string, SqliteCounters>();
    const seqs = batch.map(({ name, data }) => {
      let counters = touched.get(name);
      if (!counters) {
        counters = sql.selectCounters.get(name) ?? { lastSeq: 0, tailCount: 0, tailBytes: 0 };
        touched.set(name, counters);
      }
      counters.lastSeq += 1;
      counters.tailCount += 1;
      counters.tailBytes += data.byteLength;
      sql.insertUpdate.run(name, counters.lastSeq, data);
      return counters.lastSeq;
    });
    const at = now().toISOString();
    for (const [name, counters] of touched) sql.upsertAfterAppend.run({ name, at, ...counters });
    return seqs;
  });

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
    writeAppends: (batch) => writeAppends.immediate(batch),
    load: (name) => load(name),
    compact: (name, snapshot, throughSeq) => compact.immediate(name, snapshot, throughSeq),
    list: ({ prefix, after, limit }) => {
      const range = { prefix, after, limit: limit === Number.POSITIVE_INFINITY ? -1 : limit };
      const upper = prefixUpperBound(prefix);
      return upper === null ? sql.listOpen.all(range) : sql.listBounded.all({ ...range, upper });
    },
    delete: (name) => remove.immediate(name),
    meta: (name) => sql.selectMeta.get(name) ?? null,
  };
}
