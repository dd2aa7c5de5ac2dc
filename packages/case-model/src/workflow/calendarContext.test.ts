import { describe, expect, it } from 'vitest';
import { cnMainlandCalendar } from '../calendar/cnMainlandCalendar.ts';
import type { ClockRun } from '../deadlines/clockRun.ts';
import { calendarContext } from './calendarContext.ts';

const objection: ClockRun = {
  id: 'objection',
  kind: 'objection',
  startedAt: '2026-03-02T10:00:00+08:00',
  length: { amount: 5, unit: 'workingDays' },
  pauses: [],
};

describe('calendarContext', () => {
  const context = calendarContext(cnMainlandCalendar);

  it('keeps a 5-working-day window open through its last day in Shanghai', () => {
    // Received Monday 2 March 2026: working days 3, 4, 5, 6, 9 March; due Monday 9 March.
    expect(context.windowOpen(objection, '2026-03-09T23:59:00+08:00')).toBe(true);
    expect(context.windowOpen(objection, '2026-03-10T00:01:00+08:00')).toBe(false);
  });

  it('counts a make-up working Saturday', () => {
    // Received Tuesday 10 Feb 2026: 11, 12, 13, Sat 14 (make-up), then the Spring Festival
    // holiday runs to 23 Feb, so the fifth working day is Tuesday 24 Feb.
    const run = { ...objection, startedAt: '2026-02-10T09:00:00+08:00' };
    expect(context.windowOpen(run, '2026-02-24T18:00:00+08:00')).toBe(true);
    expect(context.windowOpen(run, '2026-02-25T08:00:00+08:00')).toBe(false);
  });
});
