import type { Socket } from 'node:net';
import type { ServerOptions } from '@lianban/server';
import { CloseCode, encodeStoredQuery, encodeSyncStep1, encodeUpdate } from '@lianban/sync';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type CountingClient, connectCountingClient } from '../support/countingClient.ts';
import { healthStatus, metricValue } from '../support/http.ts';
import { connectRaw, type RawClient, sleep } from '../support/rawClient.ts';
import { connectStockClient, eventually, type StockClient } from '../support/stockClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

const room = 'case/demo-0001/notes';

/** A Yjs update inserting `bytes` ASCII characters into a fresh document. */
function updateOfSize(bytes: number, seed = 0): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('bulk').insert(0, String.fromCharCode(97 + (seed % 26)).repeat(bytes));
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Per-connection bounds: frame size (4413), message and byte rate (4429), connections per user
 * (4429) and a consumer that does not read (4508). Each bound closes only the offender.
 */
describe('connection limits', () => {
  let server: TestServer | undefined;
  const raw: RawClient[] = [];
  const stock: (StockClient | CountingClient)[] = [];
  afterEach(async () => {
    for (const socket of raw.splice(0)) socket.terminate();
    for (const client of stock.splice(0)) client.destroy();
    await server?.stop();
    server = undefined;
  });

  async function start(options: ServerOptions): Promise<TestServer> {
    server = await startTestServer(options);
    return server;
  }

  /** A raw socket that is open and answered a stored query (so the server accepted it). */
  async function acceptedRaw(target: TestServer, token: string, name = room): Promise<RawClient> {
    const socket = connectRaw(target.syncUrl, name, token);
    raw.push(socket);
    await socket.opened;
    socket.send(encodeStoredQuery(424242));
    await socket.waitFor((message) => message.type === 'storedStateVector');
    return socket;
  }

  it('a frame larger than MAX_MESSAGE_BYTES is closed with 4413; one just under passes', async () => {
    const limit = 64 * 1024;
    const target = await start({ MAX_MESSAGE_BYTES: limit });
    const token = await target.login('handler');
    const watcher = await acceptedRaw(target, await target.login('handler2'));

    const small = await acceptedRaw(target, token);
    const fits = encodeUpdate(updateOfSize(limit - 200, 1));
    expect(fits.byteLength).toBeLessThanOrEqual(limit);
    small.send(fits);
    await watcher.waitFor((message) => message.type === 'update');
    expect(small.closeEvent).toBeNull();

    const big = await acceptedRaw(target, token);
    big.send(encodeUpdate(updateOfSize(limit + 1024, 2)));
    expect((await big.closed).code).toBe(CloseCode.MessageTooLarge);

    // A stock client whose edit is too large is closed for good, not retried.
    const client = connectCountingClient(target.syncUrl, room, token, 50);
    stock.push(client);
    await eventually(() => client.provider.synced, 'stock client synced');
    client.doc.getText('bulk').insert(0, 'z'.repeat(limit + 10));
    await eventually(() => client.closeCodes.length > 0, 'stock client closed');
    await sleep(500);
    expect(client.closeCodes).toEqual([CloseCode.MessageTooLarge]);
    expect(client.attempts()).toBe(1);
    expect(watcher.closeEvent).toBeNull();
    expect(
      await metricValue(target.server.url, 'lianban_rejected_messages_total{reason="too-large"}'),
    ).toBe(2);
  });

  it('a frame more than twice MAX_MESSAGE_BYTES is closed with 4413 too, not 1009 (which stock clients retry forever)', async () => {
    const limit = 64 * 1024;
    const target = await start({ MAX_MESSAGE_BYTES: limit });
    const token = await target.login('handler');
    // A stock client whose edit is that large: on 1009 it reconnects and resends it, forever.
    const client = connectCountingClient(target.syncUrl, room, token, 50);
    stock.push(client);
    await eventually(() => client.provider.synced, 'stock client synced');
    client.doc.getText('bulk').insert(0, 'z'.repeat(3 * limit));
    await eventually(() => client.closeCodes.length > 0, 'stock client closed');
    await sleep(1_000);
    const huge = await acceptedRaw(target, token);
    huge.send(encodeUpdate(updateOfSize(3 * limit, 3)));
    const rawClose = (await huge.closed).code;
    expect({
      rawClose,
      stockCloses: client.closeCodes.slice(0, 3),
      attempts: client.attempts(),
    }).toEqual({
      rawClose: CloseCode.MessageTooLarge,
      stockCloses: [CloseCode.MessageTooLarge],
      attempts: 1,
    });
  });

  it('more messages or bytes per second than allowed are closed with 4429', async () => {
    const target = await start({ MAX_MESSAGES_PER_SECOND: 20, MAX_BYTES_PER_SECOND: 64 * 1024 });
    const token = await target.login('handler');

    // Within the burst (twice the rate): every message is answered.
    const polite = await acceptedRaw(target, token);
    for (let i = 0; i < 25; i++) polite.send(encodeStoredQuery(i));
    await polite.waitFor(
      (message) => message.type === 'storedStateVector' && message.requestId === 24,
    );
    expect(polite.closeEvent).toBeNull();

    const chatty = await acceptedRaw(target, token);
    for (let i = 0; i < 200; i++) chatty.send(encodeStoredQuery(i));
    expect((await chatty.closed).code).toBe(CloseCode.RateLimited);
    const answered = chatty.messages().filter((message) => message.type === 'storedStateVector');
    expect(answered.length).toBeLessThan(60);

    // Bytes: three 60 KiB updates exceed a 64 KiB/s budget (burst 128 KiB).
    const bulky = await acceptedRaw(target, token);
    for (let i = 0; i < 3; i++) bulky.send(encodeUpdate(updateOfSize(60 * 1024, i)));
    expect((await bulky.closed).code).toBe(CloseCode.RateLimited);

    expect(polite.closeEvent).toBeNull();
    expect(
      await metricValue(
        target.server.url,
        'lianban_rejected_messages_total{reason="rate-limited"}',
      ),
    ).toBe(2);
  });

  it('more connections than MAX_CONNECTIONS_PER_USER: the extra one gets 4429', async () => {
    const target = await start({ MAX_CONNECTIONS_PER_USER: 3 });
    const token = await target.login('handler');
    const open = [
      await acceptedRaw(target, token),
      await acceptedRaw(target, token, 'case/demo-0001/file'),
      await acceptedRaw(target, token, 'case/demo-0002/file'),
    ];
    const extra = connectRaw(target.syncUrl, room, token);
    raw.push(extra);
    expect((await extra.closed).code).toBe(CloseCode.RateLimited);
    expect(extra.frames).toEqual([]);
    // Another user is not affected, and the open ones keep working.
    await acceptedRaw(target, await target.login('handler2'));
    for (const socket of open) expect(socket.closeEvent).toBeNull();

    // Closing one frees a slot (once the server has seen the close).
    const connections = await metricValue(target.server.url, 'lianban_connections');
    open[0]!.ws.close();
    await open[0]!.closed;
    for (
      let i = 0;
      (await metricValue(target.server.url, 'lianban_connections')) >= connections;
      i++
    ) {
      if (i > 100) throw new Error('the server never saw the close');
      await sleep(20);
    }
    await acceptedRaw(target, token);
  });

  it('more connections to one document than MAX_CONNECTIONS_PER_DOCUMENT: the extra one gets 4429', async () => {
    const target = await start({ MAX_CONNECTIONS_PER_DOCUMENT: 2 });
    const handler = await target.login('handler');
    const open = [await acceptedRaw(target, handler), await acceptedRaw(target, handler)];
    const extra = connectRaw(target.syncUrl, room, await target.login('handler2'));
    raw.push(extra);
    expect((await extra.closed).code).toBe(CloseCode.RateLimited);
    expect(extra.frames).toEqual([]);
    expect(
      await metricValue(
        target.server.url,
        'lianban_rejected_messages_total{reason="document-full"}',
      ),
    ).toBe(1);
    // Other documents are not affected, and the open ones keep working.
    await acceptedRaw(target, handler, 'case/demo-0001/file');
    for (const socket of open) expect(socket.closeEvent).toBeNull();
    // Once one leaves (and the server has seen it), the document admits another.
    open[0]!.ws.close();
    await open[0]!.closed;
    let admitted: RawClient | null = null;
    for (let attempt = 0; !admitted; attempt++) {
      const next = connectRaw(target.syncUrl, room, handler);
      raw.push(next);
      const outcome = await Promise.race([
        next.opened
          .then(() => {
            next.send(encodeStoredQuery(7));
            return next.waitFor((message) => message.type === 'storedStateVector', 5_000);
          })
          .then(() => 'accepted'),
        next.closed.then((close) => String(close.code)),
      ]);
      if (outcome === 'accepted') admitted = next;
      else if (attempt > 50) throw new Error(`still refused: ${outcome}`);
      else await sleep(20);
    }
  });

  it('concurrent connections beyond MAX_CONNECTIONS_PER_USER are refused too', async () => {
    const target = await start({ MAX_CONNECTIONS_PER_USER: 3 });
    const token = await target.login('handler');
    const sockets = Array.from({ length: 12 }, () => connectRaw(target.syncUrl, room, token));
    raw.push(...sockets);
    const outcomes = await Promise.all(
      sockets.map(async (socket) => {
        try {
          await socket.opened;
          socket.send(encodeStoredQuery(1));
          await Promise.race([
            socket.waitFor((message) => message.type === 'storedStateVector', 5_000),
            socket.closed.then((close) => Promise.reject(new Error(String(close.code)))),
          ]);
          return 'accepted';
        } catch {
          return String((await socket.closed).code);
        }
      }),
    );
    expect(outcomes.filter((outcome) => outcome === 'accepted')).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome === String(CloseCode.RateLimited))).toHaveLength(9);
  });

  it('a consumer that stops reading is closed with 4508, and the server stays healthy', async () => {
    const target = await start({
      MAX_BUFFERED_BYTES: 64 * 1024,
      MAX_MESSAGES_PER_SECOND: 10_000,
      MAX_BYTES_PER_SECOND: 1024 * 1024 * 1024,
    });
    const slow = await acceptedRaw(target, await target.login('handler2'));
    slow.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await slow.waitFor((message) => message.type === 'syncStep2');
    const tcp = (slow.ws as unknown as { _socket: Socket })._socket;
    tcp.pause();

    const flooder = await acceptedRaw(target, await target.login('handler'));
    const slowConsumer = 'lianban_rejected_messages_total{reason="slow-consumer"}';
    let sent = 0;
    const chunk = 256 * 1024;
    while ((await metricValue(target.server.url, slowConsumer)) === 0) {
      if (sent >= 400)
        throw new Error(`no slow-consumer close after ${sent} updates of ${chunk} bytes`);
      for (let i = 0; i < 8; i++) flooder.send(encodeUpdate(updateOfSize(chunk, sent++)));
      flooder.send(encodeStoredQuery(sent));
      await flooder.waitFor((m) => m.type === 'storedStateVector' && m.requestId === sent, 10_000);
    }
    console.info(`slow consumer closed after ${sent} updates of ${chunk / 1024} KiB`);
    expect(await metricValue(target.server.url, slowConsumer)).toBe(1);
    expect(await healthStatus(target.server.url)).toBe(200);
    expect(flooder.closeEvent).toBeNull();

    // The room still works for everyone else.
    const other = connectStockClient(target.syncUrl, room, await target.login('unithead'));
    stock.push(other);
    await other.synced();
    expect(other.doc.getText('bulk').length).toBe(sent * chunk);

    // Once the slow socket reads again it finds the close code at the end of its backlog.
    tcp.resume();
    const close = await slow.closed;
    expect(close.code).toBe(CloseCode.SlowConsumer);
  });
});
