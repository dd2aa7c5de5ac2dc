import { afterEach, beforeEach } from 'vitest';
import type * as Y from 'yjs';
import { connectStockClient, type StockClient } from './stockClient.ts';
import { startTestServer, type TestServer } from './testServer.ts';

/** What {@link useSyncServer} gives a test suite. */
export interface SyncServerSuite {
  /** This test's server (a fresh one per test). */
  readonly server: () => TestServer;
  /** A stock y-websocket client on `room`, destroyed after the test. */
  readonly connect: (room: string, token: string | null, doc?: Y.Doc) => StockClient;
}

/**
 * Call inside a `describe`: starts a real server (demo data, port 0) before each test and stops
 * it after, destroying every client `connect` made first.
 */
export function useSyncServer(): SyncServerSuite {
  let server: TestServer | null = null;
  const clients: StockClient[] = [];
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.stop();
    server = null;
  });
  const current = (): TestServer => {
    if (!server) throw new Error('useSyncServer: no server outside a test');
    return server;
  };
  return {
    server: current,
    connect(room, token, doc) {
      const client = connectStockClient(current().syncUrl, room, token, doc);
      clients.push(client);
      return client;
    },
  };
}
