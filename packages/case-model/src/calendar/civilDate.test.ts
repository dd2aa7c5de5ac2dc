import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysInMonth,
  diffDays,
  fromDayNumber,
  isCivilDate,
  toDayNumber,
} from './civilDate.ts';

const dayNumbers = fc.integer({ min: -200_000, max: 200_000 });

describe('civilDate', () => {
  it('validates dates', () => {
    expect(isCivilDate('2026-02-28')).toBe(true);
    expect(isCivilDate('2026-02-29')).toBe(false);
    expect(isCivilDate('2028-02-29')).toBe(true);
    expect(isCivilDate('2100-02-29')).toBe(false);
    expect(isCivilDate('2000-02-29')).toBe(true);
    expect(isCivilDate('2026-13-01')).toBe(false);
    expect(isCivilDate('2026-3-1')).toBe(false);
    expect(() => toDayNumber('2026-04-31')).toThrow(RangeError);
  });

  it('adds and subtracts days across months and years', () => {
    expect(addDays('2026-02-10', 60)).toBe('2026-04-11');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(diffDays('2026-03-17', '2026-03-02')).toBe(15);
    expect(diffDays('2026-03-02', '2026-03-17')).toBe(-15);
  });

  it('knows the weekday', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-02-14')).toBe(6);
    expect(dayOfWeek('2026-04-11')).toBe(6);
    expect(dayOfWeek('2026-10-01')).toBe(4);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });

  it('adds months and clamps to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-15', 3)).toBe('2026-06-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-05-31', -1)).toBe('2026-04-30');
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('round-trips day numbers and agrees with Date.UTC (property)', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const date = fromDayNumber(n);
        expect(toDayNumber(date)).toBe(n);
        expect(date).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(dayOfWeek(date)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });

  it('addDays and diffDays are inverse (property)', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -5000, max: 5000 }), (n, k) => {
        const date = fromDayNumber(n);
        expect(diffDays(addDays(date, k), date)).toBe(k);
      }),
    );
  });
});
