import { describe, expect, it } from 'vitest';
import type { CaseState } from './caseState.ts';
import { initialCaseState } from './caseState.ts';
import { decide } from './decide.ts';
import { eventLog } from './eventLog.ts';
import { foldEvents } from './foldEvents.ts';
import {
  actors,
  at,
  calendarDays,
  command,
  facts,
  inProgress,
  replied,
  run,
  runAll,
  steps,
  transferred,
  units,
} from './testFixtures.ts';
import type { WorkflowCommand } from './workflowCommand.ts';

function refusal(state: CaseState, next: WorkflowCommand, context = calendarDays) {
  const result = decide(state, next, context);
  if (result.ok) throw new Error(`${next.type} was not refused`);
  expect(result.reason.zh).not.toBe('');
  expect(result.reason.en).not.toBe('');
  return result;
}

const registered = (): CaseState => run(initialCaseState, steps.register);

describe('decide', () => {
  it('produces one event carrying the command, its key and its basis', () => {
    const state = registered();
    const result = decide(state, steps.transfer, calendarDays);
    expect(result).toEqual({
      ok: true,
      events: [
        {
          id: steps.transfer.idempotencyKey,
          causedBy: steps.transfer.idempotencyKey,
          basis: steps.register.idempotencyKey,
          type: 'transfer',
          at: steps.transfer.at,
          actor: actors.clerk,
          payload: steps.transfer.payload,
        },
      ],
    });
  });

  it('refuses an act in the wrong state', () => {
    expect(refusal(registered(), steps.reply).code).toBe('wrong-state');
    expect(
      refusal(
        inProgress(),
        command('transfer', actors.clerk, at(9), { leadUnitId: units.housing, coUnitIds: [] }),
      ).code,
    ).toBe('wrong-state');
    expect(refusal(initialCaseState, steps.transfer).reason.zh).toContain('草稿');
  });

  it('refuses a role the act does not admit', () => {
    const byHandler = command('transfer', actors.officeHandler, at(2), steps.transfer.payload);
    expect(refusal(registered(), byHandler).code).toBe('wrong-role');
    const extendByHandler = command('extend', actors.handler, at(9), { days: 10, reason: '复杂' });
    expect(refusal(inProgress(), extendByHandler).code).toBe('wrong-role');
    expect(
      refusal(
        registered(),
        command('supervise', actors.analyst, at(1), {
          reason: 'overdue',
          dueDate: '2025-04-01',
          addressedUnitId: units.office,
          note: '',
        }),
      ).code,
    ).toBe('wrong-role');
  });

  it('refuses a unit that does not hold the case', () => {
    expect(
      refusal(transferred(), command('accept', actors.housingHandler, at(3), { notice: 'served' }))
        .code,
    ).toBe('wrong-unit');
    const otherOffice = { ...actors.clerk, unitId: units.city };
    expect(
      refusal(registered(), command('transfer', otherOffice, at(2), steps.transfer.payload)).code,
    ).toBe('wrong-unit');
    expect(
      refusal(initialCaseState, command('register', otherOffice, at(0), { caseId: 'c', facts }))
        .code,
    ).toBe('wrong-unit');
    expect(
      refusal(
        inProgress(),
        command('reply', actors.housingHandler, at(9), { outcome: 'supported', summary: '好' }),
      ).code,
    ).toBe('wrong-unit');
  });

  it('refuses to route to a unit the petition accuses, as lead or as co-handler', () => {
    const lead = refusal(
      registered(),
      command('transfer', actors.clerk, at(2), { leadUnitId: units.police, coUnitIds: [] }),
    );
    expect(lead.code).toBe('accused-unit');
    expect(lead.reason.en).toContain(units.police);
    const co = command('assign', actors.clerk, at(2), {
      leadUnitId: units.environment,
      coUnitIds: [units.police],
      reportDueDate: '2025-04-01',
    });
    expect(refusal(registered(), co).code).toBe('accused-unit');
    const toAccusedReviewer = { ...actors.cityHandler, unitId: units.police };
    expect(
      refusal(
        replied(),
        command('requestReview', toAccusedReviewer, at(45), {
          unitId: units.police,
          reasons: '不服',
        }),
      ).code,
    ).toBe('accused-unit');
  });

  it('applies a command once: a retry with the same key adds nothing', () => {
    const state = transferred();
    expect(decide(state, steps.transfer, calendarDays)).toEqual({ ok: true, events: [] });
    const retry = { ...steps.transfer, at: at(3) };
    expect(decide(state, retry, calendarDays)).toEqual({ ok: true, events: [] });
    const reused = command(
      'tell',
      actors.clerk,
      at(3),
      { body: 'court', note: '' },
      { idempotencyKey: steps.transfer.idempotencyKey },
    );
    expect(refusal(state, reused).code).toBe('duplicate-key');
  });

  it('refuses an act decided on a status that has since changed, and hands back the event to record', () => {
    const state = transferred();
    const stale = command(
      'transfer',
      actors.clerk,
      at(3),
      { leadUnitId: units.housing, coUnitIds: [] },
      { basis: steps.register.idempotencyKey },
    );
    const result = refusal(state, stale);
    expect(result).toMatchObject({
      code: 'conflict',
      conflictsWith: steps.transfer.idempotencyKey,
    });
    expect(result.reason.zh).toContain('转送');
    const recorded = foldEvents([...eventLog(state), result.event!]);
    expect(recorded.status).toBe('TRANSFERRED');
    expect(recorded.conflicts.map((conflict) => conflict.event.id)).toEqual([stale.idempotencyKey]);
  });

  it('refuses an act dated before its basis or that would rewrite recorded acts', () => {
    expect(refusal(registered(), { ...steps.transfer, at: at(0) }).code).toBe('time-order');
    // Dated before the transfer it would displace: not handed back for recording.
    const early = command(
      'tell',
      actors.clerk,
      at(1),
      { body: 'court', note: '' },
      { basis: steps.register.idempotencyKey },
    );
    const result = refusal(transferred(), early);
    expect(result.code).toBe('conflict');
    expect(result.event).toBeUndefined();
    const ownedLater = run(inProgress(), command('takeOwnership', actors.leader, at(20), {}));
    const closedEarlier = command(
      'close',
      actors.handler,
      at(10),
      { ground: 'mediated', note: '' },
      { basis: steps.accept.idempotencyKey },
    );
    expect(refusal(ownedLater, closedEarlier)).toMatchObject({
      code: 'conflict',
      conflictsWith: `takeOwnership@${at(20)}`,
    });
  });

  it('refuses a malformed instant or payload without throwing', () => {
    expect(refusal(registered(), { ...steps.transfer, at: '2025-03-05' }).code).toBe(
      'invalid-time',
    );
    const broken = {
      ...steps.transfer,
      payload: { leadUnitId: units.housing },
    } as unknown as WorkflowCommand;
    expect(refusal(registered(), broken).code).toBe('invalid-payload');
    const unknown = { ...steps.transfer, type: 'escalate' } as unknown as WorkflowCommand;
    expect(refusal(registered(), unknown).code).toBe('unknown-act');
  });

  it('asks for the legal route when not accepting a matter for the courts', () => {
    const bare = command('notAccept', actors.clerk, at(1), {
      ground: 'legalProcedure',
      reason: '属民事纠纷',
    });
    expect(refusal(registered(), bare).code).toBe('invalid-payload');
    const state = run(
      registered(),
      command('notAccept', actors.clerk, at(1), {
        ...bare.payload,
        legalRoute: '向人民法院提起民事诉讼',
      }),
    );
    expect(state).toMatchObject({
      status: 'NOT_ACCEPTED',
      nonAcceptance: { kind: 'notAccept', legalRoute: '向人民法院提起民事诉讼' },
    });
  });

  it('keeps each role to its acts in a run of the table', () => {
    const ok = runAll([steps.register, steps.transfer]);
    expect(decide(ok, command('takeOwnership', actors.leader, at(3), {}), calendarDays).ok).toBe(
      true,
    );
    expect(refusal(ok, command('takeOwnership', actors.supervisor, at(3), {})).code).toBe(
      'wrong-role',
    );
  });
});
