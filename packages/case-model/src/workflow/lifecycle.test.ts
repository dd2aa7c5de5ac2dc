import { describe, expect, it } from 'vitest';
import type { CaseState } from './caseState.ts';
import { initialCaseState } from './caseState.ts';
import { clockRuns } from './clockRuns.ts';
import { actors, at, command, run, steps, units } from './testFixtures.ts';
import type { WorkflowCommand } from './workflowCommand.ts';

describe('the whole life of a case', () => {
  it('goes register → transfer → accept → extend → hearing → reply → review → re-exam → terminated', () => {
    const life: [WorkflowCommand, CaseState['status']][] = [
      [steps.register, 'REGISTERED'],
      [steps.transfer, 'TRANSFERRED'],
      [command('accept', actors.handler, at(4), { notice: 'pending' }), 'ACCEPTED'],
      [command('serveAcceptNotice', actors.handler, at(5), {}), 'IN_PROGRESS'],
      [command('extend', actors.head, at(55), { days: 30, reason: '需现场监测' }), 'EXTENDED'],
      [command('startHearing', actors.handler, at(60), {}), 'HEARING'],
      [command('endHearing', actors.handler, at(61), {}), 'EXTENDED'],
      [
        command('reply', actors.handler, at(80), { outcome: 'explained', summary: '已说明' }),
        'REPLIED',
      ],
      [
        command('requestReview', actors.cityHandler, at(100), {
          unitId: units.city,
          reasons: '不服',
        }),
        'IN_REVIEW',
      ],
      [
        command('decideReview', actors.cityHandler, at(120), {
          outcome: 'notSupported',
          summary: '维持',
        }),
        'REVIEW_DECIDED',
      ],
      [
        command('requestReexam', actors.provinceHandler, at(140), {
          unitId: units.province,
          reasons: '仍不服',
        }),
        'IN_REEXAM',
      ],
      [command('startHearing', actors.provinceHandler, at(150), {}), 'HEARING'],
      [command('endHearing', actors.provinceHandler, at(155), {}), 'IN_REEXAM'],
      [
        command('decideReexam', actors.provinceHandler, at(175), {
          outcome: 'notSupported',
          summary: '终结',
        }),
        'TERMINATED',
      ],
    ];
    let state = initialCaseState;
    for (const [next, status] of life) {
      state = run(state, next);
      expect(state.status, next.type).toBe(status);
      expect(state.statusEventId).toBe(next.idempotencyKey);
    }

    expect(state.conflicts).toEqual([]);
    expect(state.timeline.map((event) => event.type)).toEqual(life.map(([next]) => next.type));
    expect(state).toMatchObject({
      caseId: 'case-1',
      routingUnitId: units.office,
      leadUnitId: units.environment,
      coUnitIds: [units.housing],
      routing: { kind: 'transfer', unitId: units.office, leadUnitId: units.environment },
      acceptance: { notice: 'served', noticeServedAt: at(5) },
      extension: { days: 30, approvedBy: actors.head.userId, reason: '需现场监测' },
      reply: { outcome: 'explained', unitId: units.environment },
      review: { unitId: units.city, decision: { outcome: 'notSupported' } },
      reexam: { unitId: units.province, decision: { outcome: 'notSupported', at: at(175) } },
      outcome: 'notSupported',
    });
    expect(state.hearings).toMatchObject([
      { stage: 'handling', at: at(60), to: at(61), resumeStatus: 'EXTENDED' },
      { stage: 'reexam', at: at(150), to: at(155), resumeStatus: 'IN_REEXAM' },
    ]);

    const clocks = Object.fromEntries(clockRuns(state).map((clock) => [clock.id, clock]));
    expect(clocks.handle).toMatchObject({ startedAt: at(4), extensionDays: 30, stoppedAt: at(80) });
    expect(clocks.reexam).toMatchObject({
      startedAt: at(140),
      pauses: [{ from: at(150), to: at(155) }],
      stoppedAt: at(175),
    });
    expect(clocks[`route:${steps.register.idempotencyKey}`]?.stoppedAt).toBe(at(2));
    expect(clocks.evaluation?.stoppedAt).toBeUndefined();
  });

  it('lets an objection send the case back for re-routing, and the new unit accept it', () => {
    let state = run(run(initialCaseState, steps.register), steps.transfer);
    state = run(state, command('object', actors.handler, at(3), { reasons: '属住建部门职责' }));
    expect(state).toMatchObject({
      status: 'OBJECTED',
      leadUnitId: null,
      coUnitIds: [],
      routing: null,
    });
    state = run(
      state,
      command('assign', actors.clerk, at(4), {
        leadUnitId: units.housing,
        coUnitIds: [],
        reportDueDate: '2025-04-30',
      }),
    );
    state = run(state, command('accept', actors.housingHandler, at(5), { notice: 'served' }));
    expect(state).toMatchObject({
      status: 'IN_PROGRESS',
      leadUnitId: units.housing,
      routing: { kind: 'assign', reportDueDate: '2025-04-30' },
    });
    expect(state.objections).toMatchObject([
      { unitId: units.environment, reasons: '属住建部门职责' },
    ]);
  });
});
