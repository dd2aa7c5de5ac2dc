import { type AwarenessEntry, type AwarenessPayload, encodeAwarenessEntries } from '@lianban/sync';
import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { type AwarenessIdentity, stampAwarenessIdentity } from './stampAwarenessIdentity.ts';

const handler: AwarenessIdentity = {
  userId: 'u-handler',
  name: '承办人 李强',
  unitId: 'c1-zj',
  unit: '青川市住房和城乡建设局',
};

function payloadOf(clients: AwarenessEntry[]): AwarenessPayload {
  return { clients, update: encodeAwarenessEntries(clients) };
}

/** The states a stock client holds after applying `update`, as it would from the server. */
function statesApplied(update: Uint8Array): Map<number, unknown> {
  const awareness = new Awareness(new Y.Doc());
  applyAwarenessUpdate(awareness, update, 'server');
  const states = new Map<number, unknown>(awareness.getStates());
  states.delete(awareness.clientID);
  awareness.destroy();
  return states;
}

describe('stampAwarenessIdentity', () => {
  it('overwrites a claimed identity and keeps every other field', () => {
    const claimed = {
      user: {
        userId: 'u-supervisor',
        name: '督查专员 刘洋',
        unitId: 'p-xfj',
        unit: '云岭省信访局',
        color: '#c0392b',
      },
      cursor: { anchor: 3, head: 5 },
      status: 'reviewing',
    };
    const stamped = stampAwarenessIdentity(
      payloadOf([{ clientId: 7, clock: 2, state: claimed }]),
      handler,
    );
    const expected = {
      user: { ...handler, color: '#c0392b' },
      cursor: { anchor: 3, head: 5 },
      status: 'reviewing',
    };
    expect(stamped.clients).toEqual([{ clientId: 7, clock: 2, state: expected }]);
    expect(statesApplied(stamped.update)).toEqual(new Map<number, unknown>([[7, expected]]));
  });

  it('gives a state without a user object one', () => {
    const stamped = stampAwarenessIdentity(
      payloadOf([
        { clientId: 7, clock: 1, state: { cursor: null } },
        { clientId: 8, clock: 1, state: { user: 'someone else', cursor: null } },
      ]),
      handler,
    );
    expect(statesApplied(stamped.update)).toEqual(
      new Map<number, unknown>([
        [7, { cursor: null, user: handler }],
        [8, { user: handler, cursor: null }],
      ]),
    );
  });

  it('passes a leaving client (null) through and changes only the states that need it', () => {
    const honest = { user: { ...handler, color: '#2471a3' }, cursor: null };
    const stamped = stampAwarenessIdentity(
      payloadOf([
        { clientId: 7, clock: 4, state: honest },
        { clientId: 8, clock: 2, state: null },
        { clientId: 9, clock: 1, state: { user: { ...handler, unit: '别的单位' } } },
      ]),
      handler,
    );
    expect(stamped.clients).toEqual([
      { clientId: 7, clock: 4, state: honest },
      { clientId: 8, clock: 2, state: null },
      { clientId: 9, clock: 1, state: { user: handler } },
    ]);
    expect(statesApplied(stamped.update)).toEqual(
      new Map<number, unknown>([
        [7, honest],
        [9, { user: handler }],
      ]),
    );
  });

  it('returns the payload itself, not re-encoded, when every state already shows the identity', () => {
    const payload = payloadOf([
      { clientId: 7, clock: 4, state: { user: { ...handler, color: '#2471a3' }, cursor: null } },
      { clientId: 8, clock: 2, state: null },
    ]);
    expect(stampAwarenessIdentity(payload, handler)).toBe(payload);
  });
});
