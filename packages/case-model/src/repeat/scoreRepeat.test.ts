import { describe, expect, it } from 'vitest';
import type { Petitioner, Registration } from '../caseFile/registration.ts';
import { defaultRepeatThreshold, scoreRepeat } from './scoreRepeat.ts';

const zhang: Petitioner = {
  id: 'p1',
  name: '张建国',
  role: 'principal',
  idNumber: '990102197001011234',
  phone: '13800001111',
};
const wang: Petitioner = {
  id: 'q1',
  name: '王秀英',
  role: 'principal',
  idNumber: '99010219800202567X',
  phone: '13900002222',
};
const townGov = { kind: 'unit', unitId: 'gov-990102001', name: '某镇政府' } as const;

const landA = {
  demand: '要求镇政府按标准支付征地补偿款',
  facts: '2025年5月，我村集体土地被镇政府征收，我家承包的3亩耕地被占用，至今未拿到征地补偿款。',
  reason: '补偿未到位',
};
const landB = {
  demand: '请求依法足额发放我家被征承包地的补偿款',
  facts: '去年五月镇政府征收了村里的集体土地，占了我家三亩承包耕地，征地补偿款一直没有发给我们。',
  reason: '生活困难',
};
const landOther = {
  demand: '要求镇政府依法制止并拆除违建',
  facts: '邻居在我家宅基地旁违规建房，占用道路。',
  reason: '影响通行',
};
const envA = {
  demand: '要求环保部门查处并责令停产整改',
  facts: '化工厂夜间排放刺鼻废气，附近居民头晕咳嗽。',
  reason: '危害健康',
};
const envB = {
  demand: '请求生态环境部门依法查处，责令整改',
  facts: '附近那家化工厂晚上偷排废气，味道刺鼻，很多居民出现头晕咳嗽。',
  reason: '影响生活',
};

function petition(overrides: Partial<Registration> = {}): Registration {
  return {
    title: '征地补偿',
    channel: 'letter',
    jointDesk: false,
    matterClass: 'grievance',
    category: 'landAcquisition',
    divisionCode: '990102',
    anonymous: false,
    petitioners: [zhang],
    requests: [landA],
    accused: [townGov],
    groupVisit: false,
    registeredAt: '2026-03-02T10:00:00+08:00',
    registeringUnitId: 'xfj-990102',
    ...overrides,
  };
}

describe('scoreRepeat: repeats', () => {
  it('matches a paraphrased petition from the same person by ID number', () => {
    const later = petition({
      petitioners: [{ ...zhang, id: 'x', idNumber: ' 990102 1970 0101 1234 ', phone: undefined }],
      requests: [landB],
    });
    const result = scoreRepeat(petition(), later);
    expect(result).toMatchObject({
      samePerson: true,
      sameMatter: true,
      isRepeat: true,
      isCluster: false,
    });
    expect(result.score).toBeGreaterThanOrEqual(defaultRepeatThreshold);
    expect(result.reasons[0]?.zh).toBe('同一信访人张建国（身份证号一致）');
    expect(result.reasons.map((r) => r.zh).join()).not.toContain('1234');
  });

  it('matches by normalised name and phone when an ID number is missing', () => {
    const later = petition({
      petitioners: [{ id: 'x', name: '张 建国', role: 'principal', phone: '+86 138-0000-1111' }],
      requests: [landB],
    });
    const result = scoreRepeat(petition(), later);
    expect(result.isRepeat).toBe(true);
    expect(result.reasons[0]?.en).toBe('Same petitioner 张建国 (name and phone match)');
  });

  it('matches a co-signer of a group letter and the person an agent represents', () => {
    const group = petition({
      petitioners: [wang, { ...zhang, id: 'c', role: 'cosigner' }],
      requests: [landB],
    });
    expect(scoreRepeat(petition(), group).isRepeat).toBe(true);
    const viaAgent = petition({
      petitioners: [
        { ...zhang, id: 'r' },
        { id: 'ag', name: '律师甲', role: 'agent', phone: '13700000000', representsId: 'r' },
      ],
      requests: [landB],
    });
    expect(scoreRepeat(petition(), viaAgent).isRepeat).toBe(true);
  });

  it('matches environmental paraphrases', () => {
    const a = petition({ category: 'environment', requests: [envA], accused: [] });
    const b = petition({
      category: 'environment',
      requests: [envB],
      accused: [],
      divisionCode: '990100',
    });
    expect(scoreRepeat(a, b)).toMatchObject({ isRepeat: true });
  });

  it('keys anonymous petitions on the accused party', () => {
    const a = petition({ anonymous: true, petitioners: [], requests: [landA] });
    const b = petition({ anonymous: true, petitioners: [], requests: [landB] });
    expect(scoreRepeat(a, b)).toMatchObject({ samePerson: true, isRepeat: true });
    const other = petition({
      anonymous: true,
      petitioners: [],
      requests: [landB],
      accused: [{ kind: 'person', name: '赵村长' }],
    });
    expect(scoreRepeat(a, other)).toMatchObject({ samePerson: false, isRepeat: false });
  });
});

