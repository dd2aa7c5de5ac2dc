import { describe, expect, it } from 'vitest';
import { cnMainlandCalendar } from '../calendar/cnMainlandCalendar.ts';
import type { ClockRun } from './clockRun.ts';
import type { EvaluateClockOptions } from './evaluateClock.ts';
import { evaluateClock } from './evaluateClock.ts';

const at = (date: string, time = '10:00:00') => `${date}T${time}+08:00`;

function clock(overrides: Partial<ClockRun> & Pick<ClockRun, 'kind' | 'length'>): ClockRun {
  return { id: overrides.kind, startedAt: at('2026-03-02'), pauses: [], ...overrides };
}

function evaluate(run: ClockRun, now: string, rules?: EvaluateClockOptions['rules']) {
  return evaluateClock(run, { calendar: cnMainlandCalendar, now, ...(rules ? { rules } : {}) });
}

const route = clock({ kind: 'route', length: { amount: 15, unit: 'calendarDays' } });

describe('evaluateClock: the 15-day route clock, day 15 against day 16', () => {
  it('is due on 2026-03-17 when registered on 2026-03-02', () => {
    const result = evaluate(route, at('2026-03-10'));
    expect(result.dueDate).toBe('2026-03-17');
    expect(result.state).toBe('running');
    expect(result.explanation.map((s) => s.zh)).toEqual([
      '登记日 2026-03-02 不计入；自 2026-03-03 起算 15 日，至 2026-03-17',
    ]);
  });

  it('is not overdue on day 15, even at 23:59 Shanghai time', () => {
    const result = evaluate(route, '2026-03-17T15:59:59Z');
    expect(result.warning).toBe('warn90');
    expect(result.elapsedRatio).toBe(1);
  });

  it('is overdue on day 16, from Shanghai midnight', () => {
    const result = evaluate(route, '2026-03-17T16:00:00Z');
    expect(result.warning).toBe('overdue');
    expect(result.elapsedRatio).toBeCloseTo(16 / 15);
  });

  it('counts the start in Shanghai time: 23:30 UTC on 03-01 is a 03-02 registration', () => {
    expect(
      evaluate({ ...route, startedAt: '2026-03-01T16:30:00Z' }, at('2026-03-03')).dueDate,
    ).toBe('2026-03-17');
    expect(
      evaluate({ ...route, startedAt: '2026-03-01T15:30:00Z' }, at('2026-03-03')).dueDate,
    ).toBe('2026-03-16');
  });

  it('counts the start day when the rules say so', () => {
    expect(evaluate(route, at('2026-03-03'), { countStartDay: true }).dueDate).toBe('2026-03-16');
  });
});

describe('evaluateClock: a last day on a rest day moves to the next working day', () => {
  it('moves a due date inside 国庆 to 2026-10-08', () => {
    const result = evaluate({ ...route, startedAt: at('2026-09-18') }, at('2026-09-20'));
    expect(result.dueDate).toBe('2026-10-08');
    expect(result.explanation.at(-1)?.zh).toBe('该日为国庆节假期，顺延至下一工作日 2026-10-08');
  });

  it('moves a due date inside 春节 to 2026-02-24', () => {
    const handle = clock({
      kind: 'handle',
      startedAt: at('2025-12-20'),
      length: { amount: 60, unit: 'calendarDays' },
    });
    const result = evaluate(handle, at('2026-01-05'));
    expect(result.dueDate).toBe('2026-02-24');
    expect(result.explanation.at(-1)?.en).toBe(
      'That day falls in the Spring Festival holiday, so it moves to the next working day, 2026-02-24',
    );
  });

  it('does not move it when the rule is off', () => {
    expect(
      evaluate({ ...route, startedAt: at('2026-09-18') }, at('2026-09-20'), {
        moveOffRestDays: false,
      }).dueDate,
    ).toBe('2026-10-03');
  });
});

describe('evaluateClock: the handle clock, 60 days and a 30-day extension', () => {
  const handle = clock({
    kind: 'handle',
    startedAt: at('2026-02-10'),
    length: { amount: 60, unit: 'calendarDays' },
  });

  it('explains the Saturday move to 2026-04-13', () => {
    const result = evaluate(handle, at('2026-03-01'));
    expect(result.dueDate).toBe('2026-04-13');
    expect(result.explanation.map((s) => s.zh).join('；')).toBe(
      '受理日 2026-02-10 不计入；自 2026-02-11 起算 60 日，至 2026-04-11；该日为周六，顺延至下一工作日 2026-04-13',
    );
    expect(result.missingCalendarYears).toEqual([]);
  });

  it('adds the extension to the unmoved last day, then moves once', () => {
    const result = evaluate({ ...handle, extensionDays: 30 }, at('2026-04-20'));
    expect(result.dueDate).toBe('2026-05-11');
    expect(result.warning).toBe('warn75');
    expect(result.explanation.map((s) => s.step)).toEqual(['start', 'extension']);
    expect(result.explanation[1]?.zh).toBe('经批准延长 30 日，至 2026-05-11');
  });
});

describe('evaluateClock: warnings at exactly 75% and 90%', () => {
  // 2026-06-01 + 60 days = 2026-07-31, a Friday: 60 counted days.
  const handle = clock({
    kind: 'handle',
    startedAt: at('2026-06-01'),
    length: { amount: 60, unit: 'calendarDays' },
  });
  it.each([
    ['2026-07-15', 'none', 44],
    ['2026-07-16', 'warn75', 45],
    ['2026-07-24', 'warn75', 53],
    ['2026-07-25', 'warn90', 54],
    ['2026-07-31', 'warn90', 60],
    ['2026-08-01', 'overdue', 61],
  ])('on %s the warning is %s', (date, warning, days) => {
    const result = evaluate(handle, at(date));
    expect(result.dueDate).toBe('2026-07-31');
    expect(result.warning).toBe(warning);
    expect(result.elapsedRatio).toBeCloseTo(days / 60, 12);
  });

  it('uses the configured fractions', () => {
    expect(evaluate(handle, at('2026-07-01'), { warn75At: 0.5 }).warning).toBe('warn75');
    expect(evaluate(handle, at('2026-07-01')).warning).toBe('none');
  });
});

describe('evaluateClock: stopping', () => {
  it('stopped on the due date is on time, at 23:59 Shanghai', () => {
    const result = evaluate({ ...route, stoppedAt: '2026-03-17T23:59:59+08:00' }, at('2026-04-30'));
    expect(result).toMatchObject({
      state: 'stopped',
      stoppedOnTime: true,
      warning: 'none',
      elapsedRatio: 1,
    });
  });

  it('stopped the next Shanghai day is late, and never shows overdue', () => {
    const result = evaluate({ ...route, stoppedAt: '2026-03-17T16:00:00Z' }, at('2026-04-30'));
    expect(result).toMatchObject({ state: 'stopped', stoppedOnTime: false, warning: 'none' });
    expect(result.elapsedRatio).toBeCloseTo(16 / 15);
  });

  it('a running clock has no stoppedOnTime', () => {
    expect(evaluate(route, at('2026-03-05'))).not.toHaveProperty('stoppedOnTime');
  });
});
