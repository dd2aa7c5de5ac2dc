/**
 * Worker thread of `startWalCheckpointer.ts`, not part of the API: checkpoints the WAL of one
 * SQLite file through its own connection every `intervalMs`, so the writer's thread never does.
 * Plain JavaScript: a worker thread loads its file without the TypeScript loader of its parent.
 *
 * Messages: it posts 'hold' when the WAL needs a pause in the writes to start over, expects
 * 'held' once the writer has paused, and answers 'release' after the checkpoint; 'stop' ends it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { path, synchronous, intervalMs, holdAfterFrames } = workerData;
const db = new Database(path);
// A checkpoint syncs the WAL and the database file as its connection's level says.
db.pragma(`synchronous = ${synchronous}`);
const passive = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
let holding = false;
// The WAL's length when it was last copied whole during a hold: unchanged, nothing was written
// since, and the next commit starts it over anyway.
let copiedWhole = -1;

const timer = setInterval(() => {
  if (holding) return;
  // PASSIVE never waits for the writer. The WAL starts over at the first commit after a
  // checkpoint has copied all of it, which steady writes may never leave time for.
  const { log } = passive.get();
  if (log < holdAfterFrames || log === copiedWhole) return;
  holding = true;
  parentPort.postMessage('hold');
}, intervalMs);

parentPort.on('message', (message) => {
  if (!db.open) return;
  if (message === 'held') {
    copiedWhole = passive.get().log;
    holding = false;
    parentPort.postMessage('release');
    return;
  }
  clearInterval(timer);
  db.close();
  parentPort.close();
});
