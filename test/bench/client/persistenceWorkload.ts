import type * as Y from 'yjs';

/** The part of the client's `PouchPersistence` the workload drives. */
export interface PersistenceLike {
  readonly whenLoaded: Promise<void>;
  flush(): Promise<void>;
  compact(): Promise<boolean>;
  destroy(): Promise<void>;
}

/** What the workload needs, handed in so the same code runs in Node and in the page. */
export interface PersistenceDeps {
  readonly Y: typeof Y;
  /** The client's `createPouchPersistence`. */
  createPersistence(options: {
    db: unknown;
    name: string;
    doc: Y.Doc;
    flushDelayMs?: number;
    compactAfter?: number;
  }): PersistenceLike;
  /** The number of entries in a document's stored log (the client's `readLog(db, name).length`). */
  logLength(db: unknown, name: string): Promise<number>;
  /** A fresh, empty database. */
  openDatabase(): unknown;
  now(): number;
}

/** The figures of one run. */
export interface PersistenceFigures {
  readonly updates: number;
  /** One log entry per update: the update is written before the next is made. */
  readonly perUpdateMs: number;
  readonly logEntries: number;
  /** Opening the document from that log (every entry applied). */
  readonly loadLogMs: number;
  /** Compacting that log into one snapshot. */
  readonly compactMs: number;
  readonly entriesAfterCompaction: number;
  /** Opening the document from the snapshot. */
  readonly loadSnapshotMs: number;
  /** All updates made in one burst, then written (one merged entry). */
  readonly oneBurstMs: number;
}

/**
 * 10,000 small Yjs updates (one character each, as typing makes them) through the client's own
 * persistence module: each written on its own (the worst case: every keystroke a burst), the
 * log loaded back, compacted, loaded again; then the same updates buffered into one burst.
 */
export async function runPersistenceWorkload(
  deps: PersistenceDeps,
  updates = 10_000,
): Promise<PersistenceFigures> {
  const { Y } = deps;
  const db = deps.openDatabase();
  const name = 'case/bench-0001/file';
  const never = Number.MAX_SAFE_INTEGER;

  const doc = new Y.Doc({ gc: false });
  const writer = deps.createPersistence({ db, name, doc, compactAfter: never });
  await writer.whenLoaded;
  const text = doc.getText('facts');
  let started = deps.now();
  for (let i = 0; i < updates; i++) {
    text.insert(text.length, String.fromCharCode(0x4e00 + (i % 2000)));
    await writer.flush();
  }
  const perUpdateMs = deps.now() - started;
  const logEntries = await deps.logLength(db, name);

  const loadOnce = async () => {
    const fresh = new Y.Doc({ gc: false });
    const started = deps.now();
    const reader = deps.createPersistence({ db, name, doc: fresh, compactAfter: never });
    await reader.whenLoaded;
    const ms = deps.now() - started;
    if (fresh.getText('facts').length !== updates) throw new Error('the log did not load back');
    await reader.destroy();
    fresh.destroy();
    return ms;
  };
  const loadLogMs = await loadOnce();

  started = deps.now();
  const ran = await writer.compact();
  const compactMs = deps.now() - started;
  if (!ran) throw new Error('compaction did not run');
  const entriesAfterCompaction = await deps.logLength(db, name);
  const loadSnapshotMs = await loadOnce();
  await writer.destroy();
  doc.destroy();

  const burstName = 'case/bench-0002/file';
  const burstDoc = new Y.Doc({ gc: false });
  const burst = deps.createPersistence({ db, name: burstName, doc: burstDoc, compactAfter: never });
  await burst.whenLoaded;
  const burstText = burstDoc.getText('facts');
  started = deps.now();
  for (let i = 0; i < updates; i++) {
    burstText.insert(burstText.length, String.fromCharCode(0x4e00 + (i % 2000)));
  }
  await burst.flush();
  const oneBurstMs = deps.now() - started;
  await burst.destroy();
  burstDoc.destroy();

  return {
    updates,
    perUpdateMs,
    logEntries,
    loadLogMs,
    compactMs,
    entriesAfterCompaction,
    loadSnapshotMs,
    oneBurstMs,
  };
}
