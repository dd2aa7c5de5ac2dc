import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { StorageError } from './storageError.ts';

const heldHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Makes this store the only writer of a file, for as long as it is open: creates `lockPath`
 * holding this process's id. A lock left by a process that no longer runs (killed, crashed) is
 * taken over; one held by a running process, or by another store in this process, throws
 * `StorageError('LOCKED')`. Returns the release function.
 */
export function acquireWriterLock(lockPath: string): () => void {
  const path = resolve(lockPath);
  const refuse = (holder: string): never => {
    throw new StorageError('LOCKED', `${path} is held by ${holder}; one writer per file`);
  };
  if (heldHere.has(path)) refuse('another store in this process');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      heldHere.add(path);
      return () => {
        if (!heldHere.delete(path)) return;
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(path);
    // A lock naming this process was left by an earlier run that had the same id (a container
    // restarts with the same pid): no store here holds it.
    if (holder !== null && holder !== process.pid && isRunning(holder)) {
      refuse(`process ${holder}`);
    }
    rmSync(path, { force: true });
  }
  return refuse('a process that keeps re-creating it');
}
