import type { CivilDate } from './civilDate.ts';
import { addDays } from './civilDate.ts';
import type { WorkCalendar } from './createWorkCalendar.ts';
import { isWorkingDay } from './isWorkingDay.ts';

/** The first working day on or after the date (the date itself when it is a working day). */
export function nextWorkingDay(calendar: WorkCalendar, date: CivilDate): CivilDate {
  let day = date;
  // A year without data still has weekdays, so this ends within three days of any holiday run.
  while (!isWorkingDay(calendar, day)) day = addDays(day, 1);
  return day;
}
