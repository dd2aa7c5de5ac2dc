import { describe, expect, it } from 'vitest';
import { actFields } from './actFields.ts';
import { actPayload } from './actPayload.ts';

describe('actPayload', () => {
  it('reads unit lists, days, check boxes and optional fields', () => {
    expect(
      actPayload(actFields.transfer, { leadUnitId: 'c1-zj ', coUnitIds: 'c1-zrzy, k1-a，k1-b' }),
    ).toEqual({
      leadUnitId: 'c1-zj',
      coUnitIds: ['c1-zrzy', 'k1-a', 'k1-b'],
    });
    expect(actPayload(actFields.transfer, { leadUnitId: 'c1-zj' })).toEqual({
      leadUnitId: 'c1-zj',
      coUnitIds: [],
    });
    expect(actPayload(actFields.extend, { days: '30', reason: '需补充调查' })).toEqual({
      days: 30,
      reason: '需补充调查',
    });
    expect(actPayload(actFields.notAccept, { ground: 'other', reason: '…' })).toEqual({
      ground: 'other',
      reason: '…',
    });
    expect(actPayload(actFields.close, { ground: 'mediated' })).toEqual({
      ground: 'mediated',
      note: '',
    });
    expect(actPayload(actFields.completionReport, { orderId: '', summary: '已办结' })).toEqual({
      summary: '已办结',
    });
    expect(
      actPayload(actFields.answerImprovement, { proposalId: 'p', answer: '采纳', adopted: 'true' }),
    ).toEqual({ proposalId: 'p', answer: '采纳', adopted: true });
  });
});
