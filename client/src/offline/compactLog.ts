import * as Y from 'yjs';
import type { LocalDatabase } from './localDatabase.ts';
import { snapshotKeyAfter } from './logKeys.ts';
import { appendLog, type LogEntry, readConfirmedThrough, readLog, removeLog } from './updateLog.ts';

/** What a compaction did. */
export interface CompactionResult {
  /** Entries replaced by the snapshot. */
  readonly replaced: number;
  /** Entries the log holds afterwards (the snapshot, plus any written meanwhile). */
  readonly snapshotKey: string;
}

/**
 * Replaces a document's update log by one snapshot. Every stored entry is applied to `doc`
 * first (so entries other tabs wrote are never lost), the state is encoded once (much faster
 * than `Y.mergeUpdates`), the snapshot is written, and only then are the old entries deleted:
 * a crash in between leaves duplicates, which Yjs ignores. The snapshot keeps the count of
 * local changes still unconfirmed among the entries it replaces. Call it under a Web Lock.
 */
export async function compactLog(
  db: LocalDatabase,
  documentName: string,
  doc: Y.Doc,
  origin: unknown,
): Promise<CompactionResult | null> {
  const entries = await readLog(db, documentName);
  if (entries.length < 2) return null;
  const through = await readConfirmedThrough(db, documentName);
  doc.transact(() => {
    for (const entry of entries) applySafely(doc, entry, origin);
  }, origin);
  const lastKey =
    entries
      .map((entry) => entry.key)
      .sort()
      .at(-1) ?? '';
  const pending = entries
    .filter((entry) => entry.key > through)
    .reduce((sum, entry) => sum + entry.pending, 0);
  const snapshot: LogEntry = {
    key: snapshotKeyAfter(lastKey),
    update: Y.encodeStateAsUpdate(doc),
    pending,
  };
  await appendLog(db, documentName, [snapshot]);
  await removeLog(db, documentName, entries);
  return { replaced: entries.length, snapshotKey: snapshot.key };
}

/** Applies one stored update; a damaged entry is reported and skipped, never fatal. */
export function applySafely(doc: Y.Doc, entry: LogEntry, origin: unknown): boolean {
  try {
    Y.applyUpdate(doc, entry.update, origin);
    return true;
  } catch (error) {
    console.warn(`skipping unreadable local update ${entry.key}`, error);
    return false;
  }
}
