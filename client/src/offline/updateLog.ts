import { fromBase64, toBase64 } from 'lib0/buffer';
import { isConflict, isMissing, type LocalDatabase, type StoredDocument } from './localDatabase.ts';
import { keyOfLogId, logId, logRange, metaId } from './logKeys.ts';

/** One entry of a document's update log. */
export interface LogEntry {
  readonly key: string;
  readonly update: Uint8Array;
  /** Local changes in it that the server had not confirmed when it was written (0 or more). */
  readonly pending: number;
  /** The stored revision, needed to delete it. */
  readonly rev?: string;
}

/** Reads a document's whole update log; entries that cannot be decoded are skipped. */
export async function readLog(db: LocalDatabase, documentName: string): Promise<LogEntry[]> {
  const result = await db.allDocs({ ...logRange(documentName), include_docs: true });
  const entries: LogEntry[] = [];
  for (const row of result.rows) {
    const doc = row.doc;
    if (!doc || typeof doc.update !== 'string') continue;
    const pending = typeof doc.pending === 'number' && doc.pending > 0 ? doc.pending : 0;
    entries.push({
      key: keyOfLogId(documentName, row.id),
      update: fromBase64(doc.update),
      pending,
      ...(doc._rev ? { rev: doc._rev } : {}),
    });
  }
  return entries;
}

/** Appends entries in one request. Throws if any of them was not written. */
export async function appendLog(
  db: LocalDatabase,
  documentName: string,
  entries: readonly LogEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const results = await db.bulkDocs(
    entries.map((entry) => ({
      _id: logId(documentName, entry.key),
      update: toBase64(entry.update),
      pending: entry.pending,
    })),
  );
  const failed = results.filter((result) => result.error);
  if (failed.length > 0) throw new Error(`update log write failed: ${failed[0]?.error}`);
}

/** Deletes entries (those with a revision); a failed deletion only leaves a duplicate. */
export async function removeLog(
  db: LocalDatabase,
  documentName: string,
  entries: readonly LogEntry[],
): Promise<void> {
  const deletions: StoredDocument[] = entries
    .filter((entry) => entry.rev !== undefined)
    .map((entry) => ({ _id: logId(documentName, entry.key), _rev: entry.rev, _deleted: true }));
  if (deletions.length > 0) await db.bulkDocs(deletions);
}

/** The key through which the server has confirmed this document's log ('' if never). */
export async function readConfirmedThrough(
  db: LocalDatabase,
  documentName: string,
): Promise<string> {
  try {
    const meta = await db.get(metaId(documentName));
    return typeof meta.through === 'string' ? meta.through : '';
  } catch (error) {
    if (isMissing(error)) return '';
    throw error;
  }
}

/** Raises the confirmed key (never lowers it); retries once if another tab wrote meanwhile. */
export async function writeConfirmedThrough(
  db: LocalDatabase,
  documentName: string,
  through: string,
): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    let current: StoredDocument = { _id: metaId(documentName) };
    try {
      current = await db.get(metaId(documentName));
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    if (typeof current.through === 'string' && current.through >= through) return;
    try {
      await db.put({ ...current, through });
      return;
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
}

/** Deletes a document's whole local log and its sync mark (discarding local changes). */
export async function clearLog(db: LocalDatabase, documentName: string): Promise<void> {
  await removeLog(db, documentName, await readLog(db, documentName));
  try {
    const meta = await db.get(metaId(documentName));
    await db.put({ ...meta, _deleted: true });
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}
