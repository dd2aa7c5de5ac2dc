import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, diffDays, fromDayNumber, toDayNumber } from '../calendar/civilDate.ts';
import { cnMainlandCalendar } from '../calendar/cnMainlandCalendar.ts';
import { isWorkingDay } from '../calendar/isWorkingDay.ts';
import type { ClockRun } from './clockRun.ts';
import type { EvaluateClockOptions } from './evaluateClock.ts';
import { evaluateClock } from './evaluateClock.ts';

const at = (date: string, time = '10:00:00') => `${date}T${time}+08:00`;
const cal = cnMainlandCalendar;

function evaluate(run: ClockRun, now: string, rules?: EvaluateClockOptions['rules']) {
  return evaluateClock(run, { calendar: cal, now, ...(rules ? { rules } : {}) });
}

const objection = (received: string): ClockRun => ({
  id: 'objection',
  kind: 'objection',
  startedAt: at(received),
  length: { amount: 5, unit: 'workingDays' },
  pauses: [],
});

describe('the 5-working-day objection clock', () => {
  it('counts the make-up Saturday 2026-02-14 as a working day', () => {
    const result = evaluate(objection('2026-02-11'), at('2026-02-12'));
    expect(result.dueDate).toBe('2026-02-25');
    expect(result.explanation[0]?.zh).toBe(
      '收到转送或交办之日 2026-02-11 不计入；自 2026-02-12 起算 5 个工作日，至 2026-02-25（不计休息日：春节 9 日；调休上班日 2026-02-14 计为工作日）',
    );
  });

  it('counts the make-up Saturday 2026-02-28 as a working day', () => {
    expect(evaluate(objection('2026-02-24'), at('2026-02-24')).dueDate).toBe('2026-03-02');
  });

  it('counts the receipt day itself when the rules say so', () => {
    expect(
      evaluate(objection('2026-03-05'), at('2026-03-05'), { countStartDay: true }).dueDate,
    ).toBe('2026-03-11');
  });

  it('rejects a length that is not a whole number of days', () => {
    expect(() =>
      evaluate(
        { ...objection('2026-03-05'), length: { amount: 2.5, unit: 'workingDays' } },
        at('2026-03-05'),
      ),
    ).toThrow(RangeError);
    expect(() =>
      evaluate({ ...objection('2026-03-05'), extensionDays: -1 }, at('2026-03-05')),
    ).toThrow(/extensionDays/);
  });

  it('skips a weekend', () => {
    expect(evaluate(objection('2026-03-05'), at('2026-03-05')).dueDate).toBe('2026-03-12');
  });

  it('skips 国庆 and counts the make-up 2026-10-10', () => {
    const result = evaluate(objection('2026-09-30'), at('2026-09-30'));
    expect(result.dueDate).toBe('2026-10-13');
    expect(result.explanation[0]?.en).toContain('rest days not counted: National Day 7, weekend 1');
  });

  it.each([
    ['2026-03-08', 0.2, 'none'],
    ['2026-03-10', 0.6, 'none'],
    ['2026-03-11', 0.8, 'warn75'],
    ['2026-03-12', 1, 'warn90'],
    ['2026-03-13', 1.2, 'overdue'],
  ])('measures elapsed time in working days (%s)', (now, ratio, warning) => {
    const result = evaluate(objection('2026-03-05'), at(now));
    expect(result.elapsedRatio).toBeCloseTo(ratio, 12);
    expect(result.warning).toBe(warning);
  });
});

