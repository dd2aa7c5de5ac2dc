import { describe, expect, it } from 'vitest';
import { createOutbox } from './outbox.ts';
import { accept, database, fakeServer, refusal, reply } from './outboxFixtures.ts';
import type { SendCommand } from './outboxTypes.ts';

describe('createOutbox', () => {
  it('stores an act as pending with its key, instant and basis before anything is sent', async () => {
    const db = database();
    const server = fakeServer();
    const outbox = createOutbox({
      db,
      send: server.send,
      now: () => new Date('2026-11-28T02:00Z'),
    });
    const entry = await outbox.enqueue('demo-0001', accept);
    expect(entry).toMatchObject({ caseId: 'demo-0001', status: 'pending', attempts: 0 });
    expect(entry.command).toMatchObject({ ...accept, at: '2026-11-28T02:00:00.000Z' });
    expect(entry.command.idempotencyKey).toMatch(/^[A-Za-z0-9_.:@+-]{1,128}$/);
    expect(server.received).toEqual([]);

    const reopened = createOutbox({ db, send: server.send });
    await reopened.ready;
    expect(reopened.entries()).toEqual([entry]);
  });

  it('sends in queueing order and keeps a refusal with its reason until dismissed', async () => {
    const server = fakeServer();
    const outbox = createOutbox({ db: database(), send: server.send });
    const first = await outbox.enqueue('demo-0001', accept);
    const second = await outbox.enqueue('demo-0001', reply);
    expect(await outbox.flush()).toBe(true);
    expect(server.received).toEqual([first.command.idempotencyKey, second.command.idempotencyKey]);
    const [applied, refused] = outbox.entries();
    expect(applied).toMatchObject({ status: 'applied', attempts: 1 });
    expect(refused).toMatchObject({
      status: 'refused',
      code: 'conflict',
      reason: refusal.ok ? undefined : refusal.message,
      conflictsWith: 'extend-1',
    });
    await outbox.flush();
    expect(server.received).toHaveLength(2);
    await outbox.dismiss(second.id);
    expect(outbox.entries().map((entry) => entry.id)).toEqual([first.id]);
  });

  it('keeps acts pending while offline and replays them with the same keys on reconnect', async () => {
    const db = database();
    const server = fakeServer();
    server.setReachable(false);
    const outbox = createOutbox({ db, send: server.send });
    const first = await outbox.enqueue('demo-0001', accept);
    await outbox.enqueue('demo-0002', accept);
    expect(await outbox.flush()).toBe(false);
    expect(outbox.entries().map((entry) => [entry.status, entry.attempts])).toEqual([
      ['pending', 1],
      ['pending', 0],
    ]);
    await outbox.dismiss(first.id);
    expect(outbox.entries()).toHaveLength(2);

    server.setReachable(true);
    const afterReload = createOutbox({ db, send: server.send });
    expect(await afterReload.flush()).toBe(true);
    expect(afterReload.entries().map((entry) => entry.status)).toEqual(['applied', 'applied']);
    expect([...server.applied.keys()][0]).toBe(first.command.idempotencyKey);
  });

  it('sends again an act whose answer was lost, with the same key', async () => {
    const db = database();
    const server = fakeServer();
    const lost: SendCommand = async (caseId, command) => {
      await server.send(caseId, command);
      return { ok: false, status: 502, code: 'http' };
    };
    const outbox = createOutbox({ db, send: lost });
    const entry = await outbox.enqueue('demo-0001', accept);
    expect(await outbox.flush()).toBe(false);
    expect(outbox.entries()[0]?.status).toBe('pending');
    const retry = createOutbox({ db, send: server.send });
    await retry.flush();
    expect(server.received).toEqual([entry.command.idempotencyKey, entry.command.idempotencyKey]);
    expect(retry.entries()[0]?.status).toBe('applied');
  });
});
