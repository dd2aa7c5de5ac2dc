import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metricValue } from '../support/http.ts';
import { sleep } from '../support/rawClient.ts';
import { connectStockClient, eventually, type StockClient } from '../support/stockClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

// Short enough for a quick test, long enough that "not before the delay" is measurable.
const idleMs = 1_000;
const document = 'case/demo-0001/file';

describe('an idle document leaves the server’s memory', () => {
  let server: TestServer;
  let token: string;
  const clients: StockClient[] = [];
  const watches: { stop(): Promise<unknown> }[] = [];

  // A server per test: one that fails to unload leaves the next test's start clean.
  beforeEach(async () => {
    server = await startTestServer({ ROOM_IDLE_MS: idleMs });
    token = await server.login('handler');
    // Each test starts with no document open (the demo seed's own writes open rooms too).
    await until(async () => (await gauge('lianban_open_documents')) === 0, 'seed rooms unloaded');
  });
  afterEach(async () => {
    for (const watch of watches.splice(0)) await watch.stop();
    for (const client of clients.splice(0)) client.destroy();
    await server?.stop();
  });

  /** One unlabelled gauge or counter of `/metrics`. */
  const gauge = (name: string): Promise<number> => metricValue(server.server.url, name);

  /** Resolves once `check` holds, polling for up to 10 s. */
  const until = (check: () => Promise<boolean>, message: string) =>
    eventually(check, message, 10_000);

  /** Reads the open-documents gauge every ~10 ms in the background, with when it was read. */
  function watchOpenDocuments() {
    const samples: { at: number; open: number }[] = [];
    let running = true;
    const done = (async () => {
      while (running) {
        const open = await gauge('lianban_open_documents');
        samples.push({ at: performance.now(), open });
        await sleep(10);
      }
    })();
    const watch = {
      samples,
      async stop() {
        running = false;
        await done;
        return samples;
      },
    };
    watches.push(watch);
    return watch;
  }

  async function open(doc = new Y.Doc()): Promise<StockClient> {
    const client = connectStockClient(server.syncUrl, document, token, doc);
    clients.push(client);
    await client.synced();
    return client;
  }

  it('stays open while a client is connected, and unloads after the delay once the last one leaves', async () => {
    const first = await open();
    const second = await open();
    expect(await gauge('lianban_open_documents')).toBe(1);

    // One client leaves; the other keeps the document open well past the idle delay.
    const watch = watchOpenDocuments();
    second.destroy();
    await until(async () => (await gauge('lianban_connections')) === 1, 'second client gone');
    await sleep(idleMs * 2.5);
    const whileConnected = await watch.stop();
    expect(whileConnected.length).toBeGreaterThan(10);
    expect(whileConnected.filter((sample) => sample.open !== 1)).toEqual([]);

    // The last client leaves: unloaded, but only once the delay has passed.
    const left = performance.now();
    const afterLeaving = watchOpenDocuments();
    first.destroy();
    await until(async () => afterLeaving.samples.some((sample) => sample.open === 0), 'unloaded');
    const samples = await afterLeaving.stop();
    const unloadedAfter = samples.find((sample) => sample.open === 0)!.at - left;
    // (Timers may fire a millisecond early; the server hears of the close after `left` anyway.)
    expect(unloadedAfter).toBeGreaterThanOrEqual(idleMs - 20);
    expect(unloadedAfter).toBeLessThan(idleMs + 5_000);
    expect(samples.filter((sample) => sample.at - left < idleMs - 20 && sample.open !== 1)).toEqual(
      [],
    );
    // And it stays unloaded.
    await sleep(idleMs);
    expect(await gauge('lianban_open_documents')).toBe(0);
  });

  it('keeps everything written before the unload, and syncs edits after the reload', async () => {
    const writer = await open();
    const title = writer.doc.getMap('registration').get('title');
    // Several updates after the initial sync, with a deletion and a map entry among them: the
    // room holds them as forwarded updates, not yet applied to its document, when it goes idle.
    const text = writer.doc.getText('idle-unload');
    for (let i = 0; i < 20; i++) text.insert(text.length, `第${i}段；`);
    text.delete(0, 4);
    writer.doc.getMap('idle-unload-map').set('note', '卸载前写入');
    const written = text.toString();
    const writtenState = Y.encodeStateVector(writer.doc);
    writer.destroy();
    await until(async () => (await gauge('lianban_open_documents')) === 0, 'unloaded');

    // A fresh client (an empty Y.Doc) reopens it: the room loads from storage.
    const reader = await open();
    expect(await gauge('lianban_open_documents')).toBe(1);
    expect(reader.doc.getText('idle-unload').toString()).toBe(written);
    expect(reader.doc.getMap('idle-unload-map').get('note')).toBe('卸载前写入');
    expect(reader.doc.getMap('registration').get('title')).toBe(title);
    expect(stateOf(reader.doc)).toEqual(Object.fromEntries(Y.decodeStateVector(writtenState)));

    // Edits after the reload flow both ways between two clients of the reloaded room.
    const other = await open();
    expect(other.doc.getText('idle-unload').toString()).toBe(written);
    reader.doc.getText('idle-unload').insert(0, '重新载入后');
    other.doc.getText('idle-unload-other').insert(0, '另一方');
    await until(
      async () =>
        other.doc.getText('idle-unload').toString() === `重新载入后${written}` &&
        reader.doc.getText('idle-unload-other').toString() === '另一方',
      'edits after the reload reach the other client',
    );

    // A second unload keeps those too (the reloaded room's snapshot plus its new tail).
    const expected = stateOf(reader.doc);
    for (const client of clients.splice(0)) client.destroy();
    await until(async () => (await gauge('lianban_open_documents')) === 0, 'unloaded again');
    const third = await open();
    expect(third.doc.getText('idle-unload').toString()).toBe(`重新载入后${written}`);
    expect(third.doc.getText('idle-unload-other').toString()).toBe('另一方');
    expect(stateOf(third.doc)).toEqual(expected);
  });

  it('keeps the same room open when a client reconnects before the delay ends', async () => {
    const client = await open();
    client.doc.getText('reconnect').insert(0, '重连前');
    const watch = watchOpenDocuments();

    const disconnected = performance.now();
    client.provider.disconnect();
    // The server has seen the close: the room has no connection now and its idle timer runs.
    await until(async () => (await gauge('lianban_connections')) === 0, 'server saw the close');
    await sleep(idleMs / 5);
    client.provider.connect();
    await client.synced();
    await until(async () => (await gauge('lianban_connections')) === 1, 'server saw the reconnect');
    // Otherwise this run proves nothing (a slow machine): the reconnect must beat the delay.
    expect(performance.now() - disconnected).toBeLessThan(idleMs);

    // Well past the delay counted from the disconnect, the room never left memory.
    await sleep(idleMs * 2.5);
    const samples = await watch.stop();
    expect(samples.length).toBeGreaterThan(10);
    expect(samples.filter((sample) => sample.open !== 1)).toEqual([]);

    // And the reconnected client is in the live room: its edits reach a newcomer and back.
    const newcomer = await open();
    expect(newcomer.doc.getText('reconnect').toString()).toBe('重连前');
    client.doc.getText('reconnect').insert(0, '重连后');
    newcomer.doc.getText('reconnect-other').insert(0, '新来者');
    await until(
      async () =>
        newcomer.doc.getText('reconnect').toString().startsWith('重连后') &&
        client.doc.getText('reconnect-other').toString() === '新来者',
      'edits flow between the reconnected client and a newcomer',
    );
    expect(await gauge('lianban_open_documents')).toBe(1);
  });
});

/** A document's state vector as a plain object (client id to clock), for comparison. */
function stateOf(doc: Y.Doc): Record<number, number> {
  return Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(doc)));
}
