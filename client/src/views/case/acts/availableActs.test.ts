import type { Actor, TimelineEntry } from '@lianban/case-model';
import { describe, expect, it } from 'vitest';
import { foldTimeline, projectPending } from '../record/projectState.ts';
import { availableActs } from './availableActs.ts';

const clerk: Actor = { userId: 'u-clerk', unitId: 'c1-xfj', role: 'receptionClerk' };
const handler: Actor = { userId: 'u-handler', unitId: 'c1-zj', role: 'handler' };
const head: Actor = { userId: 'u-head', unitId: 'c1-zj', role: 'unitHead' };
const other: Actor = { userId: 'u-h2', unitId: 'c1-zrzy', role: 'handler' };

const entry = (
  id: string,
  type: string,
  at: string,
  actor: Actor,
  basis: string | null,
  payload: unknown,
) => ({ id, type, label: { zh: type, en: type }, at, actor, basis, payload }) as TimelineEntry;
const facts = {
  registeringUnitId: 'c1-xfj',
  channel: 'visit',
  matterClass: 'grievance',
  category: 'urbanDemolition',
  divisionCode: '990102',
  anonymous: false,
  jointDesk: false,
  accusedUnitIds: [],
  groupVisit: null,
};
const timeline = [
  entry('r', 'register', '2026-11-20T02:00:00.000Z', clerk, null, { caseId: 'c', facts }),
  entry('t', 'transfer', '2026-11-20T03:00:00.000Z', clerk, 'r', {
    leadUnitId: 'c1-zj',
    coUnitIds: ['c1-zrzy'],
  }),
];
const now = '2026-11-28T02:00:00.000Z';

describe('availableActs', () => {
  it('offers the acts the role, unit and state allow', () => {
    const state = foldTimeline(timeline);
    expect(availableActs(state, handler, now)).toEqual(
      expect.arrayContaining(['notAccept', 'accept', 'close', 'withdraw']),
    );
    expect(availableActs(state, handler, now)).not.toContain('extend');
    expect(availableActs(state, other, now)).not.toContain('accept');
    expect(availableActs(state, clerk, now)).not.toContain('transfer');
  });

  it('follows the acts waiting in the outbox', () => {
    const accepted = foldTimeline([
      ...timeline,
      entry('a', 'accept', '2026-11-21T02:00:00.000Z', handler, 't', { notice: 'served' }),
    ]);
    expect(availableActs(accepted, head, now)).toContain('extend');
    expect(availableActs(accepted, handler, now)).toEqual(
      expect.arrayContaining(['startHearing', 'reply']),
    );
    const pending = {
      id: 'outbox:1',
      caseId: 'c',
      status: 'pending' as const,
      queuedAt: now,
      attempts: 0,
      command: { type: 'startHearing', idempotencyKey: 'h', at: now, basis: 'a', payload: {} },
    };
    const projected = projectPending(accepted, [pending], handler);
    expect(projected.status).toBe('HEARING');
    expect(projected.statusEventId).toBe('h');
    expect(availableActs(projected, handler, '2026-11-28T03:00:00.000Z')).toContain('endHearing');
  });
});
