/** What {@link DocumentStore.load} returns: the latest snapshot and the updates stored after it. */
export interface StoredDocument {
  /** Merged state of updates `1..snapshotSeq`, or `null` before the first compaction. */
  snapshot: Uint8Array | null;
  /** Updates `snapshotSeq + 1 .. lastSeq`, in sequence order. */
  updates: Uint8Array[];
  /** Sequence number the snapshot covers; `0` when there is no snapshot. */
  snapshotSeq: number;
  /** Sequence number of the newest stored update. */
  lastSeq: number;
}

/** Bookkeeping of one document, read without loading its contents. */
export interface DocumentMeta {
  /** The document name. */
  name: string;
  /** ISO 8601 time of the first append (from the store's `now` clock). */
  createdAt: string;
  /** ISO 8601 time of the latest append; compaction leaves it unchanged (content is the same). */
  updatedAt: string;
  /** Sequence number the snapshot covers; `0` when there is no snapshot. */
  snapshotSeq: number;
  /** Sequence number of the newest stored update. */
  lastSeq: number;
  /** Number of updates stored after the snapshot (`lastSeq - snapshotSeq`). */
  tailCount: number;
  /** Total bytes of those updates. */
  tailBytes: number;
  /** Bytes of the snapshot; `0` when there is none. */
  snapshotBytes: number;
}

/** Options of {@link DocumentStore.list}. */
export interface ListOptions {
  /** Only names starting with this. Default: every name. */
  prefix?: string;
  /** Only names sorting strictly after this (a page cursor: pass the last name you got). Default: from the start. */
  after?: string;
  /** At most this many names (a non-negative integer). Default: no limit. */
  limit?: number;
}

/**
 * The storage port of the sync server: an append-only log of Yjs updates per document, with
 * compaction into a snapshot. Every adapter passes `describeDocumentStoreContract` from
 * `@lianban/storage/contract`.
 *
 * Names are 1..1,024 well-formed characters. Updates are opaque bytes (the store never parses
 * them; validate before appending) and must not be empty. Operations on one store take effect in
 * call order: an append issued before a `delete`, `compact` or `load` is seen by it.
 * Errors are `StorageError` with a stable `code`.
 */
export interface DocumentStore {
  /** Durably appends one update; resolves with its sequence number (1, 2, …per document) once it is stored. */
  append(name: string, update: Uint8Array): Promise<number>;
  /** Snapshot plus the updates after it, in order; null when the document was never written. */
  load(name: string): Promise<StoredDocument | null>;
  /**
   * Replaces every update with seq <= throughSeq by `snapshot`; later updates stay. Stale calls
   * (throughSeq <= current snapshotSeq) are ignored, and so is a document that does not exist.
   * Rejects with `INVALID_SEQ` when `throughSeq` is not an integer or is beyond `lastSeq`.
   * The caller must not let a compaction computed before a `delete` land after it.
   */
  compact(name: string, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /** Document names in code point (UTF-8 byte) order, filtered and paged by `options`. */
  list(options?: ListOptions): Promise<string[]>;
  /** Removes the document and all its updates; unknown names are ignored. A later append starts again at seq 1. */
  delete(name: string): Promise<void>;
  /** Bookkeeping of the document; null when it does not exist. */
  meta(name: string): Promise<DocumentMeta | null>;
  /** Writes what is pending, then releases the store; later calls reject with `CLOSED`. Idempotent. */
  close(): Promise<void>;
}
