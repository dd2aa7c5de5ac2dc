import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MIGRATION_ORIGIN, type Migration, migrateDocument } from './migrateDocument.ts';
import { CURRENT_SCHEMA_VERSION, readSchemaVersion, writeSchemaVersion } from './schemaVersion.ts';

/** A fake v1→v2 change: the registration's `title` moves to `headline`. */
const renameTitle: Migration = {
  from: 1,
  to: 2,
  migrate(doc) {
    const registration = doc.getMap<unknown>('registration');
    const title = registration.get('title');
    registration.delete('title');
    registration.set('headline', title);
  },
};

function v1Doc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    writeSchemaVersion(doc, 1);
    doc.getMap<unknown>('registration').set('title', '征地补偿');
  });
  return doc;
}

describe('migrateDocument', () => {
  it('applies a v1→v2 migration and stamps the version in one transaction', () => {
    const doc = v1Doc();
    const before = Y.encodeStateAsUpdate(doc);
    const updates: Uint8Array[] = [];
    const origins: unknown[] = [];
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      updates.push(update);
      origins.push(origin);
    });

    const result = migrateDocument(doc, [renameTitle], { target: 2 });

    expect(result).toEqual({ status: 'migrated', from: 1, to: 2, applied: 1 });
    expect(readSchemaVersion(doc)).toBe(2);
    expect(doc.getMap('registration').toJSON()).toEqual({ headline: '征地补偿' });
    expect(updates).toHaveLength(1);
    expect(origins).toEqual([MIGRATION_ORIGIN]);

    const peer = new Y.Doc();
    Y.applyUpdate(peer, before);
    Y.applyUpdate(peer, updates[0]!);
    expect(readSchemaVersion(peer)).toBe(2);
  });

  it('chains migrations in version order whatever order they are given in', () => {
    const order: string[] = [];
    const step = (from: number, to: number): Migration => ({
      from,
      to,
      migrate: () => order.push(`${from}→${to}`),
    });
    const doc = v1Doc();
    const result = migrateDocument(doc, [step(3, 4), step(1, 3)], { target: 4 });
    expect(result).toEqual({ status: 'migrated', from: 1, to: 4, applied: 2 });
    expect(order).toEqual(['1→3', '3→4']);
  });

  it('leaves a current document alone', () => {
    const doc = v1Doc();
    const before = Y.encodeStateVector(doc);
    expect(migrateDocument(doc, [renameTitle])).toEqual({
      status: 'current',
      version: CURRENT_SCHEMA_VERSION,
    });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('reports a document newer than the code without throwing or writing', () => {
    const doc = v1Doc();
    writeSchemaVersion(doc, 3);
    const before = Y.encodeStateVector(doc);
    expect(migrateDocument(doc, [renameTitle], { target: 2 })).toEqual({
      status: 'newer',
      version: 3,
      supported: 2,
    });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('reports a gap in the chain and changes nothing', () => {
    const doc = v1Doc();
    const result = migrateDocument(doc, [renameTitle], { target: 3 });
    expect(result).toEqual({ status: 'noPath', version: 1, target: 3 });
    expect(readSchemaVersion(doc)).toBe(1);
    expect(doc.getMap('registration').get('title')).toBe('征地补偿');
  });

  it('treats an unstamped document with content as the baseline version', () => {
    const doc = new Y.Doc();
    doc.getMap<unknown>('registration').set('title', '旧案');
    expect(migrateDocument(doc, [renameTitle], { target: 2 })).toMatchObject({
      status: 'migrated',
      from: 1,
    });
  });

  it('does nothing to an empty document', () => {
    const doc = new Y.Doc();
    expect(migrateDocument(doc, [renameTitle], { target: 2 })).toEqual({ status: 'empty' });
    expect(doc.store.clients.size).toBe(0);
  });

  it('rejects malformed migration lists', () => {
    const doc = v1Doc();
    const backwards: Migration = { from: 2, to: 1, migrate: () => {} };
    expect(() => migrateDocument(doc, [backwards])).toThrow(RangeError);
    expect(() => migrateDocument(doc, [renameTitle, renameTitle], { target: 2 })).toThrow(
      RangeError,
    );
  });
});
