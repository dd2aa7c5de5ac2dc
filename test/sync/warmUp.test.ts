import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { warmOpenPath } from '../../server/src/warmOpenPath.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

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

  it('opens a stored document cold on a scratch server, and removes the scratch files', async () => {
    // Other test files start servers too: this one's scratch directory goes to a private tmpdir.
    const privateTmp = mkdtempSync(join(tmpdir(), 'lianban-warm-up-test-'));
    const sharedTmp = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp;
    try {
      const report = await warmOpenPath(server.server.url, 15_000);
      expect(report.refusedWithCode).toBe(4401);
      // Past 64 KiB: the stored state went out with the long frame header.
      expect(report.coldStateBytes).toBeGreaterThan(65_536);
      expect(readdirSync(privateTmp)).toEqual([]);
    } finally {
      if (sharedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = sharedTmp;
      rmSync(privateTmp, { recursive: true, force: true });
    }
  });
});

describe('warmOpenPath', () => {
  it('gives up within its timeouts when the server never answers the upgrade', async () => {
    const silent = createServer();
    silent.on('upgrade', () => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const started = performance.now();
    const report = await warmOpenPath(`http://127.0.0.1:${port}`, 300);
    expect(report.refusedWithCode).toBeNull();
    // At most the refusal's wait and four scratch steps' (sign-in, write, unload, reopen).
    expect(performance.now() - started).toBeLessThan(10_000);
    silent.closeAllConnections();
    silent.close();
  });
});
