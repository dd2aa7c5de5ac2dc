import { createUnitDocument, signOpinion } from '@lianban/case-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

type Item = { caseId: string; kind: string; dueDate: string; clockId: string };

describe('GET /api/inbox', () => {
  let api: CaseApi;
  let soon: string;
  let overdue: string;
  let handled: string;
  beforeAll(async () => {
    api = await createCaseApi();
    // Route clock from 2026-10-16: 15 days end on Saturday 10-31, so Monday 11-02.
    soon = await api.register({ registeredAt: at(137) });
    overdue = await api.register({ registeredAt: at(100) });
    handled = await api.register({ registeredAt: at(100) });
    await api.act(
      'clerk',
      handled,
      'transfer',
      {
        leadUnitId: units.environment,
        coUnitIds: [units.housing],
      },
      { at: at(101) },
    );
    await api.act('handler', handled, 'accept', { notice: 'served' }, { at: at(102) });
    await api.act(
      'supervisor',
      handled,
      'supervise',
      {
        reason: 'overdue',
        dueDate: '2026-11-01',
        addressedUnitId: units.environment,
        note: '限期报送',
      },
      { at: at(140), key: 'order-inbox' },
    );
  });
  afterAll(() => api.close());

  it('lists the office’s overdue and soon-due routing clocks, soonest first', async () => {
    const answer = await api.request('clerk', 'GET', '/api/inbox');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ today: '2026-10-30', dueWithinDays: 3 });
    const dueSoon = answer.body.dueSoon as Item[];
    const late = answer.body.overdue as Item[];
    expect(dueSoon).toEqual([
      expect.objectContaining({
        caseId: soon,
        kind: 'route',
        dueDate: '2026-11-02',
        title: '化工厂夜间排放废气',
      }),
    ]);
    expect(late.map((item) => [item.caseId, item.kind])).toEqual([[overdue, 'route']]);
    const narrower = await api.request('clerk', 'GET', '/api/inbox?days=2');
    expect(narrower.body.dueSoon).toEqual([]);
  });

  it('lists the supervision order addressed to the unit, with its ground; not the later handle clock', async () => {
    const answer = await api.request('handler', 'GET', '/api/inbox');
    expect(answer.body.supervision).toEqual([
      expect.objectContaining({
        caseId: handled,
        subjectId: 'order-inbox',
        dueDate: '2026-11-01',
        reason: 'overdue',
        reasonLabel: { zh: '无正当理由未按期办结', en: 'Not concluded within the time limit' },
        note: '限期报送',
        issuingUnitId: units.inspection,
      }),
    ]);
    const kinds = (answer.body.dueSoon as Item[]).map((item) => item.kind);
    expect(kinds).toEqual(['supervision']);
    // Handling runs to 2026-11-10: neither overdue nor due within three days.
    expect(answer.body.overdue).toEqual([]);
    // It is not lost meanwhile: it waits among the later deadlines, and moves up as days widen.
    expect((answer.body.later as Item[]).map((item) => [item.kind, item.dueDate])).toEqual([
      ['handle', '2026-11-10'],
    ]);
    expect(answer.body.laterTotal).toBe(1);
    const wider = await api.request('handler', 'GET', '/api/inbox?days=11');
    expect((wider.body.dueSoon as Item[]).map((item) => item.kind)).toEqual([
      'supervision',
      'handle',
    ]);
    expect(wider.body.later).toEqual([]);
    expect(answer.body.countersign).toEqual([]);
  });

  it('lists a co-handled case until the unit’s countersign opinion is signed', async () => {
    const before = await api.request('housing', 'GET', '/api/inbox');
    expect(before.body.countersign).toEqual([
      {
        caseId: handled,
        title: '化工厂夜间排放废气',
        document: `case/${handled}/unit/${units.housing}`,
      },
    ]);
    expect(before.body.dueSoon).toEqual([]);
    await api.parts.workflowDeps.writer.write(
      { caseId: handled, kind: 'unit', unitId: units.housing },
      (doc) => {
        createUnitDocument(doc, units.housing);
        signOpinion(doc, { userId: 'user-housing', name: '住建承办人' }, at(141));
      },
    );
    const after = await api.request('housing', 'GET', '/api/inbox');
    expect(after.body.countersign).toEqual([]);
  });

  it('validates days and needs a session', async () => {
    expect((await api.request('clerk', 'GET', '/api/inbox?days=-1')).status).toBe(400);
    expect((await api.request('clerk', 'GET', '/api/inbox?color=red')).status).toBe(400);
    expect((await api.request(null, 'GET', '/api/inbox')).status).toBe(401);
  });
});
