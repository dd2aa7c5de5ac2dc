import { acquireWriterLock } from './acquireWriterLock.ts';
import { type AppendJournal, openAppendJournal } from './appendJournal.ts';
import { checkName } from './checkName.ts';
import { checkThroughSeq } from './checkThroughSeq.ts';
import { copyBytes } from './copyBytes.ts';
import { createDrainSchedule } from './createDrainSchedule.ts';
import { createGroupCommit } from './createGroupCommit.ts';
import { createJournalDrain } from './createJournalDrain.ts';
import type { DocumentStore } from './documentStore.ts';
import { encodeJournalBatch, type JournalRecord } from './journalCodec.ts';
import { normalizeListOptions } from './normalizeListOptions.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';
import { prepareSqliteTransactions } from './prepareSqliteTransactions.ts';
import { startWalCheckpointer, type WalCheckpointer } from './startWalCheckpointer.ts';
import { StorageError } from './storageError.ts';

// About 32 MB of 4 KB pages: under steady writes the WAL starts over about every 10 s (bench A).
const walHoldAfterFrames = 8_000;
// Past this many bytes waiting in the journal, the drain does not wait for its interval.
const maxPendingBytes = 4 * 1024 * 1024;
// Sequence numbers remembered per document; past this many, forgotten once all is drained.
const maxKnownDocuments = 50_000;
// Documents per drain transaction: a step takes well under a millisecond.
const documentsPerDrainStep = 16;

interface QueuedAppend {
  name: string;
  data: Uint8Array;
}

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** Database file, created if missing (its directory must exist); `':memory:'` for tests. */
  path: string;
  /**
   * Durability level. Default `'NORMAL'`: an append resolves once its batch is written to the
   * append journal, so it survives a crash or `kill -9` of the process (the OS holds the bytes),
   * but the last appends can be lost if the machine loses power or the OS crashes. `'FULL'` also
   * fsyncs the journal on every group commit (and SQLite its WAL on every drain) and survives
   * power loss. It is also SQLite's `synchronous` level; SQLite's journal is always WAL.
   */
  synchronous?: 'NORMAL' | 'FULL';
  /**
   * Milliseconds an append may wait for others to share its commit. Default 0: appends issued in
   * the same turn of the event loop share one commit. A millisecond or two cuts commits (and
   * CPU) several-fold under heavy write load, at that much added latency.
   */
  commitDelayMs?: number;
  /**
   * Milliseconds between WAL checkpoints, run by a worker thread with its own connection so a
   * commit never blocks on one. Default 200. 0: SQLite's auto-checkpoint, inside the commit that
   * passes 1,000 pages, on the caller's thread. Ignored for `':memory:'`.
   */
  checkpointIntervalMs?: number;
  /** Clock for `createdAt`/`updatedAt`. Default: the real clock, `() => new Date()`. */
  now?: () => Date;
  /**
   * Milliseconds appends may wait in the append journal before they are drained into the
   * database, one row per document. Default 30,000 (or sooner past 4 MB). An operation on one
   * document (load, compact, meta) drains that document first; list and delete drain everything.
   */
  drainIntervalMs?: number;
  /** Called after each group commit with the number of appends it wrote (metrics). Default: none. */
  onCommit?: (appends: number) => void;
  /**
   * Called if the checkpoint worker fails (its file missing beside a bundle, its connection
   * refused); checkpoints then run inside commits again, as SQLite's own. Default: none.
   */
  onCheckpointerFailure?: (error: unknown) => void;
}

/**
 * A {@link DocumentStore} in one SQLite file (better-sqlite3, WAL), with an append journal in
 * front. Appends issued in the same turn of the event loop are numbered, written to the journal
 * file (`<path>.appends`) with one write and resolve together (group commit); within
 * `drainIntervalMs` they are moved into the database, one row per document, 16 documents per
 * transaction with a turn of the event loop between transactions (`createJournalDrain`).
 * A row is costly (b-tree pages, WAL frames); a journal write is one system call. An operation
 * on one document drains that document first, list and delete drain everything, so calls take
 * effect in call order and reads see every append. A journal left by a crash is replayed
 * when the file is opened. One store writes a file at a time (`<path>.lock`).
 * Throws `StorageError` (`INVALID_OPTION`, `SCHEMA_VERSION`, `LOCKED`) or better-sqlite3's error
 * when the file cannot be opened.
 */
