import { describe, expect, it } from 'vitest';
import { deliveryOutcome } from './outboxAnswer.ts';

describe('deliveryOutcome', () => {
  const reason = { zh: '案件当前状态不允许此行为', en: 'The case is not in a state for this act' };

  it('applies a recorded or replayed act', () => {
    expect(deliveryOutcome({ ok: true, data: { replayed: true } })).toEqual({ status: 'applied' });
  });

  it('keeps the act waiting when the answer says nothing about it', () => {
    for (const status of [0, 401, 408, 429, 500, 502, 503]) {
      expect(deliveryOutcome({ ok: false, status, code: 'x' })).toEqual({ status: 'retry' });
    }
  });

  it('refuses for good with the server code, reason and the act in the way', () => {
    expect(
      deliveryOutcome({
        ok: false,
        status: 409,
        code: 'wrong-state',
        message: reason,
        conflictsWith: 'ev-1',
      }),
    ).toEqual({ status: 'refused', code: 'wrong-state', reason, conflictsWith: 'ev-1' });
    expect(deliveryOutcome({ ok: false, status: 404, code: 'not-found' })).toEqual({
      status: 'refused',
      code: 'not-found',
    });
    expect(
      deliveryOutcome({ ok: false, status: 422, code: 'wrong-role', message: reason }),
    ).toEqual({ status: 'refused', code: 'wrong-role', reason });
  });
});
