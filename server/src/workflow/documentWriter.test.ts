import { createMemoryStore, type DocumentStore } from '@lianban/storage';
import { decodeServerMessage } from '@lianban/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../observability/logger.ts';
import { createMetrics } from '../observability/metrics.ts';
import { persistenceHooks } from '../sync/hooks/persistenceHooks.ts';
import type { RoomPeer } from '../sync/room.ts';
import { composeRoomHooks } from '../sync/roomHooks.ts';
import { createRoomRegistry, type RoomRegistry } from '../sync/roomRegistry.ts';
import { createDocumentWriter, type DocumentWriter } from './documentWriter.ts';
import { readStoredDocument } from './readStoredDocument.ts';

const ref = { caseId: 'c1', kind: 'record' } as const;

describe('the server-side document writer', () => {
  let store: DocumentStore;
  let rooms: RoomRegistry;
  let writer: DocumentWriter;
  let failAppends = false;
  beforeEach(() => {
    store = createMemoryStore();
    failAppends = false;
    const flaky: DocumentStore = {
      ...store,
      append: (name, update) =>
        failAppends ? Promise.reject(new Error('disk full')) : store.append(name, update),
    };
    const metrics = createMetrics(createLogger('silent'));
    rooms = createRoomRegistry({
      hooks: composeRoomHooks([persistenceHooks(flaky, metrics, { compactAfter: 1000 })]),
      idleMs: 10,
      onError: () => {},
    });
    writer = createDocumentWriter(rooms);
  });
  afterEach(async () => {
    await rooms.closeAll();
    await store.close();
  });

  it('stores the change, then forwards it to a client connected to the room', async () => {
    const received: Uint8Array[] = [];
    const client: RoomPeer = {
      send: (message) => received.push(message),
      failWrite: () => {},
      awarenessClientIds: new Set(),
    };
    const room = await rooms.join('case/c1/record', ref, client);
    expect(await writer.write(ref, (doc) => doc.getMap('state').set('status', 'REGISTERED'))).toBe(
      true,
    );
    const mirror = new Y.Doc();
    for (const message of received) {
      const decoded = decodeServerMessage(message);
      if (decoded.ok && decoded.message.type === 'update')
        Y.applyUpdate(mirror, decoded.message.update);
    }
    expect(mirror.getMap('state').get('status')).toBe('REGISTERED');
    expect(room.doc.getMap('state').get('status')).toBe('REGISTERED');
    const stored = await readStoredDocument(store, 'case/c1/record');
    expect(stored!.getMap('state').get('status')).toBe('REGISTERED');
    rooms.leave(room, client);
  });

  it('writes nothing when the change changes nothing, and writes in order when called at once', async () => {
    expect(await writer.write(ref, () => {})).toBe(false);
    expect(await store.load('case/c1/record')).toBeNull();
    await Promise.all(
      ['a', 'b', 'c'].map((item) =>
        writer.write(ref, (doc) => doc.getArray('timeline').push([item])),
      ),
    );
    const stored = await readStoredDocument(store, 'case/c1/record');
    expect(stored!.getArray('timeline').toArray()).toEqual(['a', 'b', 'c']);
  });

  it('rejects when the update cannot be stored, and the room never applies it', async () => {
    await writer.write(ref, (doc) => doc.getMap('state').set('x', 1));
    failAppends = true;
    await expect(writer.write(ref, (doc) => doc.getMap('state').set('x', 2))).rejects.toThrow(
      'disk full',
    );
    failAppends = false;
    const stored = await readStoredDocument(store, 'case/c1/record');
    expect(stored!.getMap('state').get('x')).toBe(1);
  });
});
