/** A stored PouchDB document: its id, revision and our fields. */
export interface StoredDocument {
  readonly _id: string;
  readonly _rev?: string;
  readonly _deleted?: boolean;
  readonly [field: string]: unknown;
}

/** What one row of `allDocs` or `bulkDocs` reports. */
export interface WriteResult {
  readonly ok?: boolean;
  readonly id?: string;
  readonly rev?: string;
  readonly error?: string | boolean;
  readonly status?: number;
}

/**
 * The subset of the PouchDB API the client uses, so that the IndexedDB adapter (browser) and
 * the memory adapter (unit tests) are interchangeable.
 */
export interface LocalDatabase {
  allDocs(options: {
    startkey?: string;
    endkey?: string;
    include_docs?: boolean;
    limit?: number;
  }): Promise<{ rows: { id: string; doc?: StoredDocument }[] }>;
  bulkDocs(documents: StoredDocument[]): Promise<WriteResult[]>;
  get(id: string): Promise<StoredDocument>;
  put(document: StoredDocument): Promise<WriteResult>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

/** Whether a PouchDB error is "no such document". */
export function isMissing(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 404;
}

/** Whether a PouchDB error is a revision conflict (another tab wrote first). */
export function isConflict(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 409;
}
