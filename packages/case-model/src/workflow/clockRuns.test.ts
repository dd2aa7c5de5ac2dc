import { describe, expect, it } from 'vitest';
import type { ClockRun } from '../deadlines/clockRun.ts';
import type { CaseState } from './caseState.ts';
import { initialCaseState } from './caseState.ts';
import { clockRuns } from './clockRuns.ts';
import {
  actors,
  at,
  command,
  inProgress,
  replied,
  run,
  steps,
  transferred,
  units,
} from './testFixtures.ts';

const byId = (state: CaseState, options = {}): Record<string, ClockRun> =>
  Object.fromEntries(clockRuns(state, options).map((clock) => [clock.id, clock]));
const route = `route:${steps.register.idempotencyKey}`;
const transfer = steps.transfer.idempotencyKey;

describe('clockRuns', () => {
  it('has no clock before registration and a 15-day route clock after it', () => {
    expect(clockRuns(initialCaseState)).toEqual([]);
    expect(clockRuns(run(initialCaseState, steps.register))).toEqual([
      {
        id: route,
        kind: 'route',
        startedAt: at(0),
        length: { amount: 15, unit: 'calendarDays' },
        pauses: [],
      },
    ]);
  });

  it('stops the route clock on transfer and starts the acceptance-notice and objection clocks', () => {
    const clocks = byId(transferred());
    expect(clocks[route]?.stoppedAt).toBe(at(2));
    expect(clocks[`acceptNotice:${transfer}`]).toEqual({
      id: `acceptNotice:${transfer}`,
      kind: 'acceptNotice',
      startedAt: at(2),
      length: { amount: 15, unit: 'calendarDays' },
      pauses: [],
    });
    expect(clocks[`objection:${transfer}`]?.length).toEqual({ amount: 5, unit: 'workingDays' });
  });

  it('stops the notice and objection clocks on acceptance and starts the 60-day handling clock', () => {
    const clocks = byId(inProgress());
    expect(clocks[`acceptNotice:${transfer}`]?.stoppedAt).toBe(at(4));
    expect(clocks[`objection:${transfer}`]?.stoppedAt).toBe(at(4));
    expect(clocks.handle).toEqual({
      id: 'handle',
      kind: 'handle',
      startedAt: at(4),
      length: { amount: 60, unit: 'calendarDays' },
      pauses: [],
    });
  });

  it('keeps the notice clock running until a pending notice is served', () => {
    const pending = run(
      transferred(),
      command('accept', actors.handler, at(4), { notice: 'pending' }),
    );
    expect(byId(pending)[`acceptNotice:${transfer}`]?.stoppedAt).toBeUndefined();
    const served = run(pending, command('serveAcceptNotice', actors.handler, at(6), {}));
    expect(byId(served)[`acceptNotice:${transfer}`]?.stoppedAt).toBe(at(6));
  });

  it('gives a case the office accepts itself a notice clock from its registration', () => {
    const state = run(
      run(initialCaseState, steps.register),
      command('accept', actors.officeHandler, at(3), { notice: 'pending' }),
    );
    const clocks = byId(state);
    expect(clocks[route]?.stoppedAt).toBe(at(3));
    expect(clocks[`acceptNotice:${steps.register.idempotencyKey}`]).toMatchObject({
      startedAt: at(0),
    });
    expect(clocks[`acceptNotice:${steps.register.idempotencyKey}`]?.stoppedAt).toBeUndefined();
  });

  it('adds the extension to the handling clock and stops it on reply, starting the review window', () => {
    const extended = run(
      inProgress(),
      command('extend', actors.head, at(30), { days: 25, reason: '复杂' }),
    );
    const replied = run(
      extended,
      command('reply', actors.handler, at(70), { outcome: 'supported', summary: '支持' }),
    );
    const clocks = byId(replied, { evaluation: { amount: 15, unit: 'calendarDays' } });
    expect(clocks.handle).toMatchObject({ extensionDays: 25, stoppedAt: at(70) });
    expect(clocks.reviewWindow).toMatchObject({
      startedAt: at(70),
      length: { amount: 30, unit: 'calendarDays' },
    });
    expect(clocks.evaluation?.length).toEqual({ amount: 15, unit: 'calendarDays' });
  });

  it('runs a report clock to the due date of an assignment, stopped by the completion report', () => {
    const assign = command('assign', actors.clerk, at(1), {
      leadUnitId: units.environment,
      coUnitIds: [],
      reportDueDate: '2025-04-15',
    });
    const assigned = run(run(initialCaseState, steps.register), assign);
    const id = `assignmentReport:${assign.idempotencyKey}`;
    expect(byId(assigned)[id]).toMatchObject({ kind: 'assignmentReport', dueDate: '2025-04-15' });
    const reported = run(
      assigned,
      command('completionReport', actors.handler, at(20), { summary: '已办结' }),
    );
    expect(byId(reported)[id]?.stoppedAt).toBe(at(20));
  });

  it('pauses the re-examination clock during its hearings only', () => {
    let state = run(
      replied(),
      command('requestReview', actors.cityHandler, at(45), { unitId: units.city, reasons: '不服' }),
    );
    state = run(
      state,
      command('decideReview', actors.cityHandler, at(60), {
        outcome: 'notSupported',
        summary: '维持',
      }),
    );
    state = run(
      state,
      command('requestReexam', actors.provinceHandler, at(70), {
        unitId: units.province,
        reasons: '不服',
      }),
    );
    state = run(state, command('startHearing', actors.provinceHandler, at(75), {}));
    expect(byId(state).reexam?.pauses).toEqual([{ from: at(75) }]);
    state = run(state, command('endHearing', actors.provinceHandler, at(78), {}));
    const clocks = byId(state);
    expect(clocks.reexam?.pauses).toEqual([{ from: at(75), to: at(78) }]);
    expect(clocks.review).toMatchObject({ startedAt: at(45), stoppedAt: at(60) });
    expect(clocks.reexamWindow).toMatchObject({ startedAt: at(60), stoppedAt: at(70) });
    expect(clocks.handle?.pauses).toEqual([]);
  });

  it('runs supervision, improvement and ownership clocks, and ends case clocks but not those on withdrawal', () => {
    let state = inProgress();
    const order = command('supervise', actors.supervisor, at(10), {
      reason: 'buckPassing',
      dueDate: '2025-03-31',
      addressedUnitId: units.environment,
      note: '',
    });
    const proposal = command('proposeImprovement', actors.supervisor, at(11), {
      addressedUnitId: units.environment,
      text: '建立台账',
    });
    state = run(
      run(run(state, order), proposal),
      command('takeOwnership', actors.leader, at(12), {}),
    );
    state = run(state, command('withdraw', actors.handler, at(13), { reason: '已协商解决' }));
    const clocks = byId(state, { leaderOwnership: { amount: 4, unit: 'months' } });
    expect(clocks[`supervision:${order.idempotencyKey}`]).toMatchObject({ dueDate: '2025-03-31' });
    expect(clocks[`supervision:${order.idempotencyKey}`]?.stoppedAt).toBeUndefined();
    expect(clocks[`improvementAnswer:${proposal.idempotencyKey}`]?.stoppedAt).toBeUndefined();
    expect(clocks.leaderOwnership).toMatchObject({
      length: { amount: 4, unit: 'months' },
      stoppedAt: at(13),
    });
    expect(clocks.handle?.stoppedAt).toBe(at(13));
    const answered = run(
      state,
      command('answerImprovement', actors.head, at(14), {
        proposalId: proposal.idempotencyKey,
        answer: '已建立',
        adopted: true,
      }),
    );
    const reported = run(
      answered,
      command('completionReport', actors.handler, at(15), {
        orderId: order.idempotencyKey,
        summary: '已整改',
      }),
    );
    const after = byId(reported);
    expect(after[`improvementAnswer:${proposal.idempotencyKey}`]?.stoppedAt).toBe(at(14));
    expect(after[`supervision:${order.idempotencyKey}`]?.stoppedAt).toBe(at(15));
    expect(
      byId(run(inProgress(), command('takeOwnership', actors.leader, at(12), {}))).leaderOwnership
        ?.length,
    ).toEqual({ amount: 3, unit: 'months' });
  });

  it('starts a new route clock when an objection sends the case back', () => {
    const object = command('object', actors.handler, at(3), { reasons: '非本单位职责' });
    const clocks = byId(run(transferred(), object));
    expect(clocks[`route:${object.idempotencyKey}`]).toMatchObject({ startedAt: at(3) });
    expect(clocks[`route:${object.idempotencyKey}`]?.stoppedAt).toBeUndefined();
    expect(clocks[`objection:${transfer}`]?.stoppedAt).toBe(at(3));
    expect(clocks[`acceptNotice:${transfer}`]?.stoppedAt).toBe(at(3));
  });
});
