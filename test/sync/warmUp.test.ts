import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryStore } from '@lianban/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmSyncPath } from '../../server/src/sync/warmSyncPath.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

describe('the sync path is warmed at boot', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.stop());

  it('by one refused connection of its own, counted as such, before the server is ready', async () => {
    const metrics = await (await fetch(`${server.server.url}/metrics`)).text();
    expect(metrics).toContain('lianban_rejected_messages_total{reason="no-credentials"} 1');
  });
});

describe('warmSyncPath', () => {
  it('resolves within its timeout when the server never answers the upgrade', async () => {
    const silent = createServer();
    silent.on('upgrade', () => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const started = performance.now();
    await warmSyncPath(`http://127.0.0.1:${port}`, createMemoryStore(), 200);
    expect(performance.now() - started).toBeLessThan(2_000);
    silent.closeAllConnections();
    silent.close();
  });
});
