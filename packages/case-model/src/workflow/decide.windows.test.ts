import { describe, expect, it } from 'vitest';
import type { CaseState } from './caseState.ts';
import { decide } from './decide.ts';
import {
  actors,
  at,
  calendarDays,
  command,
  inProgress,
  replied,
  run,
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

describe('decide with deadline windows', () => {
  it('refuses an objection after 5 working days (asked of the deadline engine)', () => {
    const late = command('object', actors.handler, at(8), { reasons: '非本单位职责' });
    expect(refusal(transferred(), late).code).toBe('window-closed');
    const asked: string[] = [];
    const spy = {
      windowOpen: (clock: { id: string; kind: string }) => {
        asked.push(clock.kind);
        return true;
      },
    };
    expect(decide(transferred(), late, spy).ok).toBe(true);
    expect(asked).toEqual(['objection']);
  });

  it('refuses review and re-examination requests past their 30-day windows', () => {
    const review = command('requestReview', actors.cityHandler, at(71), {
      unitId: units.city,
      reasons: '不服',
    });
    expect(refusal(replied(), review).code).toBe('window-closed');
    const inTime = run(replied(), { ...review, at: at(70), idempotencyKey: 'review-in-time' });
    const decided = run(
      inTime,
      command('decideReview', actors.cityHandler, at(80), {
        outcome: 'supported',
        summary: '撤销',
      }),
    );
    const reexam = command('requestReexam', actors.provinceHandler, at(111), {
      unitId: units.province,
      reasons: '不服',
    });
    expect(refusal(decided, reexam).code).toBe('window-closed');
    expect(run(decided, { ...reexam, at: at(110) }).status).toBe('IN_REEXAM');
  });

  it('refuses an extension after the handling period has run out', () => {
    expect(
      refusal(inProgress(), command('extend', actors.head, at(65), { days: 10, reason: '复杂' }))
        .code,
    ).toBe('window-closed');
  });

  it('refuses a second extension, also while a hearing runs', () => {
    const extended = run(
      inProgress(),
      command('extend', actors.head, at(30), { days: 10, reason: '复杂' }),
    );
    const again = refusal(
      extended,
      command('extend', actors.head, at(31), { days: 5, reason: '仍复杂' }),
    );
    expect(again).toMatchObject({ code: 'second-extension', conflictsWith: `extend@${at(30)}` });
    const hearing = run(extended, command('startHearing', actors.handler, at(32), {}));
    expect(
      refusal(hearing, command('extend', actors.head, at(33), { days: 5, reason: '再延' })).code,
    ).toBe('second-extension');
  });

  it('refuses an extension longer than 30 days, or not in whole days', () => {
    expect(
      refusal(inProgress(), command('extend', actors.head, at(30), { days: 31, reason: '复杂' }))
        .code,
    ).toBe('extension-too-long');
    expect(
      refusal(inProgress(), command('extend', actors.head, at(30), { days: 2.5, reason: '复杂' }))
        .code,
    ).toBe('invalid-payload');
    expect(
      run(inProgress(), command('extend', actors.head, at(30), { days: 30, reason: '复杂' }))
        .extension?.days,
    ).toBe(30);
  });

  it('closes for want of a review request only once the window has run out', () => {
    const early = command('close', actors.handler, at(60), {
      ground: 'noReviewRequested',
      note: '',
    });
    expect(refusal(replied(), early).code).toBe('window-open');
    const closed = run(replied(), { ...early, at: at(71) });
    expect(closed).toMatchObject({
      status: 'CLOSED',
      outcome: 'notSupported',
      closure: { ground: 'noReviewRequested' },
    });
  });
});
