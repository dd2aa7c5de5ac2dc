import { describe, expect, it } from 'vitest';
import { createOutbox } from './outbox.ts';
import { accept, database, fakeServer, reply } from './outboxFixtures.ts';

describe('createOutbox over time', () => {
  it('dates an act when it was performed, if told, and when it was queued otherwise', async () => {
    const now = () => new Date('2026-11-28T02:00Z');
    const outbox = createOutbox({ db: database(), send: fakeServer().send, now });
    const dated = await outbox.enqueue('c', { ...accept, at: '2026-11-28T02:00:05.000Z' });
    expect(dated.command.at).toBe('2026-11-28T02:00:05.000Z');
    expect(dated.queuedAt).toBe('2026-11-28T02:00:00.000Z');
  });

  it('delivers an act queued while a flush is under way', async () => {
    const server = fakeServer();
    const outbox = createOutbox({ db: database(), send: server.send });
    await outbox.enqueue('demo-0001', accept);
    const flushing = outbox.flush();
    await outbox.enqueue('demo-0001', { ...accept, type: 'startHearing', payload: {} });
    void outbox.flush();
    await flushing;
    expect(outbox.entries().map((entry) => entry.status)).toEqual(['applied', 'applied']);
  });

  it('forgets applied acts after a day, never refused or pending ones', async () => {
    const db = database();
    const server = fakeServer();
    let time = Date.parse('2026-11-28T02:00Z');
    const now = () => new Date(time);
    const outbox = createOutbox({ db, send: server.send, now });
    await outbox.enqueue('demo-0001', accept);
    await outbox.enqueue('demo-0001', reply);
    await outbox.flush();
    server.setReachable(false);
    await outbox.enqueue('demo-0001', accept);
    time += 2 * 86_400_000;
    const later = createOutbox({ db, send: server.send, now });
    await later.ready;
    expect(later.entries().map((entry) => entry.status)).toEqual(['refused', 'pending']);
  });

  it('lets two tabs deliver the same waiting act: the server applies it once, both agree', async () => {
    const db = database();
    const server = fakeServer();
    server.setReachable(false);
    const first = createOutbox({ db, send: server.send });
    await first.enqueue('demo-0001', accept);
    const second = createOutbox({ db, send: server.send });
    await second.ready;
    server.setReachable(true);
    expect(await Promise.all([first.flush(), second.flush()])).toEqual([true, true]);
    expect(server.applied.size).toBe(1);
    expect(second.entries().map((entry) => entry.status)).toEqual(['applied']);
    await second.dismiss(second.entries()[0]!.id);
    await first.dismiss(first.entries()[0]!.id);
    expect(first.entries()).toEqual([]);
  });
});
