import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  CURRENT_SCHEMA_VERSION,
  ensureSchemaVersion,
  META_MAP,
  readSchemaVersion,
  writeSchemaVersion,
} from './schemaVersion.ts';

describe('schema version', () => {
  it('is absent until stamped, then read back', () => {
    const doc = new Y.Doc();
    expect(readSchemaVersion(doc)).toBeUndefined();
    ensureSchemaVersion(doc);
    expect(readSchemaVersion(doc)).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('does not overwrite an existing stamp', () => {
    const doc = new Y.Doc();
    writeSchemaVersion(doc, 7);
    ensureSchemaVersion(doc);
    expect(readSchemaVersion(doc)).toBe(7);
  });

  it('ignores a malformed stamp and refuses to write one', () => {
    const doc = new Y.Doc();
    doc.getMap<unknown>(META_MAP).set('schemaVersion', '2');
    expect(readSchemaVersion(doc)).toBeUndefined();
    expect(() => writeSchemaVersion(doc, 1.5)).toThrow(RangeError);
    expect(() => writeSchemaVersion(doc, 0)).toThrow(RangeError);
  });
});
