import { describe, expect, it } from 'vitest';
import { cnMainlandCalendar } from './cnMainlandCalendar.ts';
import { createWorkCalendar } from './createWorkCalendar.ts';
import { hasYearData } from './hasYearData.ts';
import { isWorkingDay } from './isWorkingDay.ts';
import { nextWorkingDay } from './nextWorkingDay.ts';
import { restDayLabel } from './restDayLabel.ts';
import { restDayName } from './restDayName.ts';
import { yearsCovered } from './yearsCovered.ts';

const cal = cnMainlandCalendar;

describe('working-day calendar (cn-mainland data)', () => {
  it('treats plain weekdays as working and weekends as rest', () => {
    expect(isWorkingDay(cal, '2026-03-09')).toBe(true); // Monday
    expect(isWorkingDay(cal, '2026-03-07')).toBe(false); // Saturday
    expect(restDayName(cal, '2026-03-08')).toBe('weekend');
    expect(restDayName(cal, '2026-03-09')).toBeUndefined();
  });

  it('names holidays, including those falling on a weekend', () => {
    expect(restDayName(cal, '2026-02-17')).toBe('春节');
    expect(restDayName(cal, '2026-02-21')).toBe('春节'); // Saturday inside the holiday
    expect(restDayName(cal, '2026-10-07')).toBe('国庆节');
    expect(restDayName(cal, '2025-10-08')).toBe('国庆节、中秋节');
    expect(isWorkingDay(cal, '2026-10-08')).toBe(true);
  });

  it('makes make-up days working even on a Saturday', () => {
    expect(isWorkingDay(cal, '2026-02-14')).toBe(true);
    expect(isWorkingDay(cal, '2026-02-28')).toBe(true);
    expect(isWorkingDay(cal, '2026-01-04')).toBe(true); // Sunday
    expect(isWorkingDay(cal, '2026-02-07')).toBe(false); // an ordinary Saturday
  });

  it('knows which years it covers', () => {
    expect(yearsCovered(cal)).toEqual([2025, 2026]);
    expect(hasYearData(cal, 2026)).toBe(true);
    expect(hasYearData(cal, 2027)).toBe(false);
    expect(isWorkingDay(cal, '2027-01-01')).toBe(true); // no data: weekends only (a Friday)
  });

  it('finds the next working day', () => {
    expect(nextWorkingDay(cal, '2026-10-01')).toBe('2026-10-08');
    expect(nextWorkingDay(cal, '2026-02-15')).toBe('2026-02-24');
    expect(nextWorkingDay(cal, '2026-03-09')).toBe('2026-03-09');
  });

  it('labels rest days in both languages', () => {
    expect(restDayLabel(cal, '2026-04-11')).toEqual({ zh: '周六', en: 'a Saturday' });
    expect(restDayLabel(cal, '2026-04-12')).toEqual({ zh: '周日', en: 'a Sunday' });
    expect(restDayLabel(cal, '2025-10-08')).toEqual({
      zh: '国庆节、中秋节',
      en: 'National Day and Mid-Autumn Festival',
    });
    expect(restDayLabel(cal, '2026-03-09')).toBeUndefined();
  });

  it('accepts a new year as data', () => {
    const withNext = createWorkCalendar({
      years: { '2027': { off: [['2027-01-01', '2027-01-03', '元旦']], work: ['2027-01-09'] } },
    });
    expect(hasYearData(withNext, 2027)).toBe(true);
    expect(restDayName(withNext, '2027-01-01')).toBe('元旦');
    expect(isWorkingDay(withNext, '2027-01-09')).toBe(true);
  });

  it('rejects malformed data with every problem listed', () => {
    const bad = () =>
      createWorkCalendar({
        years: {
          '2027': {
            off: [
              ['2027-01-03', '2027-01-01', '元旦'],
              ['2027-02-01', '2027-02-02'],
              ['2027-05-01', '2027-05-01', '劳动节'],
            ],
            work: ['2027-05-01', '2027-02-30'],
          },
        },
      });
    expect(bad).toThrow(/2027-01-03\.\.2027-01-01/);
    expect(bad).toThrow(/not \[from, to, name\]/);
    expect(bad).toThrow(/2027-05-01 is both/);
    expect(bad).toThrow(/'2027-02-30' is not a date/);
  });
});
