import {
  coversStateVector,
  encodeStoredQuery,
  encodeSyncStep1,
  encodeUpdate,
  type ServerMessage,
} from '@lianban/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectRaw, type RawClient } from '../support/rawClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

type StoredReply = Extract<ServerMessage, { type: 'storedStateVector' }>;
const isStoredReply =
  (requestId?: number) =>
  (message: ServerMessage): message is StoredReply =>
    message.type === 'storedStateVector' && message.requestId === requestId;

/**
 * Message 100: the stored-state query. Its answer is the state vector of what the server has
 * durably stored, and it covers every update this connection sent before asking.
 */
describe('the stored-state query (message 100)', () => {
  let server: TestServer;
  const sockets: RawClient[] = [];
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    await server.stop();
  });

  /** A raw client that has synced the room into `doc` and forwards `doc`'s local updates. */
  async function syncedRawClient(room: string, username: string) {
    const socket = connectRaw(server.syncUrl, room, await server.login(username));
    sockets.push(socket);
    await socket.opened;
    const doc = new Y.Doc();
    socket.send(encodeSyncStep1(Y.encodeStateVector(doc)));
    const step2 = await socket.waitFor((message) => message.type === 'syncStep2');
    if (step2.type !== 'syncStep2') throw new Error('unreachable');
    Y.applyUpdate(doc, step2.update, 'server');
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') socket.send(encodeUpdate(update));
    });
    return { socket, doc };
  }

  it('answers with a state vector that covers the updates sent before it', async () => {
    const { socket, doc } = await syncedRawClient('case/demo-0001/file', 'handler');
    const before = Y.encodeStateVector(doc);
    doc.getText('ack').insert(0, 'first edit');
    expect(coversStateVector(before, Y.encodeStateVector(doc))).toBe(false);
    socket.send(encodeStoredQuery(1));
    const reply = await socket.waitFor(isStoredReply(1));
    expect(reply.requestId).toBe(1);
    expect(coversStateVector(reply.stateVector, Y.encodeStateVector(doc))).toBe(true);
    const stored = Y.decodeStateVector(reply.stateVector);
    expect(stored.get(doc.clientID)).toBe(
      Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID),
    );

    // A burst of updates followed at once by the query: the answer waits for all of them.
    const text = doc.getText('ack');
    for (let i = 0; i < 300; i++) text.insert(text.length, `·${i}`);
    socket.send(encodeStoredQuery(2));
    const burstReply = await socket.waitFor(isStoredReply(2));
    expect(coversStateVector(burstReply.stateVector, Y.encodeStateVector(doc))).toBe(true);

    // Without a request id the answer has none either.
    text.insert(0, 'x');
    socket.send(encodeStoredQuery());
    const bare = await socket.waitFor(isStoredReply(undefined));
    expect(bare).not.toHaveProperty('requestId');
    expect(coversStateVector(bare.stateVector, Y.encodeStateVector(doc))).toBe(true);

    // And what it acknowledged is what a newcomer gets.
    const other = await syncedRawClient('case/demo-0001/file', 'handler2');
    expect(other.doc.getText('ack').toString()).toBe(text.toString());
  });

  it('does not cover an update denied to a read-only client', async () => {
    const { socket, doc } = await syncedRawClient('case/demo-0001/file', 'supervisor');
    doc.getText('ack').insert(0, 'a reader tries to write');
    const denied = await socket.waitFor((message) => message.type === 'permissionDenied');
    expect(denied).toMatchObject({ type: 'permissionDenied', reason: 'read-only' });
    socket.send(encodeStoredQuery(7));
    const reply = await socket.waitFor(isStoredReply(7));
    expect(coversStateVector(reply.stateVector, Y.encodeStateVector(doc))).toBe(false);
    expect(Y.decodeStateVector(reply.stateVector).has(doc.clientID)).toBe(false);
    // The reader can still ask, and the connection stays open.
    expect(socket.closeEvent).toBeNull();
  });
});
