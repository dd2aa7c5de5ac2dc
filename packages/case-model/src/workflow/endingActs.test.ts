import { describe, expect, it } from 'vitest';
import { initialCaseState } from './caseState.ts';
import { decide } from './decide.ts';
import {
  actors,
  at,
  calendarDays,
  command,
  inProgress,
  replied,
  run,
  steps,
  transferred,
  units,
} from './testFixtures.ts';

describe('ending a case', () => {
  it('tells the petitioner to go to the court, which ends the case', () => {
    const told = run(
      run(initialCaseState, steps.register),
      command('tell', actors.clerk, at(1), { body: 'court', note: '属诉讼事项' }),
    );
    expect(told).toMatchObject({
      status: 'NOT_ACCEPTED',
      nonAcceptance: { kind: 'tell', body: 'court', unitId: units.office },
    });
    expect(
      decide(told, command('withdraw', actors.clerk, at(2), { reason: '撤回' }), calendarDays),
    ).toMatchObject({ ok: false, code: 'wrong-state' });
  });

  it('lets the receiving unit decline a matter for the courts instead of objecting', () => {
    const declined = run(
      transferred(),
      command('notAccept', actors.handler, at(3), {
        ground: 'legalProcedure',
        reason: '劳动争议',
        legalRoute: '申请劳动仲裁',
      }),
    );
    expect(declined).toMatchObject({
      status: 'NOT_ACCEPTED',
      nonAcceptance: { kind: 'notAccept', unitId: units.environment },
    });
  });

  it('records a withdrawal in any open state, ending an open hearing', () => {
    const hearing = run(inProgress(), command('startHearing', actors.handler, at(20), {}));
    const withdrawn = run(
      hearing,
      command('withdraw', actors.handler, at(21), { reason: '信访人书面撤回' }),
    );
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      outcome: 'withdrawn',
      closure: { ground: 'withdrawn' },
    });
    expect(withdrawn.hearings[0]?.to).toBe(at(21));
  });

  it('closes on mediation by the unit in charge, with the outcome mediated', () => {
    const mediate = command('close', actors.handler, at(20), {
      ground: 'mediated',
      note: '达成调解协议',
    });
    expect(run(inProgress(), mediate)).toMatchObject({
      status: 'CLOSED',
      outcome: 'mediated',
      closure: { ground: 'mediated' },
    });
    expect(
      decide(inProgress(), { ...mediate, actor: actors.housingHandler }, calendarDays),
    ).toMatchObject({ ok: false, code: 'wrong-unit' });
    expect(
      decide(
        inProgress(),
        { ...mediate, payload: { ground: 'noReexamRequested', note: '' } },
        calendarDays,
      ),
    ).toMatchObject({ ok: false, code: 'wrong-state' });
  });

  it('closes after a review decision once the re-examination window has run out', () => {
    let state = run(
      replied(),
      command('requestReview', actors.cityHandler, at(45), { unitId: units.city, reasons: '不服' }),
    );
    state = run(
      state,
      command('decideReview', actors.cityHandler, at(60), {
        outcome: 'supported',
        summary: '撤销原意见',
      }),
    );
    const close = command('close', actors.cityHandler, at(85), {
      ground: 'noReexamRequested',
      note: '',
    });
    expect(decide(state, close, calendarDays)).toMatchObject({ ok: false, code: 'window-open' });
    expect(run(state, { ...close, at: at(91) })).toMatchObject({
      status: 'CLOSED',
      outcome: 'supported',
    });
  });
});
