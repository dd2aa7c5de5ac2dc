import type { ClientMessage } from './decodeClientMessage.ts';
import {
  encodePermissionDenied,
  encodeStoredStateVector,
  encodeSyncStep1,
  encodeSyncStep2,
} from './encodeServerMessage.ts';
import type { AwarenessPayload } from './readAwarenessPayload.ts';

/** What {@link respond} needs from a room; the server implements it over its loaded `Y.Doc`. */
export type RoomView = {
  /** `Y.encodeStateVector(doc)`. */
  stateVector(): Uint8Array;
  /** `Y.encodeStateAsUpdate(doc, stateVector)`: what a peer with that state vector lacks. */
  diff(stateVector: Uint8Array): Uint8Array;
  /** The state vector of what is durably stored (not merely applied in memory). */
  storedStateVector(): Uint8Array;
};

/** What the connection may do: `read` clients may sync down and share awareness, not write. */
export type Access = 'write' | 'read';

/** The reason sent to a read-only client that tried to write. */
export const readOnlyReason = 'read-only';

/** What the server must do after one client message. */
export type Response = {
  /** Frames to send back to this client, in order. */
  replies: Uint8Array[];
  /** A validated update to store durably, then apply to the room, then broadcast (`encodeUpdate`). */
  apply?: Uint8Array;
  /**
   * An awareness update to apply to the room's awareness (y-protocols `applyAwarenessUpdate`),
   * then broadcast to every connection including this one, built from the awareness `update`
   * event so that echoes a stock client sends of states it already applied go no further.
   */
  awareness?: AwarenessPayload;
  /** A read-only client tried to write; `replies` already holds one permission-denied frame. */
  denied?: string;
  /** The client asked for every awareness state: send `encodeAwareness` of all of them. */
  sendAwareness?: boolean;
};

/**
 * Decides the answer to one decoded client message. Pure: reads `room`, changes nothing.
 *
 * - sync step 1 → step 2 with the diff, then (writers only) the server's step 1 so the client
 *   sends what the server lacks. Call it only once the room has loaded from storage.
 * - step 2 / update → `apply` for writers; for readers a permission-denied reply and `denied`.
 *   Empty updates (a client's step 2 with nothing new) are neither applied nor denied.
 * - awareness → `awareness`, for readers too; query awareness → `sendAwareness`.
 * - stored query (100) → the stored state vector, echoing the request id. Call it only after
 *   every `apply` from earlier messages of this connection has been stored.
 * - auth → nothing.
 */
export function respond(message: ClientMessage, room: RoomView, access: Access): Response {
  switch (message.type) {
    case 'syncStep1': {
      const replies = [encodeSyncStep2(room.diff(message.stateVector))];
      if (access === 'write') replies.push(encodeSyncStep1(room.stateVector()));
      return { replies };
    }
    case 'syncStep2':
    case 'update':
      if (message.empty) return { replies: [] };
      if (access === 'read') {
        return { replies: [encodePermissionDenied(readOnlyReason)], denied: readOnlyReason };
      }
      return { replies: [], apply: message.update };
    case 'awareness':
      return { replies: [], awareness: { update: message.update, clients: message.clients } };
    case 'queryAwareness':
      return { replies: [], sendAwareness: true };
    case 'storedQuery':
      return { replies: [encodeStoredStateVector(room.storedStateVector(), message.requestId)] };
    case 'auth':
      return { replies: [] };
  }
}
