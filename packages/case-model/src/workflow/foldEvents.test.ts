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
  inProgress,
  run,
  steps,
  transferred,
  units,
} from './testFixtures.ts';
import type { WorkflowCommand } from './workflowCommand.ts';
import type { WorkflowEvent } from './workflowEvent.ts';

/** Decides a command offline on `state` and returns its event. */
function offline(state: CaseState, next: WorkflowCommand): WorkflowEvent {
  const result = decide(state, next, calendarDays);
  if (!result.ok || result.events[0] === undefined) throw new Error(`${next.type} refused`);
  return result.events[0];
}

const registered = (): CaseState => run(initialCaseState, steps.register);

describe('foldEvents', () => {
  it('reports the second of two offline transfers to different units as a conflict, in either time order', () => {
    const base = registered();
    for (const [first, second] of [
      [2, 3],
      [3, 2],
    ] as const) {
      const toEnvironment = offline(
        base,
        command('transfer', actors.clerk, at(first), {
          leadUnitId: units.environment,
          coUnitIds: [],
        }),
      );
      const toHousing = offline(
        base,
        command('transfer', actors.clerk, at(second), { leadUnitId: units.housing, coUnitIds: [] }),
      );
      const [winner, loser] =
        first < second ? [toEnvironment, toHousing] : [toHousing, toEnvironment];
      for (const log of [
        [...eventLog(base), toEnvironment, toHousing],
        [toHousing, ...eventLog(base), toEnvironment],
      ]) {
        const state = foldEvents(log);
        expect(state.status).toBe('TRANSFERRED');
        expect(state.leadUnitId).toBe(first < second ? units.environment : units.housing);
        expect(state.conflicts).toEqual([
          {
            event: loser,
            conflictsWith: winner,
            code: 'conflict',
            reason: expect.objectContaining({ zh: expect.stringContaining('转送') }),
          },
        ]);
      }
    }
  });

  it('reports a reply made offline against an extension, and the other way round', () => {
    const base = inProgress();
    const extend = offline(
      base,
      command('extend', actors.head, at(30), { days: 20, reason: '复杂' }),
    );
    const reply = offline(
      base,
      command('reply', actors.handler, at(31), { outcome: 'supported', summary: '同意' }),
    );
    const extendedFirst = foldEvents([...eventLog(base), reply, extend]);
    expect(extendedFirst.status).toBe('EXTENDED');
    expect(extendedFirst.reply).toBeNull();
    expect(extendedFirst.conflicts).toMatchObject([
      { event: reply, conflictsWith: extend, code: 'conflict' },
    ]);

    const lateExtend = offline(
      base,
      command('extend', actors.head, at(32), { days: 20, reason: '复杂' }),
    );
    const repliedFirst = foldEvents([...eventLog(base), lateExtend, reply]);
    expect(repliedFirst.status).toBe('REPLIED');
    expect(repliedFirst.extension).toBeNull();
    expect(repliedFirst.conflicts).toMatchObject([
      { event: lateExtend, conflictsWith: reply, code: 'conflict' },
    ]);
  });

  it('reports acts built on a conflicting act as conflicts too', () => {
    const base = registered();
    const toEnvironment = offline(
      base,
      command('transfer', actors.clerk, at(2), { leadUnitId: units.environment, coUnitIds: [] }),
    );
    const toHousing = offline(
      base,
      command('transfer', actors.clerk, at(3), { leadUnitId: units.housing, coUnitIds: [] }),
    );
    const housingView = foldEvents([...eventLog(base), toHousing]);
    const accept = offline(
      housingView,
      command('accept', actors.housingHandler, at(4), { notice: 'served' }),
    );
    const state = foldEvents([...eventLog(base), toEnvironment, toHousing, accept]);
    expect(state.status).toBe('TRANSFERRED');
    expect(
      state.conflicts.map((conflict) => [
        conflict.event.type,
        conflict.code,
        conflict.conflictsWith?.id,
      ]),
    ).toEqual([
      ['transfer', 'conflict', toEnvironment.id],
      ['accept', 'conflict', toEnvironment.id],
    ]);
  });

  it('lets acts that do not move the case pass alongside a concurrent status change', () => {
    const base = inProgress();
    const instruction = offline(
      base,
      command('leaderInstruction', actors.leader, at(10), { noteId: 'note-1' }),
    );
    const reply = offline(
      base,
      command('reply', actors.handler, at(9), { outcome: 'supported', summary: '同意' }),
    );
    const state = foldEvents([...eventLog(base), instruction, reply]);
    expect(state).toMatchObject({
      status: 'REPLIED',
      instructionNoteIds: ['note-1'],
      conflicts: [],
    });
  });

  it('folds a duplicated event once and lists a different event under the same key', () => {
    const log = eventLog(inProgress());
    const copies = [
      ...log,
      ...log.map((event) => JSON.parse(JSON.stringify(event)) as WorkflowEvent),
    ];
    expect(foldEvents(copies)).toEqual(foldEvents(log));
    const impostor = {
      ...log[1]!,
      payload: { leadUnitId: units.housing, coUnitIds: [] },
    } as WorkflowEvent;
    const state = foldEvents([...log, impostor]);
    expect(state.leadUnitId).toBe(units.environment);
    expect(state.conflicts).toMatchObject([
      { event: impostor, conflictsWith: log[1], code: 'duplicate-key' },
    ]);
  });

  it('sorts by instant, not by text, so zone offsets do not reorder acts', () => {
    const log = eventLog(inProgress());
    // 09:00+08:00 is 01:00Z: the same instant written another way.
    const shifted = log.map((event) => ({
      ...event,
      at: event.at.replace(/T01:00:00\.000Z$/, 'T09:00:00+08:00'),
    }));
    expect(shifted[1]!.at).not.toBe(log[1]!.at);
    expect(foldEvents(shifted).status).toBe('IN_PROGRESS');
    expect(foldEvents(shifted.toReversed()).conflicts).toEqual([]);
  });

  it('lists unknown, undated and malformed events as conflicts instead of throwing', () => {
    const log = eventLog(transferred());
    const unknown = {
      ...log[1]!,
      id: 'x1',
      causedBy: 'x1',
      type: 'escalate',
    } as unknown as WorkflowEvent;
    const undated = { ...log[1]!, id: 'x2', causedBy: 'x2', at: 'yesterday' } as WorkflowEvent;
    const malformed = {
      ...log[1]!,
      id: 'x3',
      causedBy: 'x3',
      at: at(5),
      basis: log[1]!.id,
      actor: actors.handler,
      type: 'accept',
      payload: null,
    } as unknown as WorkflowEvent;
    const state = foldEvents([...log, unknown, undated, malformed]);
    expect(state.status).toBe('TRANSFERRED');
    expect(state.conflicts.map((conflict) => [conflict.event.id, conflict.code])).toEqual([
      ['x1', 'unknown-act'],
      ['x3', 'invalid-payload'],
      ['x2', 'invalid-time'],
    ]);
  });

  it('names the state and the act in a wrong-state conflict', () => {
    const base = inProgress();
    const log = eventLog(base);
    const late = { ...offline(base, command('takeOwnership', actors.leader, at(50), {})) };
    const withdraw = offline(
      base,
      command('withdraw', actors.handler, at(45), { reason: '信访人撤回' }),
    );
    const state = foldEvents([...log, late, withdraw]);
    expect(state.status).toBe('WITHDRAWN');
    expect(state.conflicts).toMatchObject([
      {
        event: late,
        conflictsWith: withdraw,
        code: 'wrong-state',
        reason: { zh: '案件处于「已撤回」状态，不能领导包案' },
      },
    ]);
  });
});
