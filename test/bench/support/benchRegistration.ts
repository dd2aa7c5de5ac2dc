import type { Registration } from '@lianban/case-model';

/** The registration of the case file the model benchmarks edit (fictional petitioner). */
export const benchRegistration: Registration = {
  title: '反映小区拆迁补偿问题',
  channel: 'visit',
  jointDesk: true,
  matterClass: 'grievance',
  category: 'urbanDemolition',
  divisionCode: '990102',
  anonymous: false,
  petitioners: [
    {
      id: 'p1',
      name: '张三',
      role: 'principal',
      idNumber: '990102197001010012',
      phone: '13900000000',
      address: '幸福路1号',
    },
  ],
  requests: [{ demand: '补偿到位', facts: '协议签订后未兑现', reason: '生活困难' }],
  accused: [],
  groupVisit: false,
  registeredAt: '2026-03-02T02:00:00.000Z',
  registeringUnitId: 'office',
};
