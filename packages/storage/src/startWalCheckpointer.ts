import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** A running WAL checkpointer. */
export interface WalCheckpointer {
  /** Stops the worker and closes its connection; resolves once the thread has exited. */
  stop(): Promise<void>;
}

/** Options of {@link startWalCheckpointer}. */
export interface WalCheckpointerOptions {
  path: string;
  synchronous: 'NORMAL' | 'FULL';
  intervalMs: number;
  /** WAL length, in pages, past which the writes pause for one checkpoint so it starts over. */
  holdAfterFrames: number;
  /** Told when the worker fails (`db` then checkpoints on its own again). Default: none. */
  onFailure?: (error: unknown) => void;
}

/** The writes a checkpointer may pause for a moment. */
export interface PausableWrites {
  hold(): void;
  release(): void;
}

// SQLite's own auto-checkpoint threshold, in pages.
const sqliteDefaultAutoCheckpoint = 1000;
// The longest writes wait for a checkpoint to let the WAL start over (one takes a few ms).
const maxHoldMs = 1000;

/**
 * Moves WAL checkpoints off the writer's thread: SQLite's auto-checkpoint runs inside the commit
 * that crosses 1,000 pages and blocks the event loop for 10-70 ms. `db` stops checkpointing and
 * a worker thread checkpoints the same file through its own connection every `intervalMs`.
 * Under writes that never pause, the WAL could only grow: past `holdAfterFrames` the worker asks
 * for `writes` to be held (they queue; the event loop runs on) for one checkpoint. Should the
 * worker fail, `db` checkpoints on its own again.
 */
export function startWalCheckpointer(
  db: Database.Database,
  writes: PausableWrites,
  options: WalCheckpointerOptions,
): WalCheckpointer {
  db.pragma('wal_autocheckpoint = 0');
  const { onFailure: _onFailure, ...workerOptions } = options;
  const worker = new Worker(new URL('./walCheckpointWorker.mjs', import.meta.url), {
    workerData: workerOptions,
  });
  worker.unref();
  let stopping = false;
  let holdTimer: NodeJS.Timeout | undefined;
  const release = () => {
    clearTimeout(holdTimer);
    writes.release();
  };
  worker.on('message', (message) => {
    if (message === 'hold' && !stopping) {
      writes.hold();
      // Writes are never held for long, whatever happens to the worker's checkpoint.
      holdTimer = setTimeout(release, maxHoldMs);
      worker.postMessage('held');
    } else if (message === 'release') {
      release();
    }
  });
  // A failing worker exits after its 'error' event; listening keeps the error from crashing us.
  worker.on('error', (error) => options.onFailure?.(error));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  exited.then(() => {
    release();
    if (!stopping && db.open) db.pragma(`wal_autocheckpoint = ${sqliteDefaultAutoCheckpoint}`);
  });
  return {
    stop: async () => {
      stopping = true;
      // Referenced again, or the process could end while its close waits for the thread.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
