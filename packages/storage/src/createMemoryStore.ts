import { checkName } from './checkName.ts';
import { checkThroughSeq } from './checkThroughSeq.ts';
import { compareNames } from './compareNames.ts';
import { copyBytes } from './copyBytes.ts';
import type { DocumentMeta, DocumentStore, ListOptions, StoredDocument } from './documentStore.ts';
import { normalizeListOptions } from './normalizeListOptions.ts';
import { StorageError } from './storageError.ts';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Clock for `createdAt`/`updatedAt`. Default: the real clock, `() => new Date()`. */
  now?: () => Date;
}

interface MemoryDocument {
  snapshot: Uint8Array | null;
  snapshotSeq: number;
  lastSeq: number;
  // Updates after the snapshot; the update with seq s is at index s - snapshotSeq - 1.
  tail: Uint8Array[];
  tailBytes: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * A {@link DocumentStore} held in process memory: for tests and for the client-free dev server.
 * Nothing survives `close()` or the process. Stored bytes are private copies in and out.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): DocumentStore {
  const now = options.now ?? (() => new Date());
  const documents = new Map<string, MemoryDocument>();
  let closed = false;

  // Async so a closed store or a bad argument rejects instead of throwing synchronously.
  const guard = async <T>(operation: () => T): Promise<T> => {
    if (closed) throw new StorageError('CLOSED', 'the memory store is closed');
    return operation();
  };

  return {
    append: (name, update) =>
      guard(() => {
        checkName(name);
        const data = copyBytes(update, 'update');
        const at = now().toISOString();
        let document = documents.get(name);
        if (!document) {
          document = {
            snapshot: null,
            snapshotSeq: 0,
            lastSeq: 0,
            tail: [],
            tailBytes: 0,
            createdAt: at,
            updatedAt: at,
          };
          documents.set(name, document);
        }
        document.tail.push(data);
        document.tailBytes += data.byteLength;
        document.lastSeq += 1;
        document.updatedAt = at;
        return document.lastSeq;
      }),

    load: (name) =>
      guard((): StoredDocument | null => {
        checkName(name);
        const document = documents.get(name);
        if (!document) return null;
        const { snapshot, snapshotSeq, lastSeq, tail } = document;
        const copy = snapshot && new Uint8Array(snapshot);
        return {
          snapshot: copy,
          updates: tail.map((update) => new Uint8Array(update)),
          snapshotSeq,
          lastSeq,
        };
      }),

    compact: (name, snapshot, throughSeq) =>
      guard(() => {
        checkName(name);
        const data = copyBytes(snapshot, 'snapshot');
        checkThroughSeq(throughSeq, Number.POSITIVE_INFINITY);
        const document = documents.get(name);
        if (!document || throughSeq <= document.snapshotSeq) return;
        checkThroughSeq(throughSeq, document.lastSeq);
        const removed = document.tail.splice(0, throughSeq - document.snapshotSeq);
        for (const update of removed) document.tailBytes -= update.byteLength;
        document.snapshot = data;
        document.snapshotSeq = throughSeq;
      }),

    list: (options?: ListOptions) =>
      guard(() => {
        const { prefix, after, limit } = normalizeListOptions(options);
        const names = [...documents.keys()]
          .filter((name) => name.startsWith(prefix) && compareNames(name, after) > 0)
          .sort(compareNames);
        return names.slice(0, limit);
      }),

    delete: (name) =>
      guard(() => {
        checkName(name);
        documents.delete(name);
      }),

    meta: (name) =>
      guard((): DocumentMeta | null => {
        checkName(name);
        const document = documents.get(name);
        if (!document) return null;
        const { createdAt, updatedAt, snapshotSeq, lastSeq, tail, tailBytes, snapshot } = document;
        const snapshotBytes = snapshot?.byteLength ?? 0;
        return {
          name,
          createdAt,
          updatedAt,
          snapshotSeq,
          lastSeq,
          tailCount: tail.length,
          tailBytes,
          snapshotBytes,
        };
      }),

    close: async () => {
      closed = true;
      documents.clear();
    },
  };
}