export function createSqliteStore(options: SqliteStoreOptions): DocumentStore {
  const {
    path,
    synchronous = 'NORMAL',
    now = () => new Date(),
    onCommit,
    onCheckpointerFailure,
    commitDelayMs = 0,
    checkpointIntervalMs = 200,
    drainIntervalMs = 30_000,
  } = options;
  if (synchronous !== 'NORMAL' && synchronous !== 'FULL') {
    const message = `synchronous must be 'NORMAL' or 'FULL', got ${String(synchronous)}`;
    throw new StorageError('INVALID_OPTION', message);
  }
  for (const [option, value] of [
    ['checkpointIntervalMs', checkpointIntervalMs],
    ['drainIntervalMs', drainIntervalMs],
  ] as const) {
    if (!(value >= 0)) {
      throw new StorageError('INVALID_OPTION', `${option} must be 0 or more, got ${String(value)}`);
    }
  }
  const inMemory = path === ':memory:';
  const releaseLock = inMemory ? () => {} : acquireWriterLock(`${path}.lock`);
  let journal: AppendJournal | null = null;
  let db: ReturnType<typeof openSqliteDatabase>;
  try {
    db = openSqliteDatabase(path, synchronous);
    journal = inMemory ? null : openAppendJournal(`${path}.appends`, synchronous === 'FULL');
  } catch (error) {
    releaseLock();
    throw error;
  }
  const transactions = prepareSqliteTransactions(db);
  const lastSeqs = new Map<string, number>();
  const lastSeqOf = (name: string): number => lastSeqs.get(name) ?? transactions.lastSeq(name);
  const drain = createJournalDrain(journal, transactions.writeDrain, documentsPerDrainStep);

  // What a killed process left in the journal: the appends the database does not have yet.
  if (journal) {
    for (const batch of journal.leftover) {
      for (const { name, seq, data } of batch.records) {
        if (seq !== lastSeqOf(name) + 1) continue;
        lastSeqs.set(name, seq);
        drain.add(name, seq, data, batch.at);
      }
    }
    drain.all();
    // Replayed and drained: the journal's read buffers need not live as long as the store.
    journal.leftover.length = 0;
  }

  const drains = createDrainSchedule(drain, drainIntervalMs);
  const appends = createGroupCommit(
    (batch: QueuedAppend[]) => {
      // With nothing left to drain, the database knows every seq: the cache may start again.
      if (lastSeqs.size > maxKnownDocuments && drain.isEmpty) lastSeqs.clear();
      const at = now().getTime();
      const numbered = new Map<string, number>();
      const records: JournalRecord[] = new Array(batch.length);
      const seqs: number[] = new Array(batch.length);
      for (let index = 0; index < batch.length; index++) {
        const { name, data } = batch[index]!;
        const seq = (numbered.get(name) ?? lastSeqOf(name)) + 1;
        numbered.set(name, seq);
        records[index] = { name, seq, data };
        seqs[index] = seq;
      }
      journal?.write(encodeJournalBatch({ at, records }));
      for (const [name, seq] of numbered) lastSeqs.set(name, seq);
      for (const { name, seq, data } of records) drain.add(name, seq, data, at);
      drains.schedule(drain.waitingBytes >= maxPendingBytes);
      // A microtask, so a throwing observer cannot reject appends that are already stored.
      if (onCommit) queueMicrotask(() => onCommit(batch.length));
      return seqs;
    },
    { delayMs: commitDelayMs },
  );

  const checkpointer: WalCheckpointer | null =
    checkpointIntervalMs > 0 && !inMemory
      ? startWalCheckpointer(db, drains, {
          path,
          synchronous,
          intervalMs: checkpointIntervalMs,
          holdAfterFrames: walHoldAfterFrames,
          ...(onCheckpointerFailure ? { onFailure: onCheckpointerFailure } : {}),
        })
      : null;

  let closed = false;
  const checkOpen = (): void => {
    if (closed) throw new StorageError('CLOSED', `the SQLite store ${path} is closed`);
  };
  const run = async <T>(operation: () => T): Promise<T> => {
    checkOpen();
    appends.flush();
    drains.flush();
    return operation();
  };
  // An operation on one document drains that document's appends only: a load under heavy writes
  // neither waits for every other document's nor holds the event loop over them.
  const runOn = async <T>(name: string, operation: () => T): Promise<T> => {
    checkOpen();
    checkName(name);
    appends.flush();
    drain.document(name);
    return operation();
  };

  return {
    // Not an async function: one that returns the commit's promise resolves its own promise with
    // it, which costs every update two more microtasks and their allocations.
    append: (name, update) => {
      try {
        checkOpen();
        checkName(name);
        return appends.enqueue({ name, data: copyBytes(update, 'update') });
      } catch (error) {
        return Promise.reject(error);
      }
    },
    load: (name) => runOn(name, () => transactions.load(name)),
    compact: (name, snapshot, throughSeq) =>
      runOn(name, () => {
        const data = copyBytes(snapshot, 'snapshot');
        checkThroughSeq(throughSeq, Number.POSITIVE_INFINITY);
        transactions.compact(name, data, throughSeq);
      }),
    list: (listOptions) => run(() => transactions.list(normalizeListOptions(listOptions))),
    delete: (name) =>
      run(() => {
        checkName(name);
        transactions.delete(name);
        lastSeqs.delete(name);
      }),
    meta: (name) => runOn(name, () => transactions.meta(name)),
    close: async () => {
      if (closed) return;
      appends.flush();
      drains.flush();
      drains.stop();
      closed = true;
      await checkpointer?.stop();
      journal?.close();
      db.close();
      releaseLock();
    },
  };
}
