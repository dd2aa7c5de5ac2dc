import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { warmOpenPath } from '../../server/src/warmOpenPath.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

const scratchDirectories = () =>
  readdirSync(tmpdir()).filter((name) => name.startsWith('lianban-warm-up-'));

describe('the open path is warmed at boot', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.stop());

  it('with one refused connection to the real server, counted as such', async () => {
    const metrics = await (await fetch(`${server.server.url}/metrics`)).text();
    expect(metrics).toContain('lianban_rejected_messages_total{reason="no-credentials"} 1');
    // The scratch document's update went to the scratch server.
    expect(metrics).toContain('lianban_updates_received_total 0');
  });

  it('leaving no trace of the scratch open in the real audit log, which records real opens', async () => {
    const admin = await server.login('admin');
    const opened = async () => {
      const response = await fetch(`${server.server.url}/api/audit?action=document.opened`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(response.status).toBe(200);
      return ((await response.json()) as { items: { document: string }[] }).items;
    };
    expect(await opened()).toEqual([]);

    const handler = await server.login('handler');
    const socket = new WebSocket(`${server.syncUrl}/case/demo-0001/file?token=${handler}`);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    socket.close();
    expect((await opened()).map((record) => record.document)).toEqual(['case/demo-0001/file']);
  });
});

describe('warmOpenPath', () => {
  it('opens a stored document cold on its scratch server and removes its files', async () => {
    const before = scratchDirectories();
    const silent = createServer();
    silent.on('upgrade', () => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const started = performance.now();
    const report = await warmOpenPath(`http://127.0.0.1:${port}`, 1_000);
    // The real server never answered; the scratch open did not need it.
    expect(report.refusedWithCode).toBeNull();
    expect(report.coldStateBytes).toBeGreaterThan(65_536);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(scratchDirectories()).toEqual(before);
    silent.closeAllConnections();
    silent.close();
  });
});
