import { type DocumentRef, roomName } from '@lianban/case-model';
import * as Y from 'yjs';
import type { RoomPeer } from '../sync/room.ts';
import type { RoomRegistry } from '../sync/roomRegistry.ts';
import { createKeyedQueue } from './keyedQueue.ts';

/** Server-side writes into a case document (the case file at registration, the record mirror). */
export interface DocumentWriter {
  /**
   * Runs `change` on the document's current state and sends the resulting update through the
   * document's room: stored, then applied, then forwarded to every connected client. Resolves
   * once stored and applied (false when `change` changed nothing); rejects if it could not be
   * stored. Writes to one document run one at a time.
   */
  write(ref: DocumentRef, change: (doc: Y.Doc) => void): Promise<boolean>;
}

/**
 * Creates the writer over the room registry. It always goes through a room (joining as a silent
 * server peer, which opens and loads the room if nobody has it open): one path, so a write can
 * never slip between a room's load from storage and its clients.
 */
export function createDocumentWriter(rooms: RoomRegistry): DocumentWriter {
  const queue = createKeyedQueue();

  async function writeNow(ref: DocumentRef, change: (doc: Y.Doc) => void): Promise<boolean> {
    let failure: unknown;
    const peer: RoomPeer = {
      send() {},
      failWrite(error) {
        failure ??= error ?? new Error('the update could not be stored');
      },
      awarenessClientIds: new Set(),
    };
    const room = await rooms.join(roomName(ref), ref, peer);
    try {
      await room.settled();
      // The change is made on a copy: the room's own doc only ever takes stored updates.
      const draft = new Y.Doc({ gc: false });
      Y.applyUpdate(draft, Y.encodeStateAsUpdate(room.hydrated()));
      const before = Y.encodeStateVector(draft);
      let changed = false;
      draft.on('update', () => {
        changed = true;
      });
      change(draft);
      const update = Y.encodeStateAsUpdate(draft, before);
      draft.destroy();
      if (!changed) return false;
      room.submitUpdate(update, peer);
      await room.settled();
      if (failure !== undefined) throw failure;
      return true;
    } finally {
      rooms.leave(room, peer);
    }
  }

  return {
    write(ref, change) {
      return queue.run(roomName(ref), () => writeNow(ref, change));
    },
  };
}
