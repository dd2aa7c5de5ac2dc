import type { Registration } from '@lianban/case-model';
import type { NewCaseEntry } from '../cases/caseDirectory.ts';

const petitioner = (id: string, name: string) => ({
  id,
  name,
  role: 'principal' as const,
  idNumber: `99010219700101${id.slice(-3).padStart(3, '0')}X`,
  phone: '13900000000',
  address: '云岭省青川市河东区幸福路1号',
});

/** A few hand-written demo cases; the full generator arrives with the case-work issue. */
export const demoCases: readonly { entry: NewCaseEntry; registration: Registration }[] = [
  {
    entry: {
      caseId: 'demo-0001',
      divisionCode: '990102',
      registeringUnitId: 'c1-xfj',
      state: 'ACCEPTED',
      leadUnitId: 'c1-zj',
      coHandlingUnitIds: ['c1-zrzy'],
    },
    registration: {
      title: '河东区幸福小区拆迁安置补偿未落实',
      channel: 'visit',
      jointDesk: true,
      matterClass: 'grievance',
      category: 'urbanDemolition',
      divisionCode: '990102',
      anonymous: false,
      petitioners: [petitioner('pt-001', '张建国')],
      requests: [
        {
          demand: '按照2024年签订的安置协议支付剩余补偿款并交付安置房',
          facts: '2024年3月签订拆迁安置协议，约定2025年底交房，至今未交付，剩余补偿款12万元未支付',
          reason: '开发单位以资金困难为由拖延，多次协商无果',
        },
      ],
      accused: [],
      groupVisit: false,
      registeredAt: '2026-11-02T02:30:00.000Z',
      registeringUnitId: 'c1-xfj',
    },
  },
  {
    entry: {
      caseId: 'demo-0002',
      divisionCode: '990102',
      registeringUnitId: 'c1-xfj',
      state: 'ACCEPTED',
      leadUnitId: 'c1-zj',
      accused: [{ unitId: 'k1-sthj', name: '青川市河东区生态环境分局' }],
    },
    registration: {
      title: '反映河东区化工厂夜间偷排废水，环保部门查处不力',
      channel: 'online',
      jointDesk: false,
      matterClass: 'accusation',
      category: 'environment',
      divisionCode: '990102',
      anonymous: false,
      petitioners: [petitioner('pt-002', '李秀英')],
      requests: [
        {
          demand: '依法查处化工厂偷排行为，追究监管人员责任',
          facts:
            '自2026年8月起每周有两三个晚上河道出现异味和泡沫，多次向区生态环境分局举报未见处理',
          reason: '村民饮水和农田灌溉受到影响',
        },
      ],
      accused: [{ kind: 'unit', unitId: 'k1-sthj', name: '青川市河东区生态环境分局' }],
      groupVisit: false,
      registeredAt: '2026-11-10T01:00:00.000Z',
      registeringUnitId: 'c1-xfj',
    },
  },
  {
    entry: {
      caseId: 'demo-0003',
      divisionCode: '990100',
      registeringUnitId: 'c1-xfj',
      state: 'REGISTERED',
    },
    registration: {
      title: '建议在青川市老旧小区加装电梯给予补贴',
      channel: 'letter',
      jointDesk: false,
      matterClass: 'suggestion',
      category: 'housingProperty',
      divisionCode: '990100',
      anonymous: false,
      petitioners: [petitioner('pt-003', '王志明')],
      requests: [
        {
          demand: '出台老旧小区加装电梯补贴办法',
          facts: '本小区60岁以上居民占四成，上下楼困难',
          reason: '邻市已有补贴政策，效果良好',
        },
      ],
      accused: [],
      groupVisit: false,
      registeredAt: '2026-11-20T03:00:00.000Z',
      registeringUnitId: 'c1-xfj',
    },
  },
];
