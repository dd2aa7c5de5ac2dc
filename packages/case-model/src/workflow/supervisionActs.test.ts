import { describe, expect, it } from 'vitest';
import { activeOverlays } from './activeOverlays.ts';
import { initialCaseState } from './caseState.ts';
import { decide } from './decide.ts';
import {
  actors,
  at,
  calendarDays,
  command,
  inProgress,
  run,
  steps,
  units,
} from './testFixtures.ts';

const order = command('supervise', actors.supervisor, at(10), {
  reason: 'overdue',
  dueDate: '2025-03-31',
  addressedUnitId: units.environment,
  note: '限期办结',
});

describe('supervision and improvement', () => {
  it('issues an order to a unit on the case and takes its report once', () => {
    const supervised = run(inProgress(), order);
    expect(supervised.supervisionOrders).toEqual([
      {
        id: order.idempotencyKey,
        eventId: order.idempotencyKey,
        at: at(10),
        unitId: units.inspection,
        issuingUnitId: units.inspection,
        reason: 'overdue',
        dueDate: '2025-03-31',
        addressedUnitId: units.environment,
        note: '限期办结',
      },
    ]);
    expect(activeOverlays(supervised)).toEqual(['supervised']);
    const report = command('completionReport', actors.head, at(12), {
      orderId: order.idempotencyKey,
      summary: '已办结',
    });
    expect(
      decide(supervised, { ...report, actor: actors.housingHandler }, calendarDays),
    ).toMatchObject({ ok: false, code: 'wrong-unit' });
    const reported = run(supervised, report);
    expect(reported.supervisionOrders[0]?.report).toMatchObject({
      summary: '已办结',
      unitId: units.environment,
    });
    expect(activeOverlays(reported)).toEqual([]);
    expect(
      decide(reported, { ...report, idempotencyKey: 'again', at: at(13) }, calendarDays),
    ).toMatchObject({ ok: false, code: 'already-done' });
  });

  it('refuses an order without an Art 36 ground, a real due date, or a unit on the case', () => {
    const bad = [
      { ...order.payload, reason: 'dislike' },
      { ...order.payload, dueDate: '2025-02-30' },
      { ...order.payload, addressedUnitId: units.province },
    ];
    for (const payload of bad) {
      expect(
        decide(inProgress(), { ...order, payload } as typeof order, calendarDays),
      ).toMatchObject({ ok: false, code: 'invalid-payload' });
    }
  });

  it('answers an improvement proposal once, by the addressed unit, after it was made', () => {
    const proposal = command('proposeImprovement', actors.supervisor, at(10), {
      addressedUnitId: units.environment,
      text: '完善监测制度',
    });
    const proposed = run(inProgress(), proposal);
    const answer = command('answerImprovement', actors.head, at(20), {
      proposalId: proposal.idempotencyKey,
      answer: '已采纳',
      adopted: true,
    });
    expect(
      decide(
        proposed,
        { ...answer, payload: { ...answer.payload, proposalId: 'nope' } },
        calendarDays,
      ),
    ).toMatchObject({ ok: false, code: 'not-found' });
    expect(decide(proposed, { ...answer, at: at(10) }, calendarDays)).toMatchObject({
      ok: false,
      code: 'time-order',
    });
    const answered = run(proposed, answer);
    expect(answered.improvements[0]?.answer).toMatchObject({
      adopted: true,
      answer: '已采纳',
      at: at(20),
    });
  });

  it('takes the completion report of an assignment from the assigned unit only', () => {
    const registered = run(initialCaseState, steps.register);
    const noAssignment = command('completionReport', actors.handler, at(5), { summary: '已办结' });
    const transferred = run(registered, steps.transfer);
    expect(decide(transferred, noAssignment, calendarDays)).toMatchObject({
      ok: false,
      code: 'wrong-state',
    });
    const assigned = run(
      registered,
      command('assign', actors.clerk, at(2), {
        leadUnitId: units.environment,
        coUnitIds: [],
        reportDueDate: '2025-04-01',
      }),
    );
    expect(run(assigned, noAssignment).routing?.report).toMatchObject({ summary: '已办结' });
  });
});