describe('paused days (re-examination hearings)', () => {
  const reexam: ClockRun = {
    id: 'reexam',
    kind: 'reexam',
    startedAt: at('2026-03-02'),
    length: { amount: 30, unit: 'calendarDays' },
    pauses: [],
  };

  it('is due on 2026-04-01 without a hearing', () => {
    expect(evaluate(reexam, at('2026-03-05')).dueDate).toBe('2026-04-01');
  });

  it('moves by the three hearing days, then off 清明', () => {
    const run = {
      ...reexam,
      pauses: [{ from: at('2026-03-10', '09:00'), to: at('2026-03-12', '17:00') }],
    };
    const result = evaluate(run, at('2026-03-20'));
    expect(result.dueDate).toBe('2026-04-07');
    expect(result.explanation.map((s) => s.zh)).toEqual([
      '收到复核请求之日 2026-03-02 不计入；自 2026-03-03 起算 30 日，至 2026-04-01',
      '中止计时（如听证）3 日（2026-03-10 至 2026-03-12）不计入，由 2026-04-01 顺延至 2026-04-04',
      '该日为清明节假期，顺延至下一工作日 2026-04-07',
    ]);
    expect(result.state).toBe('running');
    expect(evaluate(run, at('2026-03-20'), { excludePausedDays: false }).dueDate).toBe(
      '2026-04-01',
    );
  });

  it('counts every Shanghai date a pause touches', () => {
    const oneDay = {
      ...reexam,
      pauses: [{ from: at('2026-03-20', '09:00'), to: at('2026-03-20', '11:00') }],
    };
    expect(evaluate(oneDay, at('2026-03-21')).dueDate).toBe('2026-04-02');
    const overMidnight = {
      ...reexam,
      pauses: [{ from: '2026-03-19T15:30:00Z', to: '2026-03-19T16:30:00Z' }],
    };
    expect(evaluate(overMidnight, at('2026-03-21')).dueDate).toBe('2026-04-03');
  });

  it('counts overlapping pauses once', () => {
    const run = {
      ...reexam,
      startedAt: at('2026-03-16'),
      pauses: [
        { from: at('2026-03-20'), to: at('2026-03-21') },
        { from: at('2026-03-21'), to: at('2026-03-21', '18:00') },
      ],
    };
    expect(evaluate(run, at('2026-03-25')).dueDate).toBe('2026-04-17');
  });

  it('is paused while a pause is open, and the elapsed fraction stands still', () => {
    const run = { ...reexam, pauses: [{ from: at('2026-03-10') }] };
    const first = evaluate(run, at('2026-03-15'));
    expect(first).toMatchObject({ state: 'paused', dueDate: '2026-04-07', warning: 'none' });
    expect(first.elapsedRatio).toBeCloseTo(7 / 30, 12);
    const next = evaluate(run, at('2026-03-16'));
    expect(next.dueDate).toBe('2026-04-08');
    expect(next.elapsedRatio).toBeCloseTo(7 / 30, 12);
  });

  it('does not move a due date already passed', () => {
    const run = { ...reexam, pauses: [{ from: at('2026-04-10'), to: at('2026-04-11') }] };
    expect(evaluate(run, at('2026-04-15'))).toMatchObject({
      dueDate: '2026-04-01',
      warning: 'overdue',
    });
  });

  it('skips a paused working day in a working-day clock', () => {
    const run = {
      ...objection('2026-03-05'),
      pauses: [{ from: at('2026-03-09'), to: at('2026-03-09', '12:00') }],
    };
    expect(evaluate(run, at('2026-03-10')).dueDate).toBe('2026-03-13');
  });
});

describe('a year without holiday data', () => {
  it('flags 2027 and counts weekends only', () => {
    const handle: ClockRun = {
      id: 'handle',
      kind: 'handle',
      startedAt: at('2026-12-01'),
      length: { amount: 60, unit: 'calendarDays' },
      pauses: [],
    };
    const result = evaluate(handle, at('2026-12-02'));
    expect(result.dueDate).toBe('2027-02-01');
    expect(result.missingCalendarYears).toEqual([2027]);
    expect(result.explanation.at(-1)).toMatchObject({
      step: 'missingCalendar',
      zh: '2027 年的节假日安排尚无数据，休息日仅按周末计算',
    });
  });

  it('flags a working-day clock that crosses into 2027', () => {
    const result = evaluate(objection('2026-12-30'), at('2026-12-30'));
    expect(result.dueDate).toBe('2027-01-06');
    expect(result.missingCalendarYears).toEqual([2027]);
  });

  it('does not flag a computation inside covered years', () => {
    expect(evaluate(objection('2026-12-21'), at('2026-12-21')).missingCalendarYears).toEqual([]);
  });
});

