import type * as Y from 'yjs';
import type { CompactionTimingOptions } from './compactionTiming.ts';
import type { LocalDatabase } from './localDatabase.ts';

/** A point in the local history: the last log key and how many local changes were made by then. */
export interface Checkpoint {
  readonly key: string;
  readonly count: number;
}

/** Options of {@link createPouchPersistence}. */
export interface PouchPersistenceOptions {
  readonly db: LocalDatabase;
  /** The document (room) name, e.g. `case/demo-0001/file`. */
  readonly name: string;
  readonly doc: Y.Doc;
  /** Whether an update origin is a local edit (default: everything not from this persistence). */
  readonly isLocal?: (origin: unknown) => boolean;
  /**
   * Buffer writes this long (ms) so a burst of keystrokes is one write. Default 0: every update is
   * written at once, since anything still buffered when the page goes away is lost offline.
   */
  readonly flushDelayMs?: number;
  /**
   * Local edits count as one change (what the status's "N waiting" counts) until a pause of this
   * long (ms) or a confirmation checkpoint. Default 2000: a typed sentence is one change, not one
   * per keystroke.
   */
  readonly changeGapMs?: number;
  /** Compact once the log holds this many entries. Default 300. */
  readonly compactAfter?: number;
  /**
   * When a due compaction runs. Default: after 1 s without updates, when the browser is idle
   * (at most 2 s later); updates put it off for at most a minute.
   */
  readonly compactWhen?: CompactionTimingOptions;
  readonly now?: () => number;
}

/** A Yjs document persisted to PouchDB as an append-only update log. */
export interface PouchPersistence {
  /** Resolves once every stored update has been applied to the document. */
  readonly whenLoaded: Promise<void>;
  /** Local changes the server has not confirmed yet (stored ones and this session's). */
  pending(): number;
  /**
   * Calls back whenever {@link pending} changes, for a local edit from the task that writes it
   * (not inside the edit); returns the unsubscribe function.
   */
  onPendingChange(listener: (pending: number) => void): () => void;
  /** Marks the current point, to {@link confirm} once the server covers it. */
  checkpoint(): Checkpoint;
  /** Records that the server stored everything up to a checkpoint. */
  confirm(checkpoint: Checkpoint): void;
  /** Writes buffered updates now. */
  flush(): Promise<void>;
  /** Compacts the log unless another tab is compacting it; resolves whether it ran. */
  compact(): Promise<boolean>;
  /** Flushes and stops listening to the document. */
  destroy(): Promise<void>;
}
