import type { WorkCalendar } from './createWorkCalendar.ts';

/** The years whose holiday arrangement the calendar holds, ascending. */
export function yearsCovered(calendar: WorkCalendar): readonly number[] {
  return calendar.years;
}
