import * as Y from 'yjs';
import { compactionTiming } from './compactionTiming.ts';
import { applySafely, compactLog } from './compactLog.ts';
import { createKeyGenerator } from './logKeys.ts';
import type { PouchPersistence, PouchPersistenceOptions } from './pouchPersistence.ts';
import {
  appendLog,
  type LogEntry,
  readConfirmedThrough,
  readLog,
  writeConfirmedThrough,
} from './updateLog.ts';
import { withWebLock } from './withWebLock.ts';

/**
 * Persists a Y.Doc in PouchDB: every update is appended (buffered, one bulk write per burst),
 * loading applies the whole log, and past `compactAfter` entries the log is compacted into a
 * snapshot under a Web Lock, so two tabs never compact the same log at once. Compaction waits
 * for a pause in the document's updates and an idle moment (compactionTiming): it encodes the
 * whole document, which inside a write task would stall the next keystroke. A local change is
 * announced to pending listeners from the write task, not from the update: the update runs
 * inside the keystroke, and the listeners (sync status, the per-room record in localStorage)
 * would otherwise delay its frame.
 */
export function createPouchPersistence(options: PouchPersistenceOptions): PouchPersistence {
  const {
    db,
    name,
    doc,
    flushDelayMs = 0,
    compactAfter = 300,
    changeGapMs = 2000,
    compactWhen = { quietMs: 1000, idleTimeoutMs: 2000, maxWaitMs: 60_000 },
  } = options;
  const origin = { persistence: name };
  const isLocal = options.isLocal ?? ((source: unknown) => source !== origin);
  const nextKey = createKeyGenerator(options.now);
  const listeners = new Set<(pending: number) => void>();
  // The burst being buffered (one log entry), and bursts sealed for writing. An entry counts as
  // pending 1 when a new change began in it.
  let current: {
    key: string;
    updates: Uint8Array[];
    startsChange: boolean;
    startedAt: number;
  } | null = null;
  // The change being typed: local edits join it until a pause of `changeGapMs` or a checkpoint.
  let changeOpen = false;
  let lastLocalAt = Number.NEGATIVE_INFINITY;
  let sealed: LogEntry[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  let metaWrites: Promise<void> = Promise.resolve();
  let lastKey = '';
  let localCount = 0;
  let confirmedCount = 0;
  let stored = 0;
  let destroyed = false;

  const pending = () => localCount - confirmedCount;
  let announced: number | null = null;
  const notify = () => {
    const count = pending();
    if (count === announced) return;
    announced = count;
    for (const listener of listeners) listener(count);
  };

  const seal = () => {
    if (!current) return;
    const { key, updates, startsChange } = current;
    const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
    sealed.push({ key, update, pending: startsChange ? 1 : 0 });
    current = null;
  };

  const onUpdate = (update: Uint8Array, source: unknown) => {
    if (source === origin || destroyed) return;
    if (!current) {
      current = { key: nextKey(), updates: [], startsChange: false, startedAt: Date.now() };
      lastKey = current.key;
    }
    current.updates.push(update);
    timing.changed();
    if (isLocal(source)) {
      const now = Date.now();
      if (!changeOpen || now - lastLocalAt >= changeGapMs) {
        changeOpen = true;
        current.startsChange = true;
        localCount += 1;
      }
      lastLocalAt = now;
    }
    // A pause ends a burst; a long burst is still written every ten pauses' worth of time.
    clearTimeout(timer);
    const age = Date.now() - current.startedAt;
    timer = setTimeout(() => void flush(), age > flushDelayMs * 10 ? 0 : flushDelayMs);
  };

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    notify();
    seal();
    const batch = sealed;
    sealed = [];
    writing = writing.then(async () => {
      if (batch.length === 0) return;
      try {
        await appendLog(db, name, batch);
        stored += batch.length;
      } catch (error) {
        console.error(`could not store local changes of ${name}`, error);
        sealed = [...batch, ...sealed];
        timer ??= setTimeout(() => void flush(), flushDelayMs * 10);
        return;
      }
      if (stored >= compactAfter) timing.want();
    });
    return writing;
  };

  const compact = () =>
    withWebLock(`lianban-compact:${name}`, async () => {
      const result = await compactLog(db, name, doc, origin);
      if (result) stored = 1;
    }).catch((error) => {
      console.error(`could not compact the local log of ${name}`, error);
      return false;
    });
  // After this tab's writes under way, as when it ran from the write task.
  const timing = compactionTiming(() => {
    writing = writing.then(async () => {
      await compact();
    });
  }, compactWhen);

  const load = async () => {
    const [entries, through] = await Promise.all([
      readLog(db, name),
      readConfirmedThrough(db, name),
    ]);
    doc.transact(() => {
      for (const entry of entries) applySafely(doc, entry, origin);
    }, origin);
    for (const entry of entries) {
      if (entry.key > lastKey) lastKey = entry.key;
      if (entry.key > through) localCount += entry.pending;
    }
    stored = entries.length;
    notify();
    if (stored >= compactAfter) timing.want();
  };

  doc.on('update', onUpdate);
  const whenLoaded = load();

  return {
    whenLoaded,
    pending,
    onPendingChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    checkpoint() {
      // A burst still being typed must not count as confirmed with what came before it: what
      // is typed after the checkpoint is a change of its own.
      seal();
      changeOpen = false;
      return { key: lastKey, count: localCount };
    },
    confirm(checkpoint) {
      if (checkpoint.count <= confirmedCount) return;
      confirmedCount = Math.min(checkpoint.count, localCount);
      notify();
      const key = checkpoint.key;
      // The key may belong to an entry still buffered: write the log first, then the mark.
      metaWrites = metaWrites
        .then(() => flush())
        .then(() => writeConfirmedThrough(db, name, key))
        .catch((error) => console.error(`could not record sync progress of ${name}`, error));
    },
    flush,
    compact,
    async destroy() {
      await whenLoaded.catch(() => undefined);
      await flush();
      await metaWrites;
      destroyed = true;
      timing.cancel();
      doc.off('update', onUpdate);
      listeners.clear();
    },
  };
}
