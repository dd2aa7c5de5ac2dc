import { createMemoryStore, type DocumentStore } from '@lianban/storage';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../../observability/logger.ts';
import { createMetrics } from '../../observability/metrics.ts';
import { Room, type RoomPeer } from '../room.ts';
import { composeRoomHooks } from '../roomHooks.ts';
import { persistenceHooks } from './persistenceHooks.ts';

const sender: RoomPeer = { send: () => {}, failWrite: () => {}, awarenessClientIds: new Set() };
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

function typeInto(room: Room, author: Y.Doc, times: number): void {
  for (let index = 0; index < times; index++) {
    const before = Y.encodeStateVector(author);
    author.getText('facts').insert(0, '办');
    room.submitUpdate(Y.encodeStateAsUpdate(author, before), sender);
  }
}

/** A room on the memory store with the persistence hooks, compacting past 10 updates. */
function persistedRoom(store: DocumentStore, id: string, applySlice: number): Room {
  const hooks = composeRoomHooks([
    persistenceHooks(store, createMetrics(createLogger('silent')), {
      compactAfter: 10,
      applySlice,
    }),
  ]);
  return new Room(`case/${id}/file`, { caseId: id, kind: 'file' }, hooks);
}

describe('persistence hooks', () => {
  it('compacts rooms that pass the threshold together one per turn of the event loop', async () => {
    const store = createMemoryStore();
    const compactedPerTurn: string[][] = [[]];
    const counting: DocumentStore = {
      ...store,
      compact: (name, snapshot, throughSeq) => {
        compactedPerTurn.at(-1)!.push(name);
        return store.compact(name, snapshot, throughSeq);
      },
    };
    const hooks = composeRoomHooks([
      persistenceHooks(counting, createMetrics(createLogger('silent')), { compactAfter: 10 }),
    ]);
    const rooms = ['a', 'b', 'c'].map(
      (id) => new Room(`case/${id}/file`, { caseId: id, kind: 'file' }, hooks),
    );
    for (const room of rooms) typeInto(room, new Y.Doc(), 10);
    await Promise.all(rooms.map((room) => room.settled()));
    for (let turn = 0; turn < 4; turn++) {
      await nextTurn();
      compactedPerTurn.push([]);
    }
    expect(compactedPerTurn.filter((names) => names.length > 0)).toEqual([
      ['case/a/file'],
      ['case/b/file'],
      ['case/c/file'],
    ]);
    for (const room of rooms) {
      expect(room.tailCount).toBe(0);
      expect((await store.load(room.name))?.snapshotSeq).toBe(10);
      room.destroy();
    }
    await store.close();
  });
});

describe('persistence hooks before a compaction', () => {
  it('apply the pending updates a slice per turn, then compact the whole document', async () => {
    const store = createMemoryStore();
    const room = persistedRoom(store, 's', 4);
    const author = new Y.Doc();
    typeInto(room, author, 10);
    await room.settled();
    const turnsUntilCompacted = async (): Promise<number> => {
      for (let turn = 1; turn <= 10; turn++) {
        await nextTurn();
        if (room.tailCount === 0) return turn;
      }
      return -1;
    };
    // Ten updates four at a time: two turns apply eight, the third applies two and compacts.
    expect(await turnsUntilCompacted()).toBe(3);
    const stored = await store.load(room.name);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, stored!.snapshot!);
    expect(reloaded.getText('facts').toString()).toBe(author.getText('facts').toString());
    room.destroy();
    await store.close();
  });
});

describe('persistence hooks for a room typed into faster than a slice per turn', () => {
  it('still compact it after a bounded number of slices', async () => {
    const store = createMemoryStore();
    const room = persistedRoom(store, 'f', 2);
    const author = new Y.Doc();
    typeInto(room, author, 10);
    let snapshotSeq = 0;
    for (let turn = 0; turn < 12 && snapshotSeq === 0; turn++) {
      typeInto(room, author, 5);
      await room.settled();
      await nextTurn();
      snapshotSeq = (await store.meta(room.name))?.snapshotSeq ?? 0;
    }
    expect(snapshotSeq).toBeGreaterThanOrEqual(10);
    room.destroy();
    await store.close();
  });
});

describe('persistence hooks when a room unloads', () => {
  it('drop the room from the compaction queue: nothing is compacted from it afterwards', async () => {
    const store = createMemoryStore();
    const compacted: string[] = [];
    const counting: DocumentStore = {
      ...store,
      compact: (name, snapshot, throughSeq) => {
        compacted.push(name);
        return store.compact(name, snapshot, throughSeq);
      },
    };
    const hooks = composeRoomHooks([
      persistenceHooks(counting, createMetrics(createLogger('silent')), {
        compactAfter: 10,
        applySlice: 2,
      }),
    ]);
    const queued = new Room('case/q/file', { caseId: 'q', kind: 'file' }, hooks);
    const other = new Room('case/o/file', { caseId: 'o', kind: 'file' }, hooks);
    // Both pass the threshold; the first is worked on a slice per turn, the second waits.
    typeInto(other, new Y.Doc(), 10);
    typeInto(queued, new Y.Doc(), 10);
    await Promise.all([other.settled(), queued.settled()]);
    await hooks.onUnload(queued);
    queued.destroy();
    for (let turn = 0; turn < 20; turn++) await nextTurn();
    expect(compacted).toEqual(['case/o/file']);
    other.destroy();
    await store.close();
  });
});
