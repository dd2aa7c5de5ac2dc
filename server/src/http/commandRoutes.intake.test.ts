import { roomName } from '@lianban/case-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredDocument } from '../workflow/readStoredDocument.ts';
import { readRecord } from '../workflow/writeRecord.ts';
import { at, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

const toEnvironment = { leadUnitId: units.environment, coUnitIds: [units.housing] };

describe('intake commands: route, accept, object', () => {
  let api: CaseApi;
  beforeAll(async () => {
    api = await createCaseApi();
  });
  afterAll(() => api.close());

  it('transfer: TRANSFERRED, directory and record follow', async () => {
    const caseId = await api.register();
    const answer = await api.act('clerk', caseId, 'transfer', toEnvironment, { at: at(1) });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      replayed: false,
      state: { status: 'TRANSFERRED', leadUnitId: units.environment, coUnitIds: [units.housing] },
    });
    expect(api.parts.cases.accessFacts(caseId)).toMatchObject({
      state: 'TRANSFERRED',
      leadUnitId: units.environment,
      coHandlingUnitIds: [units.housing],
      accusedUnitIds: [units.police],
    });
    expect(api.parts.caseIndex.get(caseId)).toMatchObject({
      state: 'TRANSFERRED',
      leadUnitId: units.environment,
      level: 'city',
      nextDueClock: 'acceptNotice',
      nextDueDate: '2026-06-17',
    });
    const record = await readStoredDocument(api.parts.store, roomName({ caseId, kind: 'record' }));
    expect(readRecord(record!).timeline).toMatchObject([
      { type: 'register' },
      { type: 'transfer', label: { zh: '转送', en: 'Transfer' }, actor: { unitId: units.office } },
    ]);
  });

  it('assign with a report date, then the completion report stops the report clock', async () => {
    const caseId = await api.register();
    const payload = { ...toEnvironment, reportDueDate: '2026-07-15' };
    const assigned = await api.act('clerk', caseId, 'assign', payload, { at: at(1) });
    expect(assigned.body.state).toMatchObject({ status: 'ASSIGNED' });
    const report = assigned.body.clocks!.find((clock) => clock.kind === 'assignmentReport');
    expect(report).toMatchObject({ dueDate: '2026-07-15', ownerUnitId: units.environment });
    const done = await api.act(
      'handler',
      caseId,
      'completionReport',
      { summary: '已办结' },
      {
        at: at(20),
      },
    );
    expect(done.status).toBe(200);
    const stopped = done.body.clocks!.find((clock) => clock.kind === 'assignmentReport');
    expect(stopped).toMatchObject({ state: 'stopped', stoppedOnTime: true });
  });

  it('tell and not accept end the case as NOT_ACCEPTED; a legal-procedure ground needs its route', async () => {
    const day1 = { at: at(1) };
    const told = await api.register();
    const tell = await api.act('clerk', told, 'tell', { body: 'court', note: '涉诉' }, day1);
    expect(tell.body.state).toMatchObject({ status: 'NOT_ACCEPTED' });
    const refused = await api.register();
    const ground = { ground: 'legalProcedure', reason: '属行政复议事项' } as const;
    const noRoute = await api.act('clerk', refused, 'notAccept', ground, day1);
    expect(noRoute.status).toBe(422);
    expect(noRoute.body.error).toMatchObject({ code: 'invalid-payload' });
    const legalRoute = '向市政府申请行政复议';
    const withRoute = await api.act('clerk', refused, 'notAccept', { ...ground, legalRoute }, day1);
    expect(withRoute.body.state).toMatchObject({ status: 'NOT_ACCEPTED' });
  });

  it('accept with notice pending, then serve the notice: IN_PROGRESS and the handle clock runs', async () => {
    const caseId = await api.register();
    await api.act('clerk', caseId, 'transfer', toEnvironment, { at: at(1) });
    const accepted = await api.act(
      'handler',
      caseId,
      'accept',
      { notice: 'pending' },
      { at: at(3) },
    );
    expect(accepted.body.state).toMatchObject({ status: 'ACCEPTED' });
    const served = await api.act('handler', caseId, 'serveAcceptNotice', {}, { at: at(4) });
    expect(served.body.state).toMatchObject({ status: 'IN_PROGRESS' });
    const handle = served.body.clocks!.find((clock) => clock.kind === 'handle');
    expect(handle).toMatchObject({ dueDate: '2026-08-03', ownerUnitId: units.environment });
  });

  it('the petition office may accept itself', async () => {
    const caseId = await api.register();
    const answer = await api.act(
      'officeHandler',
      caseId,
      'accept',
      { notice: 'served' },
      {
        at: at(2),
      },
    );
    expect(answer.body.state).toMatchObject({ status: 'IN_PROGRESS', leadUnitId: units.office });
  });

  it('object within 5 working days sends the case back; the office routes it again', async () => {
    const caseId = await api.register();
    await api.act('clerk', caseId, 'transfer', toEnvironment, { at: at(1) });
    const objected = await api.act(
      'handler',
      caseId,
      'object',
      { reasons: '不属本单位职责' },
      {
        at: at(5),
      },
    );
    expect(objected.body.state).toMatchObject({ status: 'OBJECTED', leadUnitId: null });
    expect(api.parts.cases.accessFacts(caseId)?.leadUnitId).toBeNull();
    const rerouted = await api.act(
      'clerk',
      caseId,
      'transfer',
      {
        leadUnitId: units.housing,
        coUnitIds: [],
      },
      { at: at(6) },
    );
    expect(rerouted.body.state).toMatchObject({ status: 'TRANSFERRED', leadUnitId: units.housing });
  });
});
