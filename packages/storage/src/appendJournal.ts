import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { decodeJournal, type JournalBatch } from './journalCodec.ts';

/**
 * The append journal of a SQLite store: the durable step of every append, until it is drained.
 * It is two files: the one appends go to (`path`) and, while a drain is under way, the one it
 * drains (`path.draining`).
 */
export interface AppendJournal {
  /** Batches a previous run left undrained, in order (whole batches); emptied once replayed. */
  readonly leftover: JournalBatch[];
  /** Appends one encoded batch with one write; with `syncEachWrite`, also flushes it to disk. */
  write(encodedBatch: Uint8Array): void;
  /** Sets what was written so far aside to be drained; appends go on to an empty file. */
  rotate(): void;
  /** Deletes what `rotate` set aside, once all of it is in the database. */
  dropRotated(): void;
  /** Empties the journal, once everything in it is committed to the database. */
  reset(): void;
  /** Closes and deletes both files; everything in them must be in the database. */
  close(): void;
}

function readBatches(path: string): JournalBatch[] {
  return existsSync(path) ? decodeJournal(readFileSync(path)).batches : [];
}

/**
 * Opens (creating if needed) the journal at `path` and reads what a previous run left in it
 * (the file being drained first). A write returns once the OS holds the bytes, so it survives
 * the process being killed; with `syncEachWrite` it also survives power loss.
 */
export function openAppendJournal(path: string, syncEachWrite: boolean): AppendJournal {
  const rotatedPath = `${path}.draining`;
  const leftover = [...readBatches(rotatedPath), ...readBatches(path)];
  // A new file's name must be on disk before batches fsynced into it count as stored.
  const syncDirectory = (): void => {
    if (!syncEachWrite) return;
    const directory = openSync(dirname(path), 'r');
    try {
      fsyncSync(directory);
    } finally {
      closeSync(directory);
    }
  };
  let fd = openSync(path, 'a');
  syncDirectory();
  // What the files may hold: whatever a previous run left. Once a drain of everything has
  // emptied them, the usual one finds both empty and need not touch the file system.
  let journalWritten = true;
  let rotatedPresent = true;
  return {
    leftover,
    write(encodedBatch) {
      journalWritten = true;
      let written = 0;
      while (written < encodedBatch.byteLength) {
        written += writeSync(fd, encodedBatch, written, encodedBatch.byteLength - written);
      }
      if (syncEachWrite) fdatasyncSync(fd);
    },
    rotate() {
      closeSync(fd);
      renameSync(path, rotatedPath);
      rotatedPresent = true;
      fd = openSync(path, 'a');
      journalWritten = false;
      syncDirectory();
    },
    dropRotated() {
      if (!rotatedPresent) return;
      rmSync(rotatedPath, { force: true });
      rotatedPresent = false;
    },
    reset() {
      if (!journalWritten) return;
      // Opened for appending: the next write goes to the new end, the start.
      ftruncateSync(fd, 0);
      journalWritten = false;
    },
    close() {
      closeSync(fd);
      rmSync(rotatedPath, { force: true });
      rmSync(path, { force: true });
    },
  };
}
