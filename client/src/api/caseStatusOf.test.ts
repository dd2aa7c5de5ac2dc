import { describe, expect, it } from 'vitest';
import { caseStatusOf } from './caseStatusOf.ts';

describe('caseStatusOf', () => {
  it('reads the state object of GET /api/cases/:id, or a bare status', () => {
    const label = { zh: '已受理', en: 'Accepted' };
    expect(
      caseStatusOf({ caseId: 'c', state: { status: 'ACCEPTED', statusLabel: label } }),
    ).toEqual({ status: 'ACCEPTED', label });
    expect(caseStatusOf({ caseId: 'c', state: 'REGISTERED' })).toEqual({ status: 'REGISTERED' });
    expect(caseStatusOf({ caseId: 'c' })).toBeNull();
    expect(caseStatusOf(null)).toBeNull();
  });
});
