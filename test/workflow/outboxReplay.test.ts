import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.ts';
import {
  type Delivery,
  openOutbox,
  type QueuedCommand,
  queue,
  replay,
  type Send,
} from './commandOutbox.ts';

type CaseBody = { timeline: { type: string; id: string }[]; conflicts: { eventId: string }[] };

/**
 * Field work offline (带案下访): the handler's device queues workflow commands in its PouchDB
 * outbox and replays them on reconnect. Replayed twice (the first answers lost), each applies
 * once; one that became invalid meanwhile comes back with a reason the user can read.
 */
describe('the offline command outbox replayed against the real server', () => {
  let server: TestServer;
  let handler: string;
  let clerk: string;
  beforeAll(async () => {
    server = await startTestServer();
    [handler, clerk] = await Promise.all([server.login('handler'), server.login('clerk')]);
  });
  afterAll(() => server?.stop());

  const send =
    (token: string): Send =>
    async (caseId, command) => {
      const response = await fetch(`${server.server.url}/api/cases/${caseId}/commands`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(command),
      });
      return { status: response.status, body: (await response.json()) as Delivery['body'] };
    };
  const readCase = async (caseId: string): Promise<CaseBody> => {
    const response = await fetch(`${server.server.url}/api/cases/${caseId}`, {
      headers: { authorization: `Bearer ${handler}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as CaseBody;
  };

  it('applies each queued command once, and returns the invalidated one with its reason', async () => {
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const serve: QueuedCommand = {
      type: 'serveAcceptNotice',
      idempotencyKey: randomUUID(),
      at: minutesAgo(30),
      basis: 'seed-demo-0001-accept',
      payload: {},
    };
    const hearing: QueuedCommand = {
      type: 'startHearing',
      idempotencyKey: randomUUID(),
      at: minutesAgo(20),
      basis: serve.idempotencyKey,
      payload: {},
    };
    const stale: QueuedCommand = {
      type: 'serveAcceptNotice',
      idempotencyKey: randomUUID(),
      at: minutesAgo(10),
      basis: 'seed-demo-0002-accept',
      payload: {},
    };
    const outbox = openOutbox(`outbox-${randomUUID()}`);
    await queue(outbox, 'demo-0001', serve);
    await queue(outbox, 'demo-0001', hearing);
    await queue(outbox, 'demo-0002', stale);

    // Meanwhile, online, the petitioner withdraws the second case at the petition office.
    const withdraw = await send(clerk)('demo-0002', {
      type: 'withdraw',
      idempotencyKey: 'withdraw-online',
      at: minutesAgo(15),
      payload: { reason: '信访人书面撤回' },
    });
    expect(withdraw.status).toBe(200);

    const first = await replay(outbox, send(handler), { acknowledge: false });
    const second = await replay(outbox, send(handler), { acknowledge: true });
    expect(first.map((item) => item.status)).toEqual([200, 200, 409]);
    expect(first.map((item) => item.body.replayed)).toEqual([false, false, undefined]);
    expect(second.map((item) => item.status)).toEqual([200, 200, 409]);
    expect(second.map((item) => item.body.replayed)).toEqual([true, true, undefined]);
    expect(second[2]!.body.error).toEqual(first[2]!.body.error);

    const entries = (await outbox.allDocs({ include_docs: true })).rows.map((row) => row.doc!);
    expect(entries.map((entry) => entry.status)).toEqual(['applied', 'applied', 'rejected']);
    expect(entries[2]).toMatchObject({ code: 'conflict', conflictsWith: 'withdraw-online' });
    expect(entries[2]!.reason!.zh).toBe('送达受理告知书所依据的案件状态已被「撤回」改变');
    expect(entries[2]!.reason!.en).toContain('"Withdraw" has since changed');

    const applied = (await readCase('demo-0001')).timeline.map((event) => event.id);
    expect(applied.filter((id) => id === serve.idempotencyKey)).toHaveLength(1);
    expect(applied.filter((id) => id === hearing.idempotencyKey)).toHaveLength(1);
    const withdrawn = await readCase('demo-0002');
    expect(withdrawn.timeline.map((event) => event.type)).not.toContain('serveAcceptNotice');
    expect(withdrawn.conflicts.map((conflict) => conflict.eventId)).toEqual([stale.idempotencyKey]);
    await outbox.destroy();
  });
});