describe('scoreRepeat: hard negatives', () => {
  it('same person, different matter of the same category and place', () => {
    const result = scoreRepeat(petition(), petition({ requests: [landOther] }));
    expect(result).toMatchObject({
      samePerson: true,
      sameMatter: false,
      isRepeat: false,
      isCluster: false,
    });
    expect(result.score).toBeLessThan(defaultRepeatThreshold);
  });

  it('same person, different category', () => {
    const wages = {
      demand: '要求公司支付拖欠的8个月工资',
      facts: '本人在某建筑公司务工，公司拖欠工资至今未付。',
      reason: '',
    };
    const result = scoreRepeat(
      petition(),
      petition({ category: 'labourSocialSecurity', requests: [wages], accused: [] }),
    );
    expect(result).toMatchObject({ samePerson: true, sameMatter: false, isRepeat: false });
  });

  it('same matter, different people: a cluster, not a repeat', () => {
    const result = scoreRepeat(petition(), petition({ petitioners: [wang], requests: [landB] }));
    expect(result).toMatchObject({
      samePerson: false,
      sameMatter: true,
      isRepeat: false,
      isCluster: true,
    });
    expect(result.reasons.at(-1)?.zh).toBe('同事不同人，属同类聚集，不算重复信访');
  });

  it('a shared name alone, or a shared agent, is not the same person', () => {
    const namesake = petition({
      petitioners: [{ id: 'n', name: '张建国', role: 'principal', phone: '13655556666' }],
      requests: [landB],
    });
    expect(scoreRepeat(petition(), namesake).samePerson).toBe(false);
    const differentId = petition({
      petitioners: [{ ...zhang, idNumber: '990102197001019999' }],
      requests: [landB],
    });
    expect(scoreRepeat(petition(), differentId).samePerson).toBe(false);
    const agent = { id: 'ag', name: '律师甲', role: 'agent', phone: '13700000000' } as const;
    const a = petition({ petitioners: [zhang, agent] });
    const b = petition({ petitioners: [wang, { ...agent, id: 'ag2' }], requests: [landB] });
    expect(scoreRepeat(a, b).isRepeat).toBe(false);
  });

  it('different accused units, or divisions apart, are different matters', () => {
    const otherUnit = petition({
      requests: [landB],
      accused: [{ kind: 'unit', unitId: 'gov-990102002', name: '另一镇政府' }],
    });
    expect(scoreRepeat(petition(), otherUnit).sameMatter).toBe(false);
    expect(
      scoreRepeat(petition(), petition({ requests: [landB], divisionCode: '990203' })).sameMatter,
    ).toBe(false);
  });

  it('the threshold is configurable', () => {
    const b = petition({ requests: [landB] });
    expect(scoreRepeat(petition(), b, { threshold: 0.95 }).isRepeat).toBe(false);
    expect(
      scoreRepeat(petition(), petition({ requests: [landOther] }), { threshold: 0.4 }).isRepeat,
    ).toBe(true);
  });
});
