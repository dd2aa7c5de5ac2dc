import { type AccusedParty, readRegistration, roomName } from '@lianban/case-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredDocument } from '../workflow/readStoredDocument.ts';
import { buildRegistration, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

/** Registration records accused persons by account, since recusal of a person keys on it. */
describe('POST /api/cases: the accounts of accused persons', () => {
  let api: CaseApi;
  let keys = 0;
  const register = (accused: AccusedParty[]) =>
    api.request('clerk', 'POST', '/api/cases', {
      idempotencyKey: `accused-person-${++keys}`,
      registration: buildRegistration({ accused }),
    });
  const recordedUserIds = async (caseId: string) => {
    const file = await readStoredDocument(api.parts.store, roomName({ caseId, kind: 'file' }));
    const inFile = readRegistration(file!).accused.map((party) =>
      party.kind === 'person' ? (party.userId ?? null) : null,
    );
    return { inFile, inDirectory: api.parts.cases.accessFacts(caseId)!.accusedUserIds };
  };

  beforeAll(async () => {
    api = await createCaseApi();
    await api.addUser('zhao', 'handler', units.housing, '赵敏');
    await api.addUser('qian1', 'handler', units.housing, '钱七');
    await api.addUser('qian2', 'unitHead', units.housing, '钱七');
  });
  afterAll(() => api.close());

  it('records the account of the one person of the named unit with exactly the typed name', async () => {
    const answer = await register([{ kind: 'person', name: '赵敏', unitId: units.housing }]);
    expect(answer.status).toBe(201);
    expect(await recordedUserIds(answer.body.caseId!)).toEqual({
      inFile: ['user-zhao'],
      inDirectory: ['user-zhao'],
    });
  });

  it('records no account for a name that is not exact, is shared, or comes without a unit', async () => {
    const answer = await register([
      { kind: 'person', name: '赵', unitId: units.housing },
      { kind: 'person', name: '钱七', unitId: units.housing },
      { kind: 'person', name: '赵敏', unitId: units.environment },
      { kind: 'person', name: '赵敏' },
    ]);
    expect(answer.status).toBe(201);
    expect(await recordedUserIds(answer.body.caseId!)).toEqual({
      inFile: [null, null, null, null],
      inDirectory: [],
    });
  });

  it('keeps an account given with the unit it belongs to', async () => {
    const answer = await register([
      { kind: 'person', name: '钱七', userId: 'user-qian2', unitId: units.housing },
    ]);
    expect(answer.status).toBe(201);
    expect(await recordedUserIds(answer.body.caseId!)).toEqual({
      inFile: ['user-qian2'],
      inDirectory: ['user-qian2'],
    });
  });

  it('refuses an account that is not of the unit named with it: recusal would miss the person', async () => {
    const answer = await register([
      { kind: 'person', name: '赵敏', userId: 'user-zhao', unitId: units.environment },
    ]);
    expect(answer.status).toBe(422);
    expect(answer.body.error).toEqual({
      code: 'invalid-payload',
      message: {
        zh: '用户「user-zhao」不是单位「x-env」的人员',
        en: 'User "user-zhao" does not work in unit "x-env"',
      },
    });
  });

  it('refuses an account that does not exist', async () => {
    const answer = await register([{ kind: 'person', name: '孙某', userId: 'user-nobody' }]);
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({
      code: 'invalid-payload',
      message: { zh: '被反映人的用户编号「user-nobody」不存在' },
    });
    const refused = api.parts.audit.list({ action: 'command.rejected' }).items;
    expect(refused.map((item) => item.details.idempotencyKey)).toContain(`accused-person-${keys}`);
  });
});
