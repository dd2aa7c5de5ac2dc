/**
 * `@lianban/storage`: durable storage of Yjs documents as an append-only update log with
 * snapshots. One port (`DocumentStore`), a memory and a SQLite adapter, and the merge function
 * used to compact. The contract suite lives in `@lianban/storage/contract`.
 */

export { maxNameLength } from './checkName.ts';
export { compactToSnapshot } from './compactToSnapshot.ts';
export { compareNames } from './compareNames.ts';
export type { MemoryStoreOptions } from './createMemoryStore.ts';
export { createMemoryStore } from './createMemoryStore.ts';
export type { SqliteStoreOptions } from './createSqliteStore.ts';
export { createSqliteStore } from './createSqliteStore.ts';
export type { DocumentMeta, DocumentStore, ListOptions, StoredDocument } from './documentStore.ts';
export { PackedUpdates } from './packedUpdates.ts';
export type { StorageErrorCode } from './storageError.ts';
export { StorageError } from './storageError.ts';
