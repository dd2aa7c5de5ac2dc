import type { Registration } from '@lianban/case-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, buildRegistration, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

const paraphrase = {
  demand: '请求生态环境部门依法查处，责令整改',
  facts: '附近那家化工厂晚上偷排废气，味道刺鼻，很多居民出现头晕咳嗽。',
  reason: '影响生活',
};
const zhang = buildRegistration().petitioners[0]!;
const village = { kind: 'person', name: '赵村长' } as const;
const wang = {
  id: 'w',
  name: '王秀英',
  role: 'principal',
  phone: '13900002222',
  address: '某地',
} as const;

type Candidate = {
  caseId: string;
  score: number;
  reasons: { zh: string }[];
  petitioners: { idNumber?: string; phone?: string }[];
};

describe('POST /api/cases/repeat-candidates', () => {
  let api: CaseApi;
  let earlier: string;
  let anonymous: string;
  let otherOffice: string;
  async function candidates(draft: Partial<Registration>, user: 'clerk' | 'clerk2' = 'clerk') {
    const answer = await api.request(user, 'POST', '/api/cases/repeat-candidates', {
      registration: { ...buildRegistration(draft), title: '草稿' },
    });
    expect(answer.status).toBe(200);
    return answer.body.candidates as Candidate[];
  }
  beforeAll(async () => {
    api = await createCaseApi();
    earlier = await api.register({ registeredAt: at(10) });
    anonymous = await api.register({
      anonymous: true,
      petitioners: [],
      accused: [village],
      registeredAt: at(11),
    });
    await api.register({ category: 'labourSocialSecurity', registeredAt: at(12) });
    await api.addUser('clerk2', 'receptionClerk', units.housing);
    const other = await api.request('clerk2', 'POST', '/api/cases', {
      idempotencyKey: 'other-office',
      registration: buildRegistration({ registeringUnitId: units.housing, registeredAt: at(13) }),
    });
    otherOffice = other.body.caseId!;
  });
  afterAll(() => api.close());

  it('suggests the earlier case of the same person and matter, with reasons, masked', async () => {
    const found = await candidates({
      petitioners: [{ ...zhang, id: 'x', idNumber: ' 990102 1970 0101 1234 ', phone: undefined }],
      requests: [paraphrase],
    });
    expect(found.map((item) => item.caseId)).toEqual([earlier]);
    expect(found[0]!.reasons[0]!.zh).toBe('同一信访人张建国（身份证号一致）');
    expect(found[0]!.reasons.at(-1)!.zh).toBe('同人同事，疑似重复信访');
    expect(found[0]!.petitioners).toEqual([
      expect.objectContaining({ idNumber: '9901**********1234', phone: '138****1111' }),
    ]);
    expect(JSON.stringify(found)).not.toContain('990102197001011234');
  });

  it('a different person with the same matter, or the same person in another category, is no repeat', async () => {
    expect(await candidates({ petitioners: [wang], requests: [paraphrase] })).toEqual([]);
    const otherMatter = await candidates({
      category: 'labourSocialSecurity',
      requests: [{ demand: '要求公司支付拖欠的工资', facts: '公司拖欠工资八个月', reason: '' }],
    });
    expect(otherMatter).toEqual([]);
  });

  it('keys anonymous petitions on the accused', async () => {
    const found = await candidates({
      anonymous: true,
      petitioners: [],
      accused: [village],
      requests: [paraphrase],
    });
    expect(found.map((item) => item.caseId)).toEqual([anonymous]);
    expect(found[0]!.reasons[0]!.zh).toBe('匿名信访，以被反映对象为准：均反映赵村长');
  });

  it('never suggests a case the clerk may not see; its own office’s clerk gets it', async () => {
    const mine = await candidates({ requests: [paraphrase] });
    expect(mine.map((item) => item.caseId)).not.toContain(otherOffice);
    const theirs = await candidates({ requests: [paraphrase] }, 'clerk2');
    expect(theirs.map((item) => item.caseId)).toEqual([otherOffice]);
    const searches = api.parts.audit.list({ action: 'search' }).items;
    expect(searches[0]).toMatchObject({
      outcome: 'allowed',
      details: { kind: 'repeat-candidates' },
    });
  });

  it('validates the draft', async () => {
    const answer = await api.request('clerk', 'POST', '/api/cases/repeat-candidates', {
      registration: { anonymous: false },
    });
    expect(answer.status).toBe(400);
  });
});
