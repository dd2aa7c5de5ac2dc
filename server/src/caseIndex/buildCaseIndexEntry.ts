import type { Principal } from '../auth/principal.ts';
import type { CaseIndexEntry } from './caseIndexEntry.ts';

/** A plausible index entry for tests and benchmarks, with the given fields replaced. */
export function buildCaseIndexEntry(
  overrides: Partial<CaseIndexEntry> & { caseId: string },
): CaseIndexEntry {
  return {
    title: '关于房屋征收补偿的信访事项',
    state: 'IN_PROGRESS',
    category: 'urbanDemolition',
    channel: 'online',
    matterClass: 'grievance',
    level: 'county',
    divisionCode: '990102',
    registeringUnitId: 'k1-xfj',
    leadUnitId: 'k1-zj',
    coHandlingUnitIds: [],
    reviewingUnitIds: [],
    accusedUnitIds: [],
    accusedUserIds: [],
    registeredAt: '2026-03-01T02:00:00.000Z',
    nextDueDate: '2026-04-30',
    nextDueClock: 'handle',
    overdue: false,
    repeatLinked: [],
    jointDesk: false,
    groupVisit: false,
    petitioner: {
      name: '张明',
      idNumber: '990102199001011234',
      phone: '13900001111',
      address: '云岭省青川市河东区幸福路8号',
    },
    requestText: '诉求：要求按新标准支付补偿款',
    factsText: '事实：房屋于去年被征收',
    ...overrides,
  };
}

/** A principal for tests: a handler of `unitId` in division 990102 unless told otherwise. */
export function buildPrincipal(overrides: Partial<Principal> = {}): Principal {
  return {
    userId: 'user-1',
    username: 'user1',
    displayName: '测试用户',
    role: 'handler',
    unitId: 'k1-zj',
    divisionCode: '990102',
    ...overrides,
  };
}
