import { randomBytes } from 'node:crypto';
import type { DocumentStore } from '@lianban/storage';
import {
  decodeClientMessage,
  defaultMessageLimits,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '@lianban/sync';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { frameBinaryMessage } from './frameBinaryMessage.ts';
import { Room } from './room.ts';
import { composeRoomHooks } from './roomHooks.ts';

/** The store name read once at boot; it is not a room name (see parseRoomName), so never stored. */
const warmUpDocumentName = 'warm-up:none';

/**
 * Runs the code a document open runs, once, at boot, so that the first client after a restart
 * does not wait for it to be compiled: HTTP parsing, the router, the upgrade, the store read, a
 * room, the codecs and the framing (the server's share of a cold load of a 100,000-edit document
 * fell from about 24 ms to about 11 ms).
 *
 * Touches no case document and no user's record: one WebSocket to the server itself with a
 * random token, which no session matches, so it is refused with 4401 like any stranger (it is
 * counted and logged as such: `rejected{reason="no-credentials"}` gains one at boot); one store
 * read of a name that is never a room; a room, the codecs and the framing on a tiny in-memory
 * document. Never throws; resolves within `timeoutMs` whatever the server answers.
 */
export async function warmSyncPath(
  baseUrl: string,
  store: DocumentStore,
  timeoutMs = 2_000,
): Promise<void> {
  const doc = new Y.Doc({ gc: false });
  doc.getXmlFragment('facts').insert(0, [new Y.XmlText('warm')]);
  const update = Y.encodeStateAsUpdate(doc);
  const stateVector = Y.encodeStateVector(doc);
  decodeClientMessage(encodeSyncStep1(stateVector), defaultMessageLimits);
  decodeClientMessage(encodeUpdate(update), defaultMessageLimits);
  doc.destroy();
  const room = new Room(
    warmUpDocumentName,
    { caseId: 'warm-up', kind: 'file' },
    composeRoomHooks([]),
  );
  room.setStored([update]);
  frameBinaryMessage(encodeSyncStep2(room.storedBlob() ?? update));
  room.destroy();
  // A stored state of 64 KiB or more is framed with the long length header.
  frameBinaryMessage(new Uint8Array(65_536));
  await store.load(warmUpDocumentName).catch(() => null);

  const token = randomBytes(32).toString('base64url');
  const url = `${baseUrl.replace(/^http/, 'ws')}/sync/${warmUpDocumentName}?token=${token}`;
  await new Promise<void>((resolve) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => {
      socket.terminate();
      resolve();
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    socket.on('open', () => socket.send(encodeSyncStep1(new Uint8Array([0]))));
    socket.on('close', done);
    socket.on('error', done);
  });
}
