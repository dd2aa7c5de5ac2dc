import { checkName } from './checkName.ts';
import { checkThroughSeq } from './checkThroughSeq.ts';
import { copyBytes } from './copyBytes.ts';
import { createGroupCommit } from './createGroupCommit.ts';
import type { DocumentStore } from './documentStore.ts';
import { normalizeListOptions } from './normalizeListOptions.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';
import type { SqliteAppend } from './prepareSqliteTransactions.ts';
import { prepareSqliteTransactions } from './prepareSqliteTransactions.ts';
import { startWalCheckpointer, type WalCheckpointer } from './startWalCheckpointer.ts';
import { StorageError } from './storageError.ts';

// About 32 MB of 4 KB pages: under steady writes the WAL starts over about every 10 s (bench A).
const walHoldAfterFrames = 8_000;

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** Database file, created if missing (its directory must exist); `':memory:'` for tests. */
  path: string;
  /**
   * SQLite `synchronous` level; the journal is always WAL. Default `'NORMAL'`: a commit is
   * written to the WAL file before its appends resolve, so it survives a crash or `kill -9` of
   * the process (the OS holds the pages), but the last commits can be lost if the machine
   * loses power or the OS crashes. `'FULL'` also fsyncs the WAL on every commit and survives
   * power loss, at the cost of one fsync per group commit.
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
  /** Called after each group commit with the number of appends it wrote (metrics). Default: none. */
  onCommit?: (appends: number) => void;
}

/**
 * A {@link DocumentStore} in one SQLite file (better-sqlite3, WAL). Appends issued in the same
 * turn of the event loop are written in one transaction (group commit) and resolve together
 * after it commits; every other call first writes the appends issued before it, so calls take
 * effect in call order. Loading a document is one range scan of the `(name, seq)` primary key.
 * Throws `StorageError` (`INVALID_OPTION`, `SCHEMA_VERSION`) or better-sqlite3's error when the
 * file cannot be opened.
 */
export function createSqliteStore(options: SqliteStoreOptions): DocumentStore {
  const {
    path,
    synchronous = 'NORMAL',
    now = () => new Date(),
    onCommit,
    commitDelayMs = 0,
    checkpointIntervalMs = 200,
  } = options;
  if (synchronous !== 'NORMAL' && synchronous !== 'FULL') {
    const message = `synchronous must be 'NORMAL' or 'FULL', got ${String(synchronous)}`;
    throw new StorageError('INVALID_OPTION', message);
  }
  if (!(checkpointIntervalMs >= 0)) {
    const message = `checkpointIntervalMs must be 0 or more, got ${String(checkpointIntervalMs)}`;
    throw new StorageError('INVALID_OPTION', message);
  }
  const db = openSqliteDatabase(path, synchronous);
  const transactions = prepareSqliteTransactions(db, now);
  const appends = createGroupCommit(
    (batch: SqliteAppend[]) => {
      const seqs = transactions.writeAppends(batch);
      // A microtask, so a throwing observer cannot reject appends that are already committed.
      if (onCommit) queueMicrotask(() => onCommit(batch.length));
      return seqs;
    },
    { delayMs: commitDelayMs },
  );

  const checkpointer: WalCheckpointer | null =
    checkpointIntervalMs > 0 && path !== ':memory:'
      ? startWalCheckpointer(db, appends, {
          path,
          synchronous,
          intervalMs: checkpointIntervalMs,
          holdAfterFrames: walHoldAfterFrames,
        })
      : null;

  let closed = false;
  const checkOpen = (): void => {
    if (closed) throw new StorageError('CLOSED', `the SQLite store ${path} is closed`);
  };
  const run = async <T>(operation: () => T): Promise<T> => {
    checkOpen();
    appends.flush();
    return operation();
  };

  return {
    append: async (name, update) => {
      checkOpen();
      checkName(name);
      return appends.enqueue({ name, data: copyBytes(update, 'update') });
    },
    load: (name) =>
      run(() => {
        checkName(name);
        return transactions.load(name);
      }),
    compact: (name, snapshot, throughSeq) =>
      run(() => {
        checkName(name);
        const data = copyBytes(snapshot, 'snapshot');
        checkThroughSeq(throughSeq, Number.POSITIVE_INFINITY);
        transactions.compact(name, data, throughSeq);
      }),
    list: (listOptions) => run(() => transactions.list(normalizeListOptions(listOptions))),
    delete: (name) =>
      run(() => {
        checkName(name);
        transactions.delete(name);
      }),
    meta: (name) =>
      run(() => {
        checkName(name);
        return transactions.meta(name);
      }),
    close: async () => {
      if (closed) return;
      appends.flush();
      closed = true;
      await checkpointer?.stop();
      db.close();
    },
  };
}
