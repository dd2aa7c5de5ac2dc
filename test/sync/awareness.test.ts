import { encodeAwareness, encodeSyncStep1 } from '@lianban/sync';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metricValue } from '../support/http.ts';
import { connectRaw, type RawClient, sleep } from '../support/rawClient.ts';
import { connectStockClient, eventually, type StockClient } from '../support/stockClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

const room = 'case/demo-0001/file';
const throttledSample = 'lianban_rejected_messages_total{reason="awareness-throttled"}';

/** An awareness frame with one entry, as y-protocols encodes it. */
function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encodeAwareness(encoding.toUint8Array(encoder));
}

/** An awareness frame with one entry per client id, each at clock 1. */
function awarenessFrameOf(clientIds: readonly number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clientIds.length);
  for (const clientId of clientIds) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, JSON.stringify({ cursor: clientId }));
  }
  return encodeAwareness(encoding.toUint8Array(encoder));
}

/** What `observer` currently knows of `subject`'s awareness state. */
function stateSeen(observer: StockClient, subject: StockClient): unknown {
  return observer.provider.awareness.getStates().get(subject.doc.clientID);
}

/**
 * Presence (y-protocols awareness) between stock clients: everyone's latest state reaches
 * everyone, including newcomers and in a busy room, and a client that leaves disappears.
 */
