import type { CivilDate } from './civilDate.ts';
import type { WorkCalendar } from './createWorkCalendar.ts';
import { restDayName } from './restDayName.ts';

/** True when the date is a working day: a make-up working day, or a weekday that is no holiday. */
export function isWorkingDay(calendar: WorkCalendar, date: CivilDate): boolean {
  return restDayName(calendar, date) === undefined;
}
