import type * as Y from 'yjs';

/** The schema version this code writes and understands. */
export const CURRENT_SCHEMA_VERSION = 1;

/** Version assumed for a document with content but no stamp: 1 is the first schema there was. */
export const BASELINE_SCHEMA_VERSION = 1;

/** Name of the root map that holds a document's metadata, including its schema version. */
export const META_MAP = 'meta';

const versionKey = 'schemaVersion';

/** The schema version stamped in a document, or `undefined` when it has none (or a malformed one). */
export function readSchemaVersion(doc: Y.Doc): number | undefined {
  const value = doc.getMap<unknown>(META_MAP).get(versionKey);
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** Stamps a schema version into a document. */
export function writeSchemaVersion(doc: Y.Doc, version: number): void {
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new RangeError(`schema version must be a positive integer, got ${version}`);
  }
  const meta = doc.getMap<unknown>(META_MAP);
  if (meta.get(versionKey) !== version) meta.set(versionKey, version);
}

/**
 * Stamps the current schema version unless the document already carries one. Writers call it
 * inside their transaction, after the document was migrated on open.
 */
export function ensureSchemaVersion(doc: Y.Doc): void {
  if (readSchemaVersion(doc) === undefined) writeSchemaVersion(doc, CURRENT_SCHEMA_VERSION);
}
