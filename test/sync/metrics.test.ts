import { afterEach, describe, expect, it } from 'vitest';
import { metricValue } from '../support/http.ts';
import { connectStockClient, eventually, type StockClient } from '../support/stockClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

const room = 'case/demo-0001/file';

/** /metrics after traffic: every accepted update is counted as received, stored and timed. */
describe('metrics after traffic', () => {
  let server: TestServer | undefined;
  const clients: StockClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.stop();
    server = undefined;
  });

  it('count connections, open documents, updates received and stored, and store latency', async () => {
    server = await startTestServer();
    const url = server.server.url;
    const sample = (name: string) => metricValue(url, name);
    const before = {
      received: await sample('lianban_updates_received_total'),
      stored: await sample('lianban_updates_stored_total'),
      timed: await sample('lianban_store_latency_ms_count'),
      connections: await sample('lianban_connections'),
    };
    const writer = connectStockClient(server.syncUrl, room, await server.login('handler'));
    const reader = connectStockClient(server.syncUrl, room, await server.login('supervisor'));
    clients.push(writer, reader);
    await Promise.all([writer.synced(), reader.synced()]);
    expect(await sample('lianban_connections')).toBe(before.connections + 2);
    expect(await sample('lianban_open_documents')).toBeGreaterThanOrEqual(1);

    const edits = 12;
    const text = writer.doc.getText('metrics-check');
    for (let i = 0; i < edits; i++) text.insert(text.length, `第${i}条；`);
    await eventually(
      () => reader.doc.getText('metrics-check').length === text.length,
      'the edits reach the reader',
    );

    expect(await sample('lianban_updates_received_total')).toBe(before.received + edits);
    expect(await sample('lianban_updates_stored_total')).toBe(before.stored + edits);
    // Each stored update's time from arrival to storage, in the histogram.
    expect(await sample('lianban_store_latency_ms_count')).toBe(before.timed + edits);
    expect(await sample('lianban_store_latency_ms_bucket{le="+Inf"}')).toBe(before.timed + edits);
    const sum = await sample('lianban_store_latency_ms_sum');
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(edits * 1_000);
  });
});
