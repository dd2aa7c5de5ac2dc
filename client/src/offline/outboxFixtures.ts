import memoryAdapter from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import { afterEach } from 'vitest';
import type { ApiResult } from '../api/types.ts';
import type { LocalDatabase } from './localDatabase.ts';
import type { QueuedCommand, SendCommand } from './outboxTypes.ts';

PouchDB.plugin(memoryAdapter);

// Shared by the outbox tests only: in-memory databases and a fake command endpoint.
const databases: LocalDatabase[] = [];

/** A fresh in-memory database, destroyed after the test. */
export function database(): LocalDatabase {
  const db = new PouchDB(`outbox-${databases.length}-${Math.random()}`, { adapter: 'memory' });
  databases.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.destroy()));
});

/** What the server answers a reply decided on a state an extension has changed. */
export const refusal: ApiResult<unknown> = {
  ok: false,
  status: 409,
  code: 'conflict',
  message: {
    zh: '答复所依据的案件状态已被「延长办理期限」改变',
    en: '"Reply" … has since changed',
  },
  conflictsWith: 'extend-1',
};

/** A fake server: applies each key once, refuses `reply`, and can be taken offline. */
export function fakeServer() {
  const applied = new Map<string, QueuedCommand>();
  const received: string[] = [];
  let reachable = true;
  const send: SendCommand = async (_caseId, command) => {
    if (!reachable) return { ok: false, status: 0, code: 'network' };
    received.push(command.idempotencyKey);
    if (command.type === 'reply') return refusal;
    applied.set(command.idempotencyKey, command);
    return { ok: true, data: { eventId: command.idempotencyKey } };
  };
  return { send, applied, received, setReachable: (value: boolean) => (reachable = value) };
}

/** Acts to queue. */
export const accept = { type: 'accept', payload: { notice: 'served' }, basis: 'transfer-1' };
/** Refused by {@link fakeServer}. */
export const reply = {
  type: 'reply',
  payload: { outcome: 'supported', summary: '…' },
  basis: 'accept-1',
};
