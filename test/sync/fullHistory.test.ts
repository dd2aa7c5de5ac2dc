import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '@lianban/storage';
import { encodeSyncStep1, type ServerMessage } from '@lianban/sync';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metricValue } from '../support/http.ts';
import { connectRaw } from '../support/rawClient.ts';
import { connectStockClient, eventually, type StockClient } from '../support/stockClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

const room = 'case/demo-0001/file';
const firstDraft = '第一稿：信访人反映拆迁补偿款至今未到位。';
const secondDraft = '第二稿：经核实，补偿款已于三月拨付。';

/** What a client with nothing gets from the server for `room`: the whole state, as sync step 2. */
async function servedState(server: TestServer, token: string): Promise<Uint8Array> {
  const client = connectRaw(server.syncUrl, room, token);
  try {
    await client.opened;
    client.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    const step2 = await client.waitFor(
      (message): message is Extract<ServerMessage, { type: 'syncStep2' }> =>
        message.type === 'syncStep2',
    );
    return step2.update;
  } finally {
    client.terminate();
  }
}

/** The text of `name` as it stood at `version`, rebuilt from a full-history copy of `state`. */
function textAt(state: Uint8Array, version: Y.Snapshot, name: string): string {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, state);
  return Y.createDocFromSnapshot(doc, version).getText(name).toString();
}

// Case documents keep their full history wherever they are stored or served, so a version from
// before a deletion can be rebuilt later: through the room's own Y.Doc, its compactions, a restart
// and a cold load. The writer is a stock client whose own doc collects garbage, as browsers' may.
describe('full history through the server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lianban-history-'));
  const clients: StockClient[] = [];
  let server: TestServer | undefined;
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves deleted text to rebuild an earlier version, warm, after compaction and cold', async () => {
    const settings = { DATA_DIR: dataDir, COMPACT_AFTER_UPDATES: 10 };
    server = await startTestServer(settings);
    let token = await server.login('handler');
    const writer = connectStockClient(server.syncUrl, room, token);
    clients.push(writer);
    await writer.synced();
    const text = writer.doc.getText('history-check');
    text.insert(0, firstDraft);
    const beforeRewrite = Y.snapshot(writer.doc);
    // One update per transaction: 25 in all, past the compaction threshold twice.
    text.delete(0, text.length);
    for (const char of secondDraft) text.insert(text.length, char);
    const updates = 2 + secondDraft.length;
    expect(updates).toBeGreaterThanOrEqual(20);
    expect(writer.doc.gc).toBe(true);

    const reader = connectStockClient(server.syncUrl, room, token);
    clients.push(reader);
    await eventually(
      () => reader.doc.getText('history-check').toString() === secondDraft,
      'the rewrite reaches a second client',
    );
    // Compacted while open (past 10 stored updates), before anything is served.
    const compactions = () => metricValue(server!.server.url, 'lianban_compactions_total');
    await eventually(async () => (await compactions()) >= 1, 'compacted while open', 5_000);
    expect(await compactions()).toBeGreaterThanOrEqual(1);
    const warm = await servedState(server, token);
    expect(textAt(warm, beforeRewrite, 'history-check')).toBe(firstDraft);
    expect(textAt(warm, Y.snapshot(writer.doc), 'history-check')).toBe(secondDraft);

    for (const client of clients.splice(0)) client.destroy();
    await server.server.close();
    server = undefined;
    const store = createSqliteStore({ path: join(dataDir, 'documents.sqlite') });
    const meta = await store.meta(room);
    await store.close();
    // Every update went into a snapshot (the last ones when the room closed): what is served
    // below is the compacted history.
    expect(meta?.snapshotSeq).toBeGreaterThanOrEqual(updates);
    expect(meta?.tailCount).toBe(0);

    server = await startTestServer(settings);
    token = await server.login('handler');
    const cold = await servedState(server, token);
    expect(textAt(cold, beforeRewrite, 'history-check')).toBe(firstDraft);
    expect(textAt(cold, Y.snapshot(writer.doc), 'history-check')).toBe(secondDraft);
  });
});
