import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeSyncStep1 } from '@lianban/sync';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectRaw, type RawClient, sleep } from '../support/rawClient.ts';
import { connectStockClient, eventually, type StockClient } from '../support/stockClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

describe('a document loaded cold after a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lianban-cold-'));
  const clients: StockClient[] = [];
  let server: TestServer | undefined;
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the stored state to a fresh client, then takes edits on top of it', async () => {
    server = await startTestServer({ DATA_DIR: dataDir });
    let token = await server.login('handler');
    const writer = connectStockClient(server.syncUrl, 'case/demo-0001/file', token);
    clients.push(writer);
    await writer.synced();
    const text = writer.doc.getText('history');
    // 2,000 edits in 20 transactions: each transaction is one message, within the rate limit.
    for (let batch = 0; batch < 20; batch++) {
      writer.doc.transact(() => {
        for (let i = 0; i < 100; i++) text.insert(text.length, `第${batch * 100 + i}次修改；`);
      });
    }
    const expected = text.toString();
    const expectedTitle = writer.doc.getMap('registration').get('title');
    await eventually(() => writer.provider.synced, 'writer synced');
    await new Promise((resolve) => setTimeout(resolve, 200));
    writer.destroy();
    clients.length = 0;
    await server.server.close();

    server = await startTestServer({ DATA_DIR: dataDir });
    token = await server.login('handler');
    // A writer that has nothing gets the stored state, at once and once, and no step 1 of the
    // server's: it has nothing the server lacks, so the server need not apply the state to ask.
    const empty: RawClient = connectRaw(server.syncUrl, 'case/demo-0001/file', token);
    const state = await empty.waitFor((message) => message.type === 'syncStep2');
    empty.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await sleep(200);
    empty.terminate();
    expect(empty.messages().filter((message) => message.type === 'syncStep1')).toEqual([]);
    expect(empty.messages().filter((message) => message.type === 'syncStep2')).toHaveLength(1);
    const loaded = new Y.Doc();
    if (state.type === 'syncStep2') Y.applyUpdate(loaded, state.update);
    expect(loaded.getText('history').toString()).toBe(expected);

    const fresh = connectStockClient(server.syncUrl, 'case/demo-0001/file', token);
    clients.push(fresh);
    await fresh.synced();
    expect(fresh.doc.getText('history').toString()).toBe(expected);
    expect(fresh.doc.getMap('registration').get('title')).toBe(expectedTitle);

    // A client that already holds part of the state gets only what it lacks.
    const partial = new Y.Doc();
    Y.applyUpdate(partial, Y.encodeStateAsUpdate(fresh.doc));
    partial.getText('offline').insert(0, '离线补记');
    const returning = connectStockClient(server.syncUrl, 'case/demo-0001/file', token, partial);
    clients.push(returning);
    await returning.synced();
    fresh.doc.getText('history').insert(0, '重启后');
    await eventually(
      () =>
        returning.doc.getText('history').toString().startsWith('重启后') &&
        fresh.doc.getText('offline').toString() === '离线补记',
      'edits flow both ways after a cold load',
    );
  });
});
