import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at } from './caseApiFixtures.ts';
import { type CaseApi, createCaseApi } from './caseApiHarness.ts';

describe('handling commands: extend, hearing, reply, withdraw, close', () => {
  let api: CaseApi;
  beforeAll(async () => {
    api = await createCaseApi();
  });
  afterAll(() => api.close());

  it('extend once, hold a hearing, reply with an outcome', async () => {
    const { caseId } = await api.accepted();
    const extended = await api.act(
      'head',
      caseId,
      'extend',
      { days: 30, reason: '需现场监测' },
      {
        at: at(40),
        key: 'the-extension',
      },
    );
    expect(extended.body.state).toMatchObject({
      status: 'EXTENDED',
      extension: { days: 30, reason: '需现场监测' },
    });
    const handle = extended.body.clocks!.find((clock) => clock.kind === 'handle');
    expect(handle!.dueDate).toBe('2026-09-02');
    expect(handle!.explanation.map((step) => step.step)).toContain('extension');

    const second = await api.act(
      'head',
      caseId,
      'extend',
      { days: 5, reason: '再延' },
      {
        at: at(45),
      },
    );
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'second-extension',
      conflictsWith: 'the-extension',
      message: { zh: '办理期限只能延长一次' },
    });

    const hearing = await api.act('handler', caseId, 'startHearing', {}, { at: at(50) });
    expect(hearing.body.state).toMatchObject({ status: 'HEARING' });
    const resumed = await api.act('handler', caseId, 'endHearing', {}, { at: at(52) });
    expect(resumed.body.state).toMatchObject({ status: 'EXTENDED' });

    const reply = await api.act(
      'handler',
      caseId,
      'reply',
      {
        outcome: 'explained',
        summary: '经监测排放达标，已向信访人解释',
      },
      { at: at(60) },
    );
    expect(reply.body.state).toMatchObject({
      status: 'REPLIED',
      outcome: 'explained',
      outcomeLabel: { zh: '解释', en: 'Explained' },
    });
    const review = reply.body.clocks!.find((clock) => clock.kind === 'reviewWindow');
    expect(review).toMatchObject({ dueDate: '2026-08-31', ownerUnitId: null });
  });

  it('withdraw by the petition office and close by mediation end the case', async () => {
    const withdrawn = await api.accepted();
    const answer = await api.act(
      'clerk',
      withdrawn.caseId,
      'withdraw',
      { reason: '信访人书面撤回' },
      {
        at: at(10),
      },
    );
    expect(answer.body.state).toMatchObject({ status: 'WITHDRAWN', outcome: 'withdrawn' });
    expect(answer.body.clocks!.find((clock) => clock.kind === 'handle')!.state).toBe('stopped');

    const mediated = await api.accepted();
    const closed = await api.act(
      'handler',
      mediated.caseId,
      'close',
      {
        ground: 'mediated',
        note: '双方达成调解协议',
      },
      { at: at(20) },
    );
    expect(closed.body.state).toMatchObject({ status: 'CLOSED', outcome: 'mediated' });
    const after = await api.act(
      'handler',
      mediated.caseId,
      'reply',
      {
        outcome: 'supported',
        summary: '支持',
      },
      { at: at(21) },
    );
    expect(after.status).toBe(409);
    expect(after.body.error!.message.zh).toContain('已办结');
  });
});
