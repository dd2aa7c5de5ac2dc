import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Room, type RoomPeer } from './room.ts';
import { composeRoomHooks } from './roomHooks.ts';

const sender: RoomPeer = { send: () => {}, failWrite: () => {}, awarenessClientIds: new Set() };

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('facts').insert(doc.getText('facts').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

function freshRoom(): Room {
  return new Room('case/x/file', { caseId: 'x', kind: 'file' }, composeRoomHooks([]));
}

describe('a room holding its stored state unapplied', () => {
  it('offers the stored blob as it is while nothing has been forwarded', () => {
    const author = new Y.Doc();
    const blob = textUpdate(author, '立案');
    const room = freshRoom();
    room.setStored([blob]);
    expect(room.storedBlob()).toBe(blob);
    room.destroy();
  });

  it('stops offering the blob once an update was forwarded, and applies the blob and the updates', async () => {
    const author = new Y.Doc();
    const blob = textUpdate(author, '立案');
    const room = freshRoom();
    room.setStored([blob]);
    for (const text of ['，受理', '，办理']) room.submitUpdate(textUpdate(author, text), sender);
    await room.settled();
    // The blob alone would now be missing the forwarded updates.
    expect(room.storedBlob()).toBeNull();
    expect(room.doc.getText('facts').toString()).toBe('立案，受理，办理');
    room.submitUpdate(textUpdate(author, '，答复'), sender);
    await room.settled();
    expect(room.doc.getText('facts').toString()).toBe('立案，受理，办理，答复');
    expect(room.storedBlob()).toBeNull();
    room.destroy();
  });

  it('never offers the blob again once its Y.Doc was built', () => {
    const author = new Y.Doc();
    const room = freshRoom();
    room.setStored([textUpdate(author, '立案')]);
    expect(room.doc.getText('facts').toString()).toBe('立案');
    expect(room.storedBlob()).toBeNull();
    room.destroy();
  });

  it('applies the stored state whole, then forwarded updates a slice at a time', async () => {
    const author = new Y.Doc();
    const room = freshRoom();
    room.setStored([textUpdate(author, '立案')]);
    for (const text of ['一', '二', '三', '四', '五']) {
      room.submitUpdate(textUpdate(author, text), sender);
    }
    await room.settled();
    // The stored state, then 2 + 2 + 1 of the five forwarded updates.
    const more = [1, 2, 3, 4].map(() => room.hydrateSome(2));
    expect(more).toEqual([true, true, true, false]);
    expect(room.hydrateSome(2)).toBe(false);
    expect(room.storedBlob()).toBeNull();
    expect(room.doc.getText('facts').toString()).toBe('立案一二三四五');
    room.destroy();
  });
});
