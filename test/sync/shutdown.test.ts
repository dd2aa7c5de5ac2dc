import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloseCode, encodeStoredQuery, encodeSyncStep1, encodeUpdate } from '@lianban/sync';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type ChildServer, startChildServer } from '../support/childServer.ts';
import { connectRaw, decodeFromServer, type RawClient, sleep } from '../support/rawClient.ts';
import { connectStockClient, eventually, type StockClient } from '../support/stockClient.ts';

const settings = { MAX_MESSAGES_PER_SECOND: '5000' };
const roomA = 'case/demo-0001/file';
const roomB = 'case/demo-0002/notes';

/**
 * SIGTERM: the server closes every socket with 1001 (going away, so stock clients come back),
 * flushes and exits 0 promptly, and everything it acknowledged before the signal is there after
 * the restart.
 */
describe('graceful shutdown on SIGTERM', () => {
  let dataDir = '';
  const servers: ChildServer[] = [];
  const stock: StockClient[] = [];
  const raw: RawClient[] = [];
  let streaming = false;

  afterEach(async () => {
    streaming = false;
    for (const client of stock.splice(0)) client.destroy();
    for (const socket of raw.splice(0)) socket.terminate();
    await Promise.all(servers.splice(0).map((server) => server.kill('SIGKILL')));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('closes with 1001, exits 0 within seconds, and keeps every acknowledged edit', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lianban-sigterm-'));
    const first = await startChildServer(dataDir, settings);
    servers.push(first);
    // The bundle found the built client from where it sits.
    const page = await fetch(`${first.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>联办</title>');
    const handler = await first.login('handler');
    const handler2 = await first.login('handler2');
    const unithead = await first.login('unithead');

    // Stock editors: a marker counts as acknowledged once another client received it (the
    // server forwards only what it has stored).
    const editors = [
      { name: 'a0', room: roomA, client: connectStockClient(first.syncUrl, roomA, handler) },
      { name: 'a1', room: roomA, client: connectStockClient(first.syncUrl, roomA, handler2) },
      { name: 'b0', room: roomB, client: connectStockClient(first.syncUrl, roomB, handler) },
      { name: 'b1', room: roomB, client: connectStockClient(first.syncUrl, roomB, unithead) },
    ];
    stock.push(...editors.map((editor) => editor.client));
    await Promise.all(editors.map((editor) => editor.client.synced()));
    const acknowledged = new Map<string, Set<string>>([
      [roomA, new Set()],
      [roomB, new Set()],
    ]);
    for (const { name, room, client } of editors) {
      client.doc.getArray<string>('markers').observe((event, transaction) => {
        if (transaction.local) return;
        for (const item of event.changes.added) {
          for (const marker of item.content.getContent() as string[]) {
            if (!marker.startsWith(`${name}#`)) acknowledged.get(room)!.add(marker);
          }
        }
      });
    }

    // A raw writer that asks what is stored (message 100): acknowledged = covered by the answer.
    const writer = connectRaw(first.syncUrl, roomA, handler);
    raw.push(writer);
    await writer.opened;
    const writerDoc = new Y.Doc();
    writer.send(encodeSyncStep1(Y.encodeStateVector(writerDoc)));
    const step2 = await writer.waitFor((message) => message.type === 'syncStep2');
    if (step2.type === 'syncStep2') Y.applyUpdate(writerDoc, step2.update, 'server');
    writerDoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') writer.send(encodeUpdate(update));
    });
    const writerMarkers: { marker: string; clock: number }[] = [];
    let writerAckedClock = 0;
    writer.ws.on('message', (data: Buffer) => {
      if (data[0] !== 100) return;
      const last = decodeFromServer(new Uint8Array(data));
      if (last.type === 'storedStateVector') {
        writerAckedClock = Math.max(
          writerAckedClock,
          Y.decodeStateVector(last.stateVector).get(writerDoc.clientID) ?? 0,
        );
      }
    });

    streaming = true;
    const streams = [
      ...editors.map(async ({ name, client }) => {
        const markers = client.doc.getArray<string>('markers');
        for (let n = 0; streaming; n++) {
          markers.push([`${name}#${n}`]);
          await sleep(5);
        }
      }),
      (async () => {
        const markers = writerDoc.getArray<string>('markers');
        for (let n = 0; streaming; n++) {
          markers.push([`w#${n}`]);
          writerMarkers.push({
            marker: `w#${n}`,
            clock: Y.decodeStateVector(Y.encodeStateVector(writerDoc)).get(writerDoc.clientID)!,
          });
          if (n % 10 === 9) writer.send(encodeStoredQuery(n));
          await sleep(5);
        }
      })(),
    ];

    await sleep(1_000);
    // What was acknowledged at the moment the signal goes out.
    const ackedBeforeTerm = new Map(
      [...acknowledged].map(([room, markers]) => [room, new Set(markers)] as const),
    );
    const writerAcked = writerMarkers
      .filter(({ clock }) => clock <= writerAckedClock)
      .map(({ marker }) => marker);
    const signalledAt = Date.now();
    const exit = await first.kill('SIGTERM');
    const exitMs = Date.now() - signalledAt;
    streaming = false;
    await Promise.all(streams);

    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitMs).toBeLessThan(5_000);
    expect(first.events.some((event) => event.event === 'server.stopped')).toBe(true);
    expect(first.events.filter((event) => event.level === 'error')).toEqual([]);
    // Stdout is JSON log lines only (the banner goes to stderr).
    expect(first.strayStdout).toEqual([]);
    expect(first.output()).toContain('Lianban is running at');
    await eventually(
      () =>
        editors.every(({ client }) => client.closeCodes.length > 0) && writer.closeEvent !== null,
      'every client saw the close',
    );
    expect(editors.map(({ client }) => client.closeCodes[0])).toEqual(
      editors.map(() => CloseCode.GoingAway),
    );
    expect(writer.closeEvent?.code).toBe(CloseCode.GoingAway);

    // After a restart on the same data, a fresh client finds every acknowledged marker.
    const second = await startChildServer(dataDir, settings);
    servers.push(second);
    const token = await second.login('handler');
    const stored = new Map<string, Set<string>>();
    for (const room of [roomA, roomB]) {
      const fresh = connectStockClient(second.syncUrl, room, token);
      stock.push(fresh);
      await fresh.synced();
      stored.set(room, new Set(fresh.doc.getArray<string>('markers').toArray()));
    }
    for (const room of [roomA, roomB]) {
      const lost = [...ackedBeforeTerm.get(room)!].filter(
        (marker) => !stored.get(room)!.has(marker),
      );
      expect(lost, `${room}: acknowledged before SIGTERM, missing after restart`).toEqual([]);
    }
    expect(writerAcked.filter((marker) => !stored.get(roomA)!.has(marker))).toEqual([]);

    console.info(
      `SIGTERM: exit ${exit.code} after ${exitMs} ms; acknowledged before the signal: ${ackedBeforeTerm.get(roomA)!.size} + ${writerAcked.length} (stored query) in ${roomA}, ${ackedBeforeTerm.get(roomB)!.size} in ${roomB}; stored after restart: ${stored.get(roomA)!.size} and ${stored.get(roomB)!.size}`,
    );
    expect(ackedBeforeTerm.get(roomA)!.size).toBeGreaterThan(50);
    expect(ackedBeforeTerm.get(roomB)!.size).toBeGreaterThan(50);
    expect(writerAcked.length).toBeGreaterThan(20);
  });
});
