/**
 * Stable codes of every error a {@link DocumentStore} adapter raises on purpose.
 *
 * - `INVALID_NAME`: a document name is empty, longer than 1,024 characters or not well-formed UTF-16.
 * - `INVALID_UPDATE`: an update or snapshot is not a `Uint8Array`.
 * - `EMPTY_UPDATE`: an update or snapshot has zero bytes (never a valid Yjs update).
 * - `INVALID_SEQ`: `compact` was given a sequence number that is not an integer or beyond `lastSeq`.
 * - `INVALID_OPTION`: an adapter or `list` option is out of range.
 * - `CLOSED`: the store was used after `close()`.
 * - `SCHEMA_VERSION`: a database file was written by a newer schema than this code knows.
 * - `LOCKED`: another store (in this process or a running one) is the writer of the file.
 */
export type StorageErrorCode =
  | 'INVALID_NAME'
  | 'INVALID_UPDATE'
  | 'EMPTY_UPDATE'
  | 'INVALID_SEQ'
  | 'INVALID_OPTION'
  | 'CLOSED'
  | 'SCHEMA_VERSION'
  | 'LOCKED';

/** The one error type of the storage boundary; switch on `code`, never on `message`. */
export class StorageError extends Error {
  /** Stable machine-readable reason. */
  readonly code: StorageErrorCode;

  /** Creates an error with a stable `code` and a human-readable `message`. */
  constructor(code: StorageErrorCode, message: string) {
    super(message);
    this.name = 'StorageError';
    this.code = code;
  }
}
