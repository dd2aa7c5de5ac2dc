import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { metricValue } from '../support/http.ts';
import { sleep } from '../support/rawClient.ts';
import { connectStockClient, eventually, type StockClient } from '../support/stockClient.ts';
import { startTestServer, type TestServer } from '../support/testServer.ts';

/**
 * A supervisor reads case files but does not write them: their edits reach nobody, they are told
 * so, and their awareness still reaches the handlers. They do write the case notes.
 */
describe('a read-only client (supervisor on a case file)', () => {
  let server: TestServer;
  let warn: MockInstance<typeof console.warn>;
  const clients: StockClient[] = [];
  const deniedWarnings = (room: string) =>
    warn.mock.calls.filter((call) => {
      const text = String(call[0]);
      return text.startsWith('Permission denied to access') && text.includes(room);
    });

  beforeEach(async () => {
    server = await startTestServer();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    vi.restoreAllMocks();
    await server.stop();
  });

  it('edits reach nobody, the client is told, and its awareness reaches the handler', async () => {
    const room = 'case/demo-0001/file';
    const handlerToken = await server.login('handler');
    const supervisorToken = await server.login('supervisor');
    const handler = connectStockClient(server.syncUrl, room, handlerToken);
    const supervisor = connectStockClient(server.syncUrl, room, supervisorToken);
    clients.push(handler, supervisor);
    await Promise.all([handler.synced(), supervisor.synced()]);
    // The supervisor does read the file.
    expect(supervisor.doc.getMap('registration').get('title')).toBe(
      handler.doc.getMap('registration').get('title'),
    );
    expect(supervisor.doc.getMap('registration').get('title')).toBeTruthy();

    supervisor.doc.getText('scratch').insert(0, 'supervisor-edit-1');
    supervisor.doc.getMap('registration').set('title', 'overwritten by a reader');
    await eventually(() => deniedWarnings(room).length > 0, 'permission denied reported');
    expect(String(deniedWarnings(room)[0]![0])).toMatch(/read-only/);

    // Awareness is not a document write: it reaches the handler.
    supervisor.provider.awareness.setLocalStateField('user', { name: '督查专员 刘洋' });
    await eventually(
      () =>
        (
          handler.provider.awareness.getStates().get(supervisor.doc.clientID)?.user as
            | { name?: string }
            | undefined
        )?.name === '督查专员 刘洋',
      'supervisor awareness reaches the handler',
    );
    // The handler's own edits still flow to the supervisor (a round trip after the denial).
    handler.doc.getText('scratch').insert(0, 'handler-edit ');
    await eventually(
      () => supervisor.doc.getText('scratch').toString().includes('handler-edit'),
      'handler edit reaches the supervisor',
    );
    await sleep(200);
    expect(handler.doc.getText('scratch').toString()).toBe('handler-edit ');
    expect(handler.doc.getMap('registration').get('title')).not.toBe('overwritten by a reader');
    expect(supervisor.closeCodes).toEqual([]);

    // Reconnecting does not smuggle the local edits in: the server never asks a reader for them.
    supervisor.provider.disconnect();
    supervisor.doc.getText('scratch').insert(0, 'supervisor-offline-edit ');
    supervisor.provider.connect();
    await supervisor.synced();
    const deniedBefore = deniedWarnings(room).length;
    supervisor.doc.getText('scratch').insert(0, 'supervisor-edit-2 ');
    await eventually(
      () => deniedWarnings(room).length > deniedBefore,
      'denied again after reconnect',
    );
    await sleep(200);
    const fresh = connectStockClient(server.syncUrl, room, handlerToken);
    clients.push(fresh);
    await fresh.synced();
    expect(fresh.doc.getText('scratch').toString()).toBe('handler-edit ');
    expect(fresh.doc.getMap('registration').get('title')).toBe(
      handler.doc.getMap('registration').get('title'),
    );
    expect(handler.doc.getText('scratch').toString()).toBe('handler-edit ');
    // The supervisor still has its own local edits: it was refused, not rolled back.
    expect(supervisor.doc.getText('scratch').toString()).toContain('supervisor-edit-1');
    expect(
      await metricValue(server.server.url, 'lianban_rejected_messages_total{reason="read-only"}'),
    ).toBeGreaterThanOrEqual(1);
  });

  it('the supervisor does write the case notes', async () => {
    const room = 'case/demo-0001/notes';
    const handler = connectStockClient(server.syncUrl, room, await server.login('handler'));
    const supervisor = connectStockClient(server.syncUrl, room, await server.login('supervisor'));
    clients.push(handler, supervisor);
    await Promise.all([handler.synced(), supervisor.synced()]);
    supervisor.doc.getText('notes').insert(0, '督查意见：请于本周内答复');
    await eventually(
      () => handler.doc.getText('notes').toString() === '督查意见：请于本周内答复',
      'supervisor note reaches the handler',
    );
    const fresh = connectStockClient(server.syncUrl, room, await server.login('handler2'));
    clients.push(fresh);
    await fresh.synced();
    expect(fresh.doc.getText('notes').toString()).toBe('督查意见：请于本周内答复');
    expect(deniedWarnings(room)).toEqual([]);
  });
});
