import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

describe('handling refusals and offline conflicts', () => {
  let api: CaseApi;
  beforeAll(async () => {
    api = await createCaseApi();
  });
  afterAll(() => api.close());

  it('refuses: a handler extending, more than 30 days, after the handling period, a reply before acceptance', async () => {
    const { caseId } = await api.accepted();
    const role = await api.act(
      'handler',
      caseId,
      'extend',
      { days: 10, reason: '需调查' },
      {
        at: at(30),
      },
    );
    expect(role.status).toBe(422);
    expect(role.body.error).toMatchObject({ code: 'wrong-role' });
    const long = await api.act(
      'head',
      caseId,
      'extend',
      { days: 31, reason: '需调查' },
      {
        at: at(30),
      },
    );
    expect(long.status).toBe(422);
    expect(long.body.error).toMatchObject({ code: 'extension-too-long' });
    const late = await api.act(
      'head',
      caseId,
      'extend',
      { days: 10, reason: '需调查' },
      {
        at: at(70),
      },
    );
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'window-closed',
      message: { en: 'The handling period has passed' },
    });

    const fresh = await api.register();
    await api.act(
      'clerk',
      fresh,
      'transfer',
      { leadUnitId: units.environment, coUnitIds: [] },
      {
        at: at(1),
      },
    );
    const early = await api.act(
      'handler',
      fresh,
      'reply',
      { outcome: 'supported', summary: '支持' },
      {
        at: at(2),
      },
    );
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'wrong-state' });
  });

  it('a reply made offline against an extension decided meanwhile is refused naming the extension', async () => {
    const { caseId, acceptId } = await api.accepted();
    await api.act(
      'head',
      caseId,
      'extend',
      { days: 20, reason: '需补充材料' },
      {
        at: at(40),
        key: 'ext-first',
        basis: acceptId,
      },
    );
    const reply = await api.act(
      'handler',
      caseId,
      'reply',
      {
        outcome: 'supported',
        summary: '支持',
      },
      { at: at(41), basis: acceptId },
    );
    expect(reply.status).toBe(409);
    expect(reply.body.error).toMatchObject({
      code: 'conflict',
      conflictsWith: 'ext-first',
      details: { recordedAsConflict: true },
    });
    const view = await api.request('head', 'GET', `/api/cases/${caseId}`);
    expect(view.body.state).toMatchObject({ status: 'EXTENDED', conflictCount: 1 });
  });

  it('a device clock ahead of the server is 422; a body with an actor or an unknown act is 400', async () => {
    const { caseId } = await api.accepted();
    const ahead = await api.act(
      'handler',
      caseId,
      'reply',
      { outcome: 'supported', summary: '支持' },
      {
        at: '2026-10-30T05:00:00Z',
      },
    );
    expect(ahead.status).toBe(422);
    expect(ahead.body.error).toMatchObject({ code: 'invalid-time' });
    for (const body of [
      { type: 'accept', idempotencyKey: 'k-actor', payload: { notice: 'served' }, actor: {} },
      { type: 'promote', idempotencyKey: 'k-unknown', payload: {} },
      { type: 'register', idempotencyKey: 'k-register', payload: {} },
    ]) {
      const answer = await api.request('handler', 'POST', `/api/cases/${caseId}/commands`, body);
      expect(answer.status, body.type).toBe(400);
    }
  });
});
