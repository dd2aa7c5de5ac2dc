import { describe, expect, it } from 'vitest';
import { activeOverlays } from './activeOverlays.ts';
import { initialCaseState } from './caseState.ts';
import { decide } from './decide.ts';
import {
  actors,
  at,
  calendarDays,
  command,
  facts,
  inProgress,
  replied,
  run,
  steps,
  transferred,
  units,
} from './testFixtures.ts';

describe('acts beside the state', () => {
  it('records 包案 once, with the leader and since when', () => {
    const owned = run(transferred(), command('takeOwnership', actors.leader, at(3), {}));
    expect(owned.leaderOwnership).toEqual({
      eventId: `takeOwnership@${at(3)}`,
      at: at(3),
      unitId: units.office,
      leaderUserId: 'leader',
    });
    expect(owned.status).toBe('TRANSFERRED');
    const second = decide(
      owned,
      command('takeOwnership', { ...actors.leader, userId: 'other' }, at(4), {}),
      calendarDays,
    );
    expect(second).toMatchObject({
      ok: false,
      code: 'already-done',
      conflictsWith: `takeOwnership@${at(3)}`,
    });
  });

  it('keeps leader instruction ids and repeat links, each once', () => {
    let state = run(
      transferred(),
      command('leaderInstruction', actors.leader, at(3), { noteId: 'n1' }),
    );
    state = run(state, command('linkRepeat', actors.clerk, at(3, 2), { caseId: 'case-0' }));
    expect(state).toMatchObject({ instructionNoteIds: ['n1'], repeatLinks: ['case-0'] });
    expect(
      decide(
        state,
        command('leaderInstruction', actors.leader, at(4), { noteId: 'n1' }),
        calendarDays,
      ),
    ).toMatchObject({
      ok: false,
      code: 'already-done',
      conflictsWith: `leaderInstruction@${at(3)}`,
    });
    expect(
      decide(state, command('linkRepeat', actors.clerk, at(4), { caseId: 'case-1' }), calendarDays),
    ).toMatchObject({ ok: false, code: 'invalid-payload' });
    expect(activeOverlays(state)).toEqual(['repeatLinked']);
  });

  it('records a rating of the handling once there is a reply, not for an anonymous petition', () => {
    const rate = command('rate', actors.clerk, at(45), {
      subject: 'handling',
      rating: 'satisfied',
    });
    expect(decide(inProgress(), rate, calendarDays)).toMatchObject({
      ok: false,
      code: 'wrong-state',
    });
    expect(run(replied(), rate).ratings).toMatchObject([
      { subject: 'handling', rating: 'satisfied' },
    ]);
    const anonymous = run(
      initialCaseState,
      command('register', actors.clerk, at(0), {
        caseId: 'a',
        facts: { ...facts, anonymous: true },
      }),
    );
    const accepted = run(
      anonymous,
      command('accept', actors.officeHandler, at(1), { notice: 'notRequired' }),
    );
    const rateAcceptance = command('rate', actors.clerk, at(2), {
      subject: 'acceptance',
      rating: 'satisfied',
    });
    expect(decide(accepted, rateAcceptance, calendarDays)).toMatchObject({
      ok: false,
      code: 'invalid-payload',
    });
  });

  it('shows the group-visit overlay from the registration', () => {
    const group = { ...facts, groupVisit: { size: 30, representatives: 7 } };
    const state = run(
      initialCaseState,
      command('register', actors.clerk, at(0), { caseId: 'g', facts: group }),
    );
    expect(activeOverlays(state)).toEqual(['groupVisit']);
    expect(activeOverlays(run(initialCaseState, steps.register))).toEqual([]);
  });
});