describe('month lengths (leader ownership)', () => {
  const owned = (start: string, months: number): ClockRun => ({
    id: 'leaderOwnership',
    kind: 'leaderOwnership',
    startedAt: at(start),
    length: { amount: months, unit: 'months' },
    pauses: [],
  });

  it('clamps to the month end (2026-02-28 is a make-up working Saturday)', () => {
    const result = evaluate(owned('2026-01-31', 1), at('2026-02-01'));
    expect(result.dueDate).toBe('2026-02-28');
    expect(result.explanation[0]?.zh).toContain('（该月无对应日，取月末）');
  });

  it('ends on the corresponding day, moved off a holiday', () => {
    expect(evaluate(owned('2026-03-31', 3), at('2026-04-01')).dueDate).toBe('2026-06-30');
    expect(evaluate(owned('2026-08-01', 2), at('2026-08-02')).dueDate).toBe('2026-10-08');
    expect(
      evaluate(owned('2026-03-16', 1), at('2026-03-17'), { countStartDay: true }).dueDate,
    ).toBe('2026-04-15');
  });
});

describe('a due date fixed by an order', () => {
  const supervision: ClockRun = {
    id: 'supervision:o1',
    kind: 'supervision',
    startedAt: at('2026-09-20'),
    length: { amount: 15, unit: 'calendarDays' },
    dueDate: '2026-10-03',
    pauses: [],
  };

  it('stands as given, even on a holiday, unless the rules move it', () => {
    const result = evaluate(supervision, at('2026-09-21'));
    expect(result.dueDate).toBe('2026-10-03');
    expect(result.explanation[0]?.zh).toBe('督办日 2026-09-20；到期日由指令确定为 2026-10-03');
    expect(evaluate(supervision, at('2026-09-21'), { moveFixedDueDates: true }).dueDate).toBe(
      '2026-10-08',
    );
    expect(evaluate({ ...supervision, extensionDays: 5 }, at('2026-09-21')).dueDate).toBe(
      '2026-10-08',
    );
  });
});

describe('properties over the covered years', () => {
  const starts = fc
    .integer({ min: toDayNumber('2025-01-01'), max: toDayNumber('2026-09-01') })
    .map(fromDayNumber);

  it('a calendar-day due date is the first working day on or after start + N', () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 1, max: 90 }), (start, amount) => {
        const run: ClockRun = {
          id: 'x',
          kind: 'handle',
          startedAt: at(start),
          length: { amount, unit: 'calendarDays' },
          pauses: [],
        };
        const { dueDate } = evaluate(run, at(start));
        expect(isWorkingDay(cal, dueDate)).toBe(true);
        const plain = addDays(start, amount);
        expect(diffDays(dueDate, plain)).toBeGreaterThanOrEqual(0);
        for (let d = plain; d < dueDate; d = addDays(d, 1))
          expect(isWorkingDay(cal, d)).toBe(false);
      }),
    );
  });

  it('a working-day due date is a working day with exactly N working days after the start', () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 1, max: 20 }), (start, amount) => {
        const { dueDate } = evaluate(
          { ...objection(start), length: { amount, unit: 'workingDays' } },
          at(start),
        );
        expect(isWorkingDay(cal, dueDate)).toBe(true);
        let counted = 0;
        for (let d = addDays(start, 1); d <= dueDate; d = addDays(d, 1))
          if (isWorkingDay(cal, d)) counted += 1;
        expect(counted).toBe(amount);
      }),
    );
  });
});
