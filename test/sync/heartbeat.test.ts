import type { Socket } from 'node:net';
import { encodeSyncStep1 } from '@lianban/sync';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metricValue } from '../support/http.ts';
import { connectRaw, type RawClient } from '../support/rawClient.ts';
import { connectStockClient, type StockClient } from '../support/stockClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

describe('heartbeat', () => {
  let server: TestServer;
  const raws: RawClient[] = [];
  const stock: StockClient[] = [];
  afterEach(async () => {
    for (const raw of raws.splice(0)) raw.ws.terminate();
    for (const client of stock.splice(0)) client.destroy();
    await server.stop();
  });

  it('drops a half-open socket that stops answering pings, and keeps live ones', async () => {
    server = await startTestServer({ HEARTBEAT_MS: 150 });
    const token = await server.login('handler');
    const silent = connectRaw(server.syncUrl, 'case/demo-0001/file', token);
    raws.push(silent);
    await silent.opened;
    silent.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await silent.waitFor((message) => message.type === 'syncStep2');
    const live = connectStockClient(server.syncUrl, 'case/demo-0001/file', token);
    stock.push(live);
    await live.synced();
    // A paused TCP socket reads no ping, so it sends no pong: a half-open peer, as the server sees it.
    (silent.ws as unknown as { _socket: Socket })._socket.pause();
    const timeouts = 'lianban_rejected_messages_total{reason="heartbeat-timeout"}';
    const dropped = async () => (await metricValue(server.server.url, timeouts)) >= 1;
    let done = false;
    for (let i = 0; i < 50 && !done; i++) {
      done = await dropped();
      if (!done) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(done).toBe(true);
    expect(await metricValue(server.server.url, 'lianban_connections')).toBe(1);
    expect(live.provider.wsconnected).toBe(true);
  });
});
