import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, units } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

describe('supervision (督办) and improvement proposals', () => {
  let api: CaseApi;
  beforeAll(async () => {
    api = await createCaseApi();
  });
  afterAll(() => api.close());

  it('supervise with a ground and a due date; the completion report answers the order', async () => {
    const { caseId } = await api.accepted();
    const order = await api.act(
      'supervisor',
      caseId,
      'supervise',
      {
        reason: 'buckPassing',
        dueDate: '2026-07-20',
        addressedUnitId: units.environment,
        note: '请于期限内报送办理情况',
      },
      { at: at(10), key: 'order-1' },
    );
    expect(order.body.state).toMatchObject({
      overlays: [{ overlay: 'supervised', label: { zh: '督办' } }],
      supervisionOrders: [
        {
          id: 'order-1',
          reason: 'buckPassing',
          reasonLabel: { zh: '推诿、敷衍、拖延' },
          dueDate: '2026-07-20',
        },
      ],
    });
    const clock = order.body.clocks!.find((item) => item.id === 'supervision:order-1');
    expect(clock).toMatchObject({ dueDate: '2026-07-20', ownerUnitId: units.environment });
    const report = await api.act(
      'handler',
      caseId,
      'completionReport',
      {
        summary: '已约谈企业并整改',
        orderId: 'order-1',
      },
      { at: at(20) },
    );
    expect(report.body.state).toMatchObject({
      overlays: [],
      supervisionOrders: [{ id: 'order-1', reported: true }],
    });
  });

  it('refuses supervision by a handler, or addressed to a unit that never had the case', async () => {
    const { caseId } = await api.accepted();
    const order = { reason: 'overdue', dueDate: '2026-07-20', note: '' } as const;
    const byHandler = await api.act('handler', caseId, 'supervise', {
      ...order,
      addressedUnitId: units.environment,
    });
    expect(byHandler.status).toBe(422);
    expect(byHandler.body.error).toMatchObject({ code: 'wrong-role' });
    const elsewhere = await api.act('supervisor', caseId, 'supervise', {
      ...order,
      addressedUnitId: units.housing,
    });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.error!.message.zh).toContain('办理过此案的单位');
  });

  it('an improvement proposal gets a 30-day answer clock and one written answer', async () => {
    const { caseId } = await api.accepted();
    const proposal = await api.act(
      'supervisor',
      caseId,
      'proposeImprovement',
      {
        addressedUnitId: units.environment,
        text: '建立夜间巡查机制',
      },
      { at: at(10), key: 'proposal-1' },
    );
    const clock = proposal.body.clocks!.find((item) => item.kind === 'improvementAnswer');
    expect(clock).toMatchObject({ dueDate: '2026-07-13', ownerUnitId: units.environment });
    const answer = { proposalId: 'proposal-1', answer: '已建立巡查机制', adopted: true };
    const first = await api.act('head', caseId, 'answerImprovement', answer, { at: at(20) });
    expect(first.body.state).toMatchObject({ improvements: [{ answered: true, adopted: true }] });
    const second = await api.act('head', caseId, 'answerImprovement', answer, { at: at(21) });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'already-done' });
    const unknown = await api.act('head', caseId, 'answerImprovement', {
      ...answer,
      proposalId: 'nothing',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toMatchObject({ code: 'not-found' });
  });
});
