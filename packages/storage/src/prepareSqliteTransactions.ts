import type Database from 'better-sqlite3';
import { checkThroughSeq } from './checkThroughSeq.ts';
import type { DocumentMeta, StoredDocument } from './documentStore.ts';
import type { NormalizedListOptions } from './normalizeListOptions.ts';
import { PackedUpdates } from './packedUpdates.ts';
import type { PendingDocument } from './pendingAppends.ts';
import { prefixUpperBound } from './prefixUpperBound.ts';
import { prepareSqliteStatements, type SqliteUpdateRow } from './prepareSqliteStatements.ts';
import { unpackRowUpdates } from './rowUpdates.ts';

/** The synchronous operations of the SQLite store, each one transaction. */
export interface SqliteTransactions {
  /** Writes drained appends, one row per document, in one write transaction. */
  writeDrain(documents: PendingDocument[]): void;
  /** Sequence number of the newest update in the database; 0 for an unknown document. */
  lastSeq(name: string): number;
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

// The updates of a row, each with its own sequence number.
function* rowEntries(row: SqliteUpdateRow): Generator<[number, Uint8Array]> {
  const first = row.seq - row.count + 1;
  for (const [index, update] of unpackRowUpdates(view(row.data), row.count).entries()) {
    yield [first + index, update];
  }
}

/**
 * Prepares the statements and transactions of the SQLite document store on `db`. Writes take
 * the write lock up front (`BEGIN IMMEDIATE`) so they never fail midway on a lock upgrade.
 */
export function prepareSqliteTransactions(db: Database.Database): SqliteTransactions {
  const sql = prepareSqliteStatements(db);
  const iso = (at: number): string => new Date(at).toISOString();

  const writeDrain = db.transaction((documents: PendingDocument[]) => {
    for (const document of documents) {
      const { name, lastSeq, updates } = document;
      sql.insertRow.run(name, lastSeq, updates.count, updates.rowData());
      sql.upsertAfterDrain.run({
        name,
        lastSeq,
        count: updates.count,
        bytes: updates.bytes,
        createdAt: iso(document.firstAt),
        updatedAt: iso(document.lastAt),
      });
    }
  });

  const compact = db.transaction((name: string, snapshot: Uint8Array, throughSeq: number) => {
    const meta = sql.selectMeta.get(name);
    if (!meta || throughSeq <= meta.snapshotSeq) return;
    checkThroughSeq(throughSeq, meta.lastSeq);
    let { count, bytes } = sql.measureHead.get(name, throughSeq) ?? { count: 0, bytes: 0 };
    sql.deleteHead.run(name, throughSeq);
    // A row holding updates on both sides of the snapshot keeps only those after it.
    const straddling = sql.selectStraddling.get(name, throughSeq, throughSeq);
    if (straddling) {
      const kept = new PackedUpdates();
      for (const [seq, update] of rowEntries(straddling)) {
        if (seq > throughSeq) {
          kept.push(update);
        } else {
          count += 1;
          bytes += update.byteLength;
        }
      }
      sql.deleteRow.run(name, straddling.seq);
      sql.insertRow.run(name, straddling.seq, kept.count, kept.rowData());
    }
    sql.writeSnapshot.run({ name, snapshot });
    sql.updateSnapshot.run({
      name,
      snapshot,
      throughSeq,
      removedCount: count,
      removedBytes: bytes,
    });
  });

  // A read transaction, so nothing can compact between the two reads.
  const load = db.transaction((name: string): StoredDocument | null => {
    const meta = sql.selectMeta.get(name);
    if (!meta) return null;
    const { snapshotSeq, lastSeq } = meta;
    const snapshot = sql.selectSnapshot.get(name);
    const updates: Uint8Array[] = [];
    for (const row of sql.selectTail.all(name, snapshotSeq)) {
      for (const [seq, update] of rowEntries(row)) if (seq > snapshotSeq) updates.push(update);
    }
    return { snapshot: snapshot ? view(snapshot) : null, updates, snapshotSeq, lastSeq };
  });

  const remove = db.transaction((name: string) => {
    sql.deleteUpdates.run(name);
    sql.deleteSnapshot.run(name);
    sql.deleteDocument.run(name);
  });

  return {
    writeDrain: (documents) => writeDrain.immediate(documents),
    lastSeq: (name) => sql.selectLastSeq.get(name) ?? 0,
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
