import { CloseCode, encodeQueryAwareness, encodeSyncStep1 } from '@lianban/sync';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { type CountingClient, connectCountingClient } from '../support/countingClient.ts';
import { connectRaw, type RawClient, sleep } from '../support/rawClient.ts';
import { connectStockClient, eventually, type StockClient } from '../support/stockClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

/**
 * Refused connections: the server closes them with a terminal code (4401/4403), a stock client
 * does not come back, and a refused client never receives a byte of the document.
 */
describe('refused sync connections', () => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const counting: CountingClient[] = [];
  const stock: StockClient[] = [];
  const raw: RawClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    for (const user of ['handler', 'accused', 'analyst', 'admin', 'supervisor']) {
      tokens[user] = await server.login(user);
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const client of counting.splice(0)) client.destroy();
    for (const client of stock.splice(0)) client.destroy();
    for (const client of raw.splice(0)) client.terminate();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Connects a counting stock client, waits ~1 s and returns it (it must have given up). */
  async function refusedStockClient(room: string, token: string | null): Promise<CountingClient> {
    const client = connectCountingClient(server.syncUrl, room, token, 50);
    counting.push(client);
    await eventually(() => client.closeCodes.length > 0, `${room} closed`);
    // With a 50 ms backoff a reconnecting provider would have tried about ten more times.
    await sleep(1_000);
    return client;
  }

  /** A raw socket that asks for the document the moment it opens; returns it once closed. */
  async function refusedRaw(room: string, token: string | null): Promise<RawClient> {
    const client = connectRaw(server.syncUrl, room, token);
    raw.push(client);
    client.ws.on('open', () => {
      client.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
      client.send(encodeQueryAwareness());
    });
    await client.closed;
    return client;
  }

  it('no token and a bad token are closed with 4401, and the stock client does not reconnect', async () => {
    const cases = [null, 'not-a-session-token', `${tokens.handler}x`];
    const clients = await Promise.all(
      cases.map((token) => refusedStockClient('case/demo-0001/file', token)),
    );
    for (const [index, client] of clients.entries()) {
      const label = `token ${cases[index]}`;
      expect(client.closeCodes, label).toEqual([CloseCode.Unauthorized]);
      expect(client.attempts(), label).toBe(1);
      expect(
        client.terminal.map((event) => event.code),
        label,
      ).toEqual([CloseCode.Unauthorized]);
      expect(client.provider.synced, label).toBe(false);
    }
    for (const token of cases) {
      const socket = await refusedRaw('case/demo-0001/file', token);
      expect(socket.closeEvent?.code).toBe(CloseCode.Unauthorized);
      expect(socket.frames).toEqual([]);
    }
  });

  it('a user of the accused unit gets 4403 on every document of the case and no sync byte', async () => {
    const rooms = [
      'case/demo-0002/file',
      'case/demo-0002/notes',
      'case/demo-0002/record',
      'case/demo-0002/unit/c1-zj',
      'case/demo-0002/unit/k1-sthj',
    ];
    const clients = await Promise.all(
      rooms.map((room) => refusedStockClient(room, tokens.accused!)),
    );
    for (const [index, client] of clients.entries()) {
      const room = rooms[index]!;
      expect(client.closeCodes, room).toEqual([CloseCode.Forbidden]);
      expect(client.attempts(), room).toBe(1);
      expect(Y.encodeStateVector(client.doc), `${room}: nothing synced`).toEqual(Uint8Array.of(0));
    }
    for (const room of rooms) {
      const socket = await refusedRaw(room, tokens.accused!);
      expect(socket.closeEvent?.code, room).toBe(CloseCode.Forbidden);
      expect(socket.frames, `${room}: frames received before the close`).toEqual([]);
    }
    // The same request from the lead handler does get the document.
    const handler = connectRaw(server.syncUrl, 'case/demo-0002/file', tokens.handler!);
    raw.push(handler);
    await handler.opened;
    handler.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    const step2 = await handler.waitFor((message) => message.type === 'syncStep2');
    expect(step2.type === 'syncStep2' && step2.update.byteLength).toBeGreaterThan(100);
  });

  it('analyst and admin get 4403 on a case file, and do not reconnect', async () => {
    const pairs = ['analyst', 'admin'].flatMap((user) =>
      ['case/demo-0001/file', 'case/demo-0001/notes'].map((room) => ({ user, room })),
    );
    const clients = await Promise.all(
      pairs.map(({ user, room }) => refusedStockClient(room, tokens[user]!)),
    );
    for (const [index, client] of clients.entries()) {
      const { user, room } = pairs[index]!;
      expect(client.closeCodes, `${user} ${room}`).toEqual([CloseCode.Forbidden]);
      expect(client.attempts(), `${user} ${room}`).toBe(1);
      const socket = await refusedRaw(room, tokens[user]!);
      expect(socket.closeEvent?.code, `${user} ${room}`).toBe(CloseCode.Forbidden);
      expect(socket.frames).toEqual([]);
    }
  });

  it('an unknown case is closed with 4403', async () => {
    const rooms = ['case/demo-9999/file', 'case/no-such-case/notes'];
    const clients = await Promise.all(
      rooms.map((room) => refusedStockClient(room, tokens.handler!)),
    );
    for (const [index, client] of clients.entries()) {
      const room = rooms[index]!;
      expect(client.closeCodes, room).toEqual([CloseCode.Forbidden]);
      expect(client.attempts(), room).toBe(1);
      const socket = await refusedRaw(room, tokens.handler!);
      expect(socket.closeEvent?.code, room).toBe(CloseCode.Forbidden);
      expect(socket.frames).toEqual([]);
    }
  });

  it('a malformed room name is closed with 4403', async () => {
    const rooms = [
      'nonsense',
      'case',
      'case/demo-0001',
      'case/demo-0001/bogus',
      'case/demo-0001/file/extra',
      'case//file',
      'case/demo-0001/unit',
      'case/demo-0001/unit/',
      'case/demo-0001/unit/c1-zj/x',
      'CASE/demo-0001/file',
      'case/demo%200001/file',
      'case/%2e%2e/file',
      'case/demo-0001%2Ffile%2Fx',
    ];
    for (const room of rooms) {
      const socket = await refusedRaw(room, tokens.handler!);
      expect(socket.errors.map(String), room).toEqual([]);
      expect(socket.closeEvent?.code, room).toBe(CloseCode.Forbidden);
      expect(socket.frames, room).toEqual([]);
    }
    const client = await refusedStockClient('case/demo-0001/bogus', tokens.handler!);
    expect(client.closeCodes).toEqual([CloseCode.Forbidden]);
    expect(client.attempts()).toBe(1);
  });

  it('a room name with a broken percent escape is refused with 4403 too, not an HTTP 500', async () => {
    const rooms = ['case/demo-0001/%E0%A4%A', 'case/demo-0001/file%'];
    // An HTTP error instead of a close code makes a stock client retry forever.
    const clients = await Promise.all(
      rooms.map((room) => refusedStockClient(room, tokens.handler!)),
    );
    const sockets: RawClient[] = [];
    for (const room of rooms) sockets.push(await refusedRaw(room, tokens.handler!));
    const outcome = rooms.map((room, index) => ({
      room,
      attempts: clients[index]!.attempts(),
      firstClose: clients[index]!.closeCodes[0],
      rawClose: sockets[index]!.closeEvent?.code,
      rawErrors: sockets[index]!.errors.map(String),
    }));
    expect(outcome).toEqual(
      rooms.map((room) => ({
        room,
        attempts: 1,
        firstClose: CloseCode.Forbidden,
        rawClose: CloseCode.Forbidden,
        rawErrors: [],
      })),
    );
  });

  it('the record document: a handler can read it, and their writes are denied', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const writer = connectStockClient(server.syncUrl, 'case/demo-0001/record', tokens.handler!);
    const watcher = connectStockClient(server.syncUrl, 'case/demo-0001/record', tokens.handler!);
    stock.push(writer, watcher);
    await Promise.all([writer.synced(), watcher.synced()]);
    expect(writer.provider.wsconnected).toBe(true);

    writer.doc.getText('forged').insert(0, 'forged record entry');
    await eventually(
      () =>
        warn.mock.calls.some((call) =>
          /Permission denied.*case\/demo-0001\/record/s.test(String(call[0])),
        ),
      'permission denied reported to the writer',
    );
    expect(String(warn.mock.calls[0]![0])).toMatch(/read-only/);
    // A round trip through the room after the denial: the watcher's awareness reaches the writer.
    watcher.provider.awareness.setLocalStateField('probe', 1);
    await eventually(
      () => writer.provider.awareness.getStates().get(watcher.doc.clientID)?.probe === 1,
      'awareness round trip',
    );
    await sleep(200);
    expect(watcher.doc.getText('forged').toString()).toBe('');
    // The writer stays connected (a denial is not a close) and a fresh reader sees nothing either.
    expect(writer.closeCodes).toEqual([]);
    const fresh = connectStockClient(server.syncUrl, 'case/demo-0001/record', tokens.supervisor!);
    stock.push(fresh);
    await fresh.synced();
    expect(fresh.doc.getText('forged').toString()).toBe('');
  });
});
