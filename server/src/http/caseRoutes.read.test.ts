import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

describe('GET /api/cases/:id', () => {
  let api: CaseApi;
  let caseId: string;
  beforeAll(async () => {
    api = await createCaseApi();
    caseId = await api.register();
    await api.act(
      'clerk',
      caseId,
      'transfer',
      {
        leadUnitId: units.environment,
        coUnitIds: [units.housing],
      },
      { at: at(1) },
    );
  });
  afterAll(() => api.close());

  it('answers summary, state, clocks with explanations and the documents with their access', async () => {
    const answer = await api.request('handler', 'GET', `/api/cases/${caseId}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      caseId,
      petitionerMasked: false,
      registration: { title: '化工厂夜间排放废气', petitioners: [{ phone: '13800001111' }] },
      state: { status: 'TRANSFERRED', leadUnitId: units.environment },
      timeline: [{ type: 'register' }, { type: 'transfer' }],
    });
    const objection = answer.body.clocks!.find((clock) => clock.kind === 'objection');
    // A right, not a duty: it runs out, nobody owns it, it is never overdue work.
    expect(objection).toMatchObject({ dueDate: '2026-06-09', state: 'running', ownerUnitId: null });
    expect(objection!.explanation.length).toBeGreaterThan(0);
    expect(answer.body.documents).toEqual([
      { name: `case/${caseId}/file`, kind: 'file', access: 'write' },
      { name: `case/${caseId}/notes`, kind: 'notes', access: 'write' },
      { name: `case/${caseId}/record`, kind: 'record', access: 'read' },
      {
        name: `case/${caseId}/unit/${units.environment}`,
        kind: 'unit',
        unitId: units.environment,
        access: 'write',
      },
      {
        name: `case/${caseId}/unit/${units.housing}`,
        kind: 'unit',
        unitId: units.housing,
        access: 'read',
      },
    ]);
  });

  it('masks petitioners for a reader who does not handle the case (a supervisor)', async () => {
    const answer = await api.request('supervisor', 'GET', `/api/cases/${caseId}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      petitionerMasked: true,
      registration: { petitioners: [{ name: '张建国', phone: '138****1111' }] },
    });
    expect(answer.body.documents).toContainEqual({
      name: `case/${caseId}/file`,
      kind: 'file',
      access: 'read',
    });
  });

  it('answers the accused unit, an analyst and an unknown id alike: 404 not-found; audits each', async () => {
    const answers = await Promise.all([
      api.request('police', 'GET', `/api/cases/${caseId}`),
      api.request('analyst', 'GET', `/api/cases/${caseId}`),
      api.request('handler', 'GET', '/api/cases/no-such-case'),
    ]);
    for (const answer of answers) {
      expect(answer).toEqual({
        status: 404,
        body: { error: { code: 'not-found', message: { zh: '未找到', en: 'Not found' } } },
      });
    }
    const reads = api.parts.audit.list({ action: 'case.read', caseId }).items;
    expect(reads.map((item) => `${item.actor.username}:${item.outcome}`)).toEqual(
      expect.arrayContaining(['police:denied', 'analyst:denied', 'handler:allowed']),
    );
  });
});