describe('presence between stock clients', () => {
  let server: TestServer;
  const clients: StockClient[] = [];
  const sockets: RawClient[] = [];
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const socket of sockets.splice(0)) socket.terminate();
    await server.stop();
  });

  async function join(username: string): Promise<StockClient> {
    const client = connectStockClient(server.syncUrl, room, await server.login(username));
    clients.push(client);
    await client.synced();
    return client;
  }

  it('a state set while alone reaches a client that joins later', async () => {
    const early = await join('supervisor');
    early.provider.awareness.setLocalStateField('user', { name: '督查专员 刘洋' });
    await sleep(200);
    const late = await join('handler');
    // A stock client renews its own state only every 15 s, so a newcomer learns who is already
    // there only if the server hands it the states it knows (y-websocket's own server does so
    // right after its sync step 1).
    // Poll for a while, then assert (a clear diff if the state never arrives).
    await eventually(() => stateSeen(late, early) !== undefined, 'newcomer', 3_000).catch(() => {});
    // The server stamps the sender's identity into `user` (its display name is the one set here).
    expect(stateSeen(late, early)).toMatchObject({ user: { name: '督查专员 刘洋' } });
  });

  it('a client’s latest own state is not lost when throttled among the echoes it sends', async () => {
    // A stock client echoes every remote awareness change back to the server (y-websocket
    // broadcasts on each awareness 'update' event, remote ones included). So in a busy room a
    // connection's awareness frames are mostly echoes of other clients' states, interleaved
    // with its own. Played here frame by frame with a raw client, so that it is deterministic.
    const watcher = await join('handler');
    watcher.provider.awareness.setLocalStateField('user', { name: 'watcher' });
    const token = await server.login('handler2');
    const client = connectRaw(server.syncUrl, room, token);
    sockets.push(client);
    await client.opened;
    client.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await client.waitFor((message) => message.type === 'syncStep2');
    const me = 987_654_321;
    let clock = 0;
    const own = (state: unknown) => awarenessFrame(me, ++clock, state);
    // Busy: more own changes than MAX_AWARENESS_PER_SECOND (20) allows at once.
    for (let n = 0; n < 30; n++) client.send(own({ cursor: n }));
    // The last own change, then at once the echo of the watcher's state a stock client sends.
    client.send(own({ cursor: 30, status: 'reviewing' }));
    const watcherMeta = watcher.provider.awareness.meta.get(watcher.doc.clientID)!;
    client.send(
      awarenessFrame(
        watcher.doc.clientID,
        watcherMeta.clock,
        watcher.provider.awareness.getLocalState(),
      ),
    );
    const latest = { cursor: 30, status: 'reviewing' };
    // The rest of the state as the client sent it: the server adds the sender's identity (`user`).
    const seen = () => {
      const state = watcher.provider.awareness.getStates().get(me);
      if (!state) return state;
      const { user: _identity, ...sent } = state;
      return sent;
    };
    // Poll for a while, then assert (a clear diff if the state never arrives).
    await eventually(
      () => JSON.stringify(seen()) === JSON.stringify(latest),
      'latest',
      2_000,
    ).catch(() => {});
    expect(seen()).toEqual(latest);
    // The premise: the burst was throttled (without throttling, the test above proves nothing).
    expect(await metricValue(server.server.url, throttledSample)).toBeGreaterThan(0);
  });

  it('a burst of own states is throttled: few are forwarded, the rest counted, the latest arrives', async () => {
    // Raw sockets on both ends, so every forwarded frame is seen and counted.
    async function rawSynced(username: string): Promise<RawClient> {
      const socket = connectRaw(server.syncUrl, room, await server.login(username));
      sockets.push(socket);
      await socket.opened;
      socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
      await socket.waitFor((message) => message.type === 'syncStep2');
      return socket;
    }
    const observer = await rawSynced('handler');
    const sender = await rawSynced('handler2');
    const me = 123_456_789;
    // The state of `me` in each awareness frame the observer received about it, in order, less
    // the identity (`user`) the server stamps in.
    const forwarded = (): unknown[] =>
      observer.messages().flatMap((message) => {
        if (message.type !== 'awareness') return [];
        const entry = message.clients.find((candidate) => candidate.clientId === me);
        if (!entry) return [];
        const { user: _identity, ...sent } = (entry.state ?? {}) as Record<string, unknown>;
        return [sent];
      });
    const before = await metricValue(server.server.url, throttledSample);

    // Five times MAX_AWARENESS_PER_SECOND (20, which is also the bucket's burst), sent at once;
    // well within MAX_MESSAGES_PER_SECOND (200, burst 400), so the socket stays open.
    const sent = 100;
    for (let clock = 1; clock <= sent; clock++)
      sender.send(awarenessFrame(me, clock, { cursor: clock }));
    const latest = { cursor: sent };

    // The latest state arrives (coalesced, it goes out once the rate allows). Poll for a while,
    // then assert (a clear diff if it never arrives).
    const last = () => JSON.stringify(forwarded().at(-1));
    await eventually(() => last() === JSON.stringify(latest), 'latest', 5_000).catch(() => {});
    // Anything still on its way would come shortly after; the bounds below are generous anyway.
    await sleep(300);
    const received = forwarded();
    expect(received.at(-1)).toEqual(latest);
    // Throttled: about the burst (20) plus a coalesced state or two, far fewer than were sent.
    expect(received.length).toBeLessThanOrEqual(sent / 2);
    // Every frame not forwarded at once was counted as throttled.
    const throttled = (await metricValue(server.server.url, throttledSample)) - before;
    expect(throttled).toBeGreaterThanOrEqual(sent - received.length);
    expect(sender.closeEvent).toBeNull();
  });

  it('a client that leaves disappears from the others', async () => {
    const stay = await join('handler');
    const leave = await join('handler2');
    leave.provider.awareness.setLocalStateField('user', { name: 'leaving' });
    await eventually(() => stateSeen(stay, leave) !== undefined, 'presence arrives');
    // Gone without saying goodbye: the socket is dropped, no awareness removal is sent.
    (leave.provider.ws as unknown as { terminate(): void }).terminate();
    leave.provider.shouldConnect = false;
    await eventually(() => stateSeen(stay, leave) === undefined, 'presence removed', 3_000);
  });

  it('a connection speaks for at most MAX_AWARENESS_IDS_PER_CONNECTION (4) client ids', async () => {
    const observer = connectStockClient(server.syncUrl, room, await server.login('handler'));
    clients.push(observer);
    await observer.synced();
    const sender = connectRaw(server.syncUrl, room, await server.login('handler2'));
    sockets.push(sender);
    await sender.opened;
    const ids = [901, 902, 903, 904, 905, 906];
    sender.send(awarenessFrameOf(ids));
    const known = () => ids.filter((id) => observer.provider.awareness.getStates().has(id));
    await eventually(() => known().length > 0, 'some states forwarded');
    await sleep(200);
    expect(known()).toEqual([901, 902, 903, 904]);
    expect(
      await metricValue(
        server.server.url,
        'lianban_rejected_messages_total{reason="awareness-too-many-ids"}',
      ),
    ).toBe(1);
    // Its own ids remain its own to update.
    sender.send(awarenessFrame(901, 2, { cursor: 'moved' }));
    await eventually(
      () =>
        (observer.provider.awareness.getStates().get(901) as { cursor?: unknown } | undefined)
          ?.cursor === 'moved',
      'an owned id is updated',
    );
  });

  // A stock client echoes every state it knows, all of the room's on connect: if one connection
  // could fill the room's awareness past what the server decodes from a client, every stock
  // client that joined would be closed with 4413, for good.
  it('one connection cannot fill the awareness past what a newcomer may echo', async () => {
    const flooder = connectRaw(server.syncUrl, room, await server.login('handler2'));
    sockets.push(flooder);
    await flooder.opened;
    for (let frame = 0; frame < 3; frame++) {
      flooder.send(
        awarenessFrameOf(Array.from({ length: 100 }, (_, i) => 10_000 + frame * 100 + i)),
      );
    }
    await sleep(300);
    const newcomer = await join('handler');
    newcomer.provider.awareness.setLocalStateField('user', { name: '承办人' });
    const other = await join('supervisor');
    await eventually(() => stateSeen(other, newcomer) !== undefined, 'newcomer seen', 3_000);
    await sleep(500);
    expect(newcomer.closeCodes).toEqual([]);
    expect(newcomer.provider.wsconnected).toBe(true);
    expect(flooder.closeEvent).toBeNull();
  });
});
