import { roomName } from '@lianban/case-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredDocument } from '../workflow/readStoredDocument.ts';
import { readRecord } from '../workflow/writeRecord.ts';
import { at, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

const toEnvironment = { leadUnitId: units.environment, coUnitIds: [units.housing] };

describe('intake refusals', () => {
  let api: CaseApi;
  let caseId: string;
  beforeAll(async () => {
    api = await createCaseApi();
    caseId = await api.register();
    await api.act('clerk', caseId, 'transfer', toEnvironment, { at: at(1), key: 'first-transfer' });
  });
  afterAll(() => api.close());

  it('wrong role, wrong unit, accused unit, unknown unit: 422 with the reason', async () => {
    const fresh = await api.register();
    const checks = [
      [
        await api.act('officeHandler', fresh, 'transfer', toEnvironment),
        'wrong-role',
        '「承办人」角色不能转送',
      ],
      [
        await api.act('housing', caseId, 'accept', { notice: 'served' }),
        'wrong-unit',
        '不是此案受理的责任单位',
      ],
      [
        await api.act('clerk', fresh, 'transfer', { leadUnitId: units.police, coUnitIds: [] }),
        'accused-unit',
        '不得交其办理',
      ],
      [
        await api.act('clerk', fresh, 'transfer', { leadUnitId: 'x-nowhere', coUnitIds: [] }),
        'invalid-payload',
        '不存在',
      ],
    ] as const;
    for (const [answer, code, reason] of checks) {
      expect(answer.status, code).toBe(422);
      expect(answer.body.error, code).toMatchObject({ code });
      expect(answer.body.error!.message.zh, code).toContain(reason);
    }
  });

  it('past the objection window: 409 window-closed; in the wrong state: 409 wrong-state', async () => {
    const late = await api.act(
      'handler',
      caseId,
      'object',
      { reasons: '不属本单位' },
      {
        at: at(10),
      },
    );
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'window-closed',
      message: { zh: '异议期限（5个工作日）已过' },
    });
    const early = await api.act('handler', caseId, 'serveAcceptNotice', {}, { at: at(2) });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'wrong-state' });
  });

  it('two transfers from the same basis: the second is refused naming the first, kept as a conflict', async () => {
    const registerId = api.parts.workflowDeps.events.list(caseId)[0]!.id;
    const toHousing = { leadUnitId: units.housing, coUnitIds: [] };
    const offline = { basis: registerId, at: at(1, 5), key: 'offline-transfer' };
    const again = await api.act('clerk', caseId, 'transfer', toHousing, offline);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'conflict',
      conflictsWith: 'first-transfer',
      details: { recordedAsConflict: true },
    });
    expect(again.body.error!.message.zh).toContain('已被「转送」改变');
    expect(await api.act('clerk', caseId, 'transfer', toHousing, offline)).toEqual(again);
    const view = await api.request('clerk', 'GET', `/api/cases/${caseId}`);
    expect(view.body.state).toMatchObject({ status: 'TRANSFERRED', leadUnitId: units.environment });
    expect(view.body.conflicts).toMatchObject([
      { eventId: 'offline-transfer', code: 'conflict', conflictsWith: 'first-transfer' },
    ]);
    const record = await readStoredDocument(api.parts.store, roomName({ caseId, kind: 'record' }));
    expect(readRecord(record!).conflicts).toMatchObject([{ eventId: 'offline-transfer' }]);
  });

  it('the same key: same content replays with no new event, other content is 409 duplicate-key', async () => {
    const before = api.parts.workflowDeps.events.list(caseId).length;
    const replay = await api.act('clerk', caseId, 'transfer', toEnvironment, {
      at: at(1),
      key: 'first-transfer',
    });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ replayed: true, eventId: 'first-transfer' });
    const other = await api.act(
      'clerk',
      caseId,
      'transfer',
      { ...toEnvironment, coUnitIds: [] },
      {
        at: at(1),
        key: 'first-transfer',
      },
    );
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({
      code: 'duplicate-key',
      conflictsWith: 'first-transfer',
    });
    expect(api.parts.workflowDeps.events.list(caseId)).toHaveLength(before);
  });
});
