import * as encoding from 'lib0/encoding';
import { writeUpdate } from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** y-websocket's message type for sync messages (updates included). */
const messageSync = 0;

/**
 * Replaces the provider's own update sender (one message per update, encoded and sent inside
 * the edit, i.e. inside the keystroke's frame) by one that queues local updates and sends them,
 * in order and merged into one message, from a task right after. Like the provider's, it sends
 * only on an open connection: what is made offline (or while the socket closes) goes up in the
 * sync exchange of the next connection. Returns a function that sends what is queued at once.
 */
export function batchUpdateSends(provider: WebsocketProvider, doc: Y.Doc): () => void {
  let queued: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = () => {
    clearTimeout(timer);
    timer = undefined;
    const updates = queued;
    queued = [];
    const socket = provider.ws;
    if (updates.length === 0 || !socket || !provider.wsconnected) return;
    if (socket.readyState !== socket.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    writeUpdate(encoder, updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
    socket.send(encoding.toUint8Array(encoder));
  };

  const queue = (update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    queued.push(update);
    // setTimeout, like the caret's broadcast, so an edit goes out before the caret placed in it.
    timer ??= setTimeout(send, 0);
  };

  doc.off('update', provider._updateHandler);
  // The provider removes its `_updateHandler` when destroyed: this one is removed with it.
  provider._updateHandler = queue;
  doc.on('update', queue);
  return send;
}
