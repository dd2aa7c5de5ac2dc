import type { Registration } from './registration.ts';

/** A complete, valid registration for tests, with any fields overridden. */
export function buildRegistration(overrides: Partial<Registration> = {}): Registration {
  return {
    title: '某村征地补偿款未足额发放',
    channel: 'visit',
    jointDesk: true,
    matterClass: 'grievance',
    category: 'landAcquisition',
    subcategory: 'compensation',
    divisionCode: '990101',
    anonymous: false,
    petitioners: [
      {
        id: 'p1',
        name: '张三',
        role: 'principal',
        idNumber: '990101199001010000',
        phone: '13900000000',
        address: '示例县示例镇',
      },
      { id: 'p2', name: '李四', role: 'agent', representsId: 'p1' },
    ],
    requests: [
      { demand: '足额发放补偿款', facts: '2025年征地，补偿款少发三成', reason: '违反补偿标准' },
      { demand: '公开补偿标准', facts: '村委会拒绝公开', reason: '' },
    ],
    accused: [
      { kind: 'unit', unitId: 'u-town', name: '示例镇人民政府' },
      { kind: 'person', name: '王五', unitId: 'u-village' },
    ],
    groupVisit: false,
    registeredAt: '2026-03-02T09:30:00.000Z',
    registeringUnitId: 'u-petition-office',
    ...overrides,
  };
}
