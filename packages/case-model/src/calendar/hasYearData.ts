import type { WorkCalendar } from './createWorkCalendar.ts';

/** True when the calendar holds that year's holiday arrangement; otherwise only weekends are known. */
export function hasYearData(calendar: WorkCalendar, year: number): boolean {
  return calendar.years.includes(year);
}
