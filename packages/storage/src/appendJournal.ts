import {
  closeSync,
  existsSync,
  fdatasyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { decodeJournal, type JournalBatch } from './journalCodec.ts';

/** The append journal of a SQLite store: the durable step of every append, until it is drained. */
export interface AppendJournal {
  /** Batches a previous run wrote and did not drain, in order (whole batches only). */
  readonly leftover: JournalBatch[];
  /** Appends one encoded batch with one write; with `syncEachWrite`, also flushes it to disk. */
  write(encodedBatch: Uint8Array): void;
  /** Empties the journal, once everything in it is committed to the database. */
  reset(): void;
  /** Closes the file; with `remove`, deletes it (it must be empty or drained). */
  close(remove: boolean): void;
}

/**
 * Opens (creating if needed) the journal at `path` and reads what a previous run left in it.
 * A write returns once the OS holds the bytes, so it survives the process being killed; with
 * `syncEachWrite` it also survives power loss.
 */
export function openAppendJournal(path: string, syncEachWrite: boolean): AppendJournal {
  const leftover = existsSync(path) ? decodeJournal(readFileSync(path)).batches : [];
  const fd = openSync(path, 'a');
  return {
    leftover,
    write(encodedBatch) {
      let written = 0;
      while (written < encodedBatch.byteLength) {
        written += writeSync(fd, encodedBatch, written, encodedBatch.byteLength - written);
      }
      if (syncEachWrite) fdatasyncSync(fd);
    },
    reset() {
      // Opened for appending: the next write goes to the new end, the start.
      ftruncateSync(fd, 0);
    },
    close(remove) {
      closeSync(fd);
      if (remove) rmSync(path, { force: true });
    },
  };
}
