import type { WorkflowEvent } from '@lianban/case-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppDatabase, openAppDatabase } from '../db/openAppDatabase.ts';
import { createEventStore, type EventStore } from './eventStore.ts';

const actor = { userId: 'u1', unitId: 'office', role: 'receptionClerk' } as const;
const event = (id: string, type: WorkflowEvent['type'] = 'transfer'): WorkflowEvent =>
  ({
    id,
    type,
    at: '2026-06-01T02:00:00.000Z',
    actor,
    payload: { leadUnitId: 'env', coUnitIds: ['zj'] },
    causedBy: id,
    basis: null,
  }) as WorkflowEvent;

describe('the workflow event store', () => {
  let db: AppDatabase;
  let store: EventStore;
  beforeEach(() => {
    db = openAppDatabase(':memory:');
    store = createEventStore(db);
  });
  afterEach(() => db.close());

  it('appends and lists per case in order, and finds an event by its key', () => {
    store.append('c1', [{ event: event('a'), commandHash: 'h-a' }], '2026-06-01T02:00:01.000Z');
    store.append('c1', [{ event: event('b'), commandHash: 'h-b' }], '2026-06-01T02:00:02.000Z');
    store.append('c2', [{ event: event('a'), commandHash: 'h-a2' }], '2026-06-01T02:00:03.000Z');
    expect(store.list('c1')).toEqual([event('a'), event('b')]);
    expect(store.findByKey('c1', 'b')).toMatchObject({
      seq: 2,
      commandHash: 'h-b',
      event: event('b'),
    });
    expect(store.findByKey('c2', 'b')).toBeNull();
  });

  it('refuses a key twice in one case, in one transaction with the rest of the batch', () => {
    store.append('c1', [{ event: event('a'), commandHash: 'h' }], 'now');
    expect(() =>
      store.append(
        'c1',
        [
          { event: event('b'), commandHash: 'h' },
          { event: event('a'), commandHash: 'h' },
        ],
        'now',
      ),
    ).toThrow(/UNIQUE/);
    expect(store.list('c1').map((item) => item.id)).toEqual(['a']);
  });

  it('finds a registration by key across cases, and a register key is unique everywhere', () => {
    store.append('c1', [{ event: event('reg-1', 'register'), commandHash: 'h' }], 'now');
    expect(store.findRegistration('reg-1')).toMatchObject({ caseId: 'c1' });
    expect(store.findRegistration('reg-2')).toBeNull();
    expect(() =>
      store.append('c2', [{ event: event('reg-1', 'register'), commandHash: 'h' }], 'now'),
    ).toThrow(/UNIQUE/);
  });

  it('is append-only: updates and deletes are refused by the database', () => {
    store.append('c1', [{ event: event('a'), commandHash: 'h' }], 'now');
    expect(() => db.exec("UPDATE workflow_events SET type = 'close'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM workflow_events')).toThrow(/append-only/);
    expect(store.list('c1')).toHaveLength(1);
  });
});
